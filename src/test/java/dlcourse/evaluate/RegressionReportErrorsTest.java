package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;

import dlcourse.train.TrainFixtures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class RegressionReportErrorsTest {

    @Test
    void noPredictions() {
        assertMessage(() -> RegressionReport.of(new double[] {1}, null), "null predicted values");
    }

    @Test
    void noExamples() {
        assertMessage(() -> RegressionReport.of(new double[0], new double[0]), "at least one example", "not empty");
    }

    @Test
    void fewerPredictionsThanExamples() {
        assertMessage(() -> RegressionReport.of(new double[] {1, 2}, new double[] {1}),
                "2 actual and 1 predicted", "same length");
    }

    @Test
    void notANumber() {
        assertMessage(() -> RegressionReport.of(new double[] {1, Double.NaN}, new double[] {1, 2}),
                "example 1 has actual NaN", "remove or fill");
    }

    @Test
    void labelsWithMoreColumnsThanOutputs() {
        DataSet twoColumns = new DataSet(TrainFixtures.sine(5, 1).getFeatures(), Nd4j.rand(DataType.FLOAT, 5, 2));
        assertMessage(() -> RegressionReport.of(TrainFixtures.regression(4), twoColumns),
                "1 output", "2 label columns", "test data");
    }
}
