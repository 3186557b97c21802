package dlcourse.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.train.TrainFixtures;
import dlcourse.train.Trainer;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import tech.tablesaw.api.Table;

class RegressionReportTest {

    @Test
    void matchesTheHandComputation() {
        // errors 0.5, 0, -1, 1; the labels' mean is 2.5, their squared deviations sum to 5
        RegressionReport r = RegressionReport.of(new double[] {1, 2, 3, 4}, new double[] {1.5, 2, 2, 5});
        assertEquals(0.5625, r.mse(), 1e-12);           // (0.25 + 0 + 1 + 1) / 4
        assertEquals(0.75, r.rmse(), 1e-12);
        assertEquals(0.625, r.mae(), 1e-12);            // (0.5 + 0 + 1 + 1) / 4
        assertEquals(0.55, r.r2(), 1e-12);              // 1 - 2.25 / 5
        assertEquals(4, r.examples());
        assertEquals("Regression on 4 examples: MSE 0.5625, RMSE 0.7500, MAE 0.6250, R² 0.5500", r.toString());
    }

    @Test
    void predictingTheMeanGivesRSquaredZeroAndConstantLabelsGiveNaN() {
        assertEquals(0, RegressionReport.of(new double[] {1, 2, 3}, new double[] {2, 2, 2}).r2(), 1e-12);
        assertTrue(Double.isNaN(RegressionReport.of(new double[] {2, 2}, new double[] {1, 3}).r2()));
    }

    @Test
    void isATable() {
        Table t = RegressionReport.of(new double[] {1, 2, 3, 4}, new double[] {1.5, 2, 2, 5}).table();
        assertEquals(List.of("MSE", "RMSE", "MAE", "R²"), t.stringColumn("metric").asList());
        assertEquals(0.55, t.doubleColumn("value").get(3), 1e-12);
    }

    @Test
    void evaluatesARegressionNetworkAndAgreesWithDl4jsMseLoss() {
        MultiLayerNetwork net = TrainFixtures.regression(16);
        DataSet test = TrainFixtures.sine(100, 2);
        Trainer.builder().epochs(40).batchSize(16).live(false).build().fit(net, TrainFixtures.sine(200, 1));
        RegressionReport r = RegressionReport.of(net, test);
        assertEquals(net.score(test), r.mse(), 1e-5);
        assertTrue(r.r2() > 0.9, r.toString());
    }

    @Test
    void evaluatesAnAutoencoderOverAllOutputs() {
        MultiLayerNetwork net = TrainFixtures.autoencoder(6, 2);
        DataSet data = TrainFixtures.onAPlane(50, 6, 1);
        RegressionReport r = RegressionReport.of(net, data);
        // DL4J's MSE loss averages over the outputs and then the examples: the same number.
        assertEquals(net.score(data), r.mse(), 1e-5);
        assertEquals(50, r.examples());
        assertTrue(r.toString().contains("× 6 outputs"), r.toString());
    }
}
