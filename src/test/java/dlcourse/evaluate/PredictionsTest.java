package dlcourse.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.TrainFixtures;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import tech.tablesaw.api.Table;

class PredictionsTest {

    private final MultiLayerNetwork classifier = Mlp.classifier(2, 2, 8);
    private final DataSet moons = SyntheticData.moons(40, 0.1, 1);

    @Test
    void predictGivesWhatDl4jGivesInChunksToo() {
        DataSet many = SyntheticData.moons(1100, 0.1, 3); // more than one chunk of 512
        assertEquals(classifier.output(many.getFeatures()), Predictions.predict(classifier, many.getFeatures()));
    }

    @Test
    void classesAreTheLargestOutputs() {
        INDArray output = classifier.output(moons.getFeatures());
        assertArrayEquals(output.argMax(1).toIntVector(), Predictions.classes(classifier, moons.getFeatures()));
    }

    @Test
    void aClassifierTableHasActualPredictedConfidenceAndProbabilities() {
        moons.setLabelNames(List.of("upper", "lower"));
        Table t = Predictions.table(classifier, moons);
        assertEquals(List.of("example", "actual", "predicted", "confidence", "correct", "p(upper)", "p(lower)"),
                t.columnNames());
        assertEquals(40, t.rowCount());
        INDArray output = classifier.output(moons.getFeatures());
        for (int i = 0; i < 40; i++) {
            double p0 = output.getDouble(i, 0);
            assertEquals(p0, t.doubleColumn("p(upper)").get(i), 1e-6);
            assertEquals(Math.max(p0, 1 - p0), t.doubleColumn("confidence").get(i), 1e-6);
            assertEquals(p0 >= output.getDouble(i, 1) ? "upper" : "lower", t.stringColumn("predicted").get(i));
        }
        assertEquals(ClassificationReport.of(classifier, moons).correct(), t.booleanColumn("correct").isTrue().size());
    }

    @Test
    void aRegressionTableHasTheErrorPerExample() {
        MultiLayerNetwork net = TrainFixtures.regression(4);
        DataSet data = TrainFixtures.sine(10, 1);
        Table t = Predictions.table(net, data);
        assertEquals(List.of("example", "actual", "predicted", "error"), t.columnNames());
        INDArray output = net.output(data.getFeatures());
        for (int i = 0; i < 10; i++) {
            assertEquals(output.getDouble(i, 0) - data.getLabels().getDouble(i, 0), t.doubleColumn("error").get(i), 1e-6);
        }
    }

    @Test
    void anAutoencoderTableHasColumnsPerOutputAndTheMeanSquaredError() {
        MultiLayerNetwork net = TrainFixtures.autoencoder(3, 2);
        DataSet data = TrainFixtures.onAPlane(5, 3, 1);
        Table t = Predictions.table(net, data);
        assertEquals(List.of("example", "actual 1", "predicted 1", "actual 2", "predicted 2", "actual 3",
                "predicted 3", "squared error"), t.columnNames());
        assertEquals(RegressionReport.of(net, data).mse(), t.doubleColumn("squared error").mean(), 1e-9);
    }

    @Test
    void sequenceLabelsGiveARowPerTimeStep() {
        MultiLayerNetwork net = TrainFixtures.sequenceLabeller(1, 2);
        Table t = Predictions.table(net, TrainFixtures.runningSumSign(3, 4, 1));
        assertEquals(12, t.rowCount());
        assertEquals(List.of(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2), t.intColumn("example").asList());
        assertEquals(List.of(0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3), t.intColumn("time step").asList());
    }
}
