package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class RunningAccuracyTest {

    /** With a learning rate of 0 the weights never move, so the accuracy counted during the epoch
     *  must be exactly the accuracy of a separate pass over the data. */
    private static void matchesASeparatePass(MultiLayerNetwork net, DataSet data, int batchSize) {
        assertTrue(RunningAccuracy.supports(net));
        History history = Trainer.builder().epochs(2).batchSize(batchSize).live(false)
                .optimizer(Optimizer.of(new Sgd(0.0))).build().fit(net, data);
        double separate = Trainer.accuracy(net, data);
        assertEquals(separate, history.values("accuracy")[0], 1e-12);
        assertEquals(separate, history.last("accuracy"), 1e-12);
        assertTrue(net.getListeners().stream().noneMatch(l -> l instanceof RunningAccuracy),
                "the counting listener is removed after training");
    }

    @Test
    void softmaxClassifier() {
        matchesASeparatePass(Mlp.classifier(2, 3, 8), SyntheticData.spirals(300, 3, 0.1, 1), 64);
    }

    @Test
    void singleSigmoidOutput() {
        matchesASeparatePass(TrainFixtures.binary(2), TrainFixtures.oneColumnLabels(SyntheticData.moons(200, 0.2, 2)), 50);
    }

    @Test
    void cnnWhoseOutputLayerReadsFlattenedFeatureMaps() {
        matchesASeparatePass(TrainFixtures.cnn(8, 2), TrainFixtures.bars(120, 8, 3), 32);
    }

    @Test
    void sequenceClassifierAndPerStepLabelsWithAMask() {
        matchesASeparatePass(TrainFixtures.sequenceClassifier(1, 2), TrainFixtures.sumSign(100, 6, 4), 32);
        DataSet steps = TrainFixtures.runningSumSign(90, 8, 5);
        float[][] mask = new float[90][8];
        for (int i = 0; i < 90; i++) {
            for (int t = i % 5; t < 8; t++) {
                mask[i][t] = 1;   // the first i % 5 steps of each sequence do not count
            }
        }
        steps.setLabelsMaskArray(Nd4j.create(mask));
        matchesASeparatePass(TrainFixtures.sequenceLabeller(1, 2), steps, 32);
    }

    @Test
    void outputLayersItCannotFollowGetTheSeparatePass() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(2).activation(Activation.IDENTITY).build())
                .layer(new LossLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        assertFalse(RunningAccuracy.supports(net));
        MultiLayerNetwork truncated = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new LSTM.Builder().nIn(1).nOut(4).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nIn(4).nOut(2).activation(Activation.SOFTMAX).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(3).build());
        truncated.init();
        assertFalse(RunningAccuracy.supports(truncated));
        DataSet moons = SyntheticData.moons(100, 0.2, 3);
        History history = Trainer.builder().epochs(1).live(false).optimizer(Optimizer.of(new Sgd(0.0))).build()
                .fit(net, moons);
        assertEquals(Trainer.accuracy(net, moons), history.last("accuracy"), 1e-12);
    }
}
