package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;

import dlcourse.nets.Mlp;
import dlcourse.train.TrainFixtures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class PredictionsErrorsTest {

    @Test
    void featuresOfTheWrongWidth() {
        assertMessage(() -> Predictions.predict(Mlp.classifier(2, 2, 4), Nd4j.rand(DataType.FLOAT, 5, 3)),
                "expects 2 inputs", "has 3 features", "select 2 feature columns");
    }

    @Test
    void noFeatures() {
        assertMessage(() -> Predictions.predict(Mlp.classifier(2, 2, 4), null),
                "at least one example", "was given null");
    }

    @Test
    void noNetwork() {
        assertMessage(() -> Predictions.predict(null, Nd4j.rand(DataType.FLOAT, 5, 2)),
                "was given null", "Mlp.classifier(2, 2, 16)");
    }

    @Test
    void classesOfARegressionNetwork() {
        assertMessage(() -> Predictions.classes(TrainFixtures.regression(4), Nd4j.rand(DataType.FLOAT, 5, 1)),
                "expected a classifier", "Predictions.predict(net, features)");
    }

    @Test
    void classesOfANetworkThatAnswersEveryTimeStep() {
        assertMessage(() -> Predictions.classes(TrainFixtures.sequenceLabeller(1, 2), Nd4j.rand(DataType.FLOAT, 2, 1, 3)),
                "[2, 2, 3]", "Predictions.table(net, data)");
    }

    @Test
    void everyTimeStepMasked() {
        DataSet data = TrainFixtures.runningSumSign(2, 3, 1);
        data.setLabelsMaskArray(Nd4j.zeros(DataType.FLOAT, 2, 3));
        assertMessage(() -> Predictions.table(TrainFixtures.sequenceLabeller(1, 2), data),
                "mask", "all 0", "1 marks the steps to count");
    }
}
