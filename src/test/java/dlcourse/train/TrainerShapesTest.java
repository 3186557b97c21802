package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

/** Recipe tests: Trainer on every network shape the course uses, to an honest threshold. */
class TrainerShapesTest {

    private static Trainer trainer(int epochs, DataSet validation) {
        return Trainer.builder().epochs(epochs).batchSize(16).live(false).validation(validation).build();
    }

    @Test
    void trainsACnnOnFlattenedImageRows() {
        MultiLayerNetwork net = TrainFixtures.cnn(8, 2);
        History h = trainer(10, TrainFixtures.bars(100, 8, 2)).fit(net, TrainFixtures.bars(200, 8, 1));
        assertEquals(List.of("loss", "accuracy", "validation loss", "validation accuracy"), h.metrics());
        assertTrue(h.last("validation accuracy") >= 0.9, h.toString()); // chance is 0.5
    }

    @Test
    @Tag("slow")
    void trainsAnLstmThatGivesOneClassPerSequence() {
        MultiLayerNetwork net = TrainFixtures.sequenceClassifier(1, 2);
        History h = trainer(25, TrainFixtures.sumSign(100, 7, 2)).fit(net, TrainFixtures.sumSign(300, 7, 1));
        assertTrue(h.last("validation accuracy") >= 0.85, h.toString());
    }

    @Test
    @Tag("slow")
    void trainsAnLstmThatGivesOneClassPerTimeStep() {
        MultiLayerNetwork net = TrainFixtures.sequenceLabeller(1, 2);
        History h = trainer(25, TrainFixtures.runningSumSign(100, 6, 2)).fit(net, TrainFixtures.runningSumSign(300, 6, 1));
        assertTrue(h.last("validation accuracy") >= 0.85, h.toString());
    }

    @Test
    void trainsAnAutoencoderWithoutAccuracyColumns() {
        MultiLayerNetwork net = TrainFixtures.autoencoder(6, 2);
        History h = trainer(30, null).fit(net, TrainFixtures.onAPlane(300, 6, 1));
        assertEquals(List.of("loss"), h.metrics());
        double[] loss = h.values("loss");
        assertTrue(loss[loss.length - 1] < loss[0] / 10, h.toString());
    }

    @Test
    void trainsARegressionWithValidationLossOnly() {
        MultiLayerNetwork net = TrainFixtures.regression(16);
        History h = trainer(60, TrainFixtures.sine(100, 2)).fit(net, TrainFixtures.sine(300, 1));
        assertEquals(List.of("loss", "validation loss"), h.metrics());
        // sin(3x) has variance about 0.5 on [-1, 1]; the noise alone gives 0.0025.
        assertTrue(h.last("validation loss") < 0.05, h.toString());
    }

    @Test
    void aSingleSigmoidOutputIsABinaryClassifierWithAccuracy() {
        MultiLayerNetwork net = TrainFixtures.binary(2);
        DataSet train = TrainFixtures.oneColumnLabels(SyntheticData.moons(300, 0.1, 1));
        DataSet test = TrainFixtures.oneColumnLabels(SyntheticData.moons(100, 0.1, 2));
        History h = trainer(30, test).fit(net, train);
        assertEquals(List.of("loss", "accuracy", "validation loss", "validation accuracy"), h.metrics());
        assertTrue(h.last("validation accuracy") >= 0.9, h.toString());
        assertEquals(h.last("validation accuracy"), Trainer.accuracy(net, test), 1e-12);
    }

    @Test
    void aBatchLargerThanTheDataIsOneBatchPerEpoch() {
        MultiLayerNetwork net = dlcourse.nets.Mlp.classifier(2, 2, 8);
        Trainer.builder().epochs(3).batchSize(10_000).live(false).build().fit(net, SyntheticData.moons(50, 0.1, 1));
        assertEquals(3, net.getIterationCount());
    }
}
