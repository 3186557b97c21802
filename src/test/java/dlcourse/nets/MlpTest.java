package dlcourse.nets;

import static dlcourse.nets.NetAssertions.baseLayer;
import static dlcourse.nets.NetAssertions.layer;
import static dlcourse.nets.NetAssertions.lastLayer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.train.History;
import dlcourse.train.Trainer;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitRelu;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

class MlpTest {

    @Test
    void classifierHasHiddenLayersThenSoftmaxAndCrossEntropy() {
        MultiLayerNetwork net = Mlp.classifier(2, 3, 8, 4);
        assertEquals(3, net.getnLayers());
        assertEquals(2, ((DenseLayer) layer(net, 0)).getNIn());
        assertEquals(8, ((DenseLayer) layer(net, 0)).getNOut());
        assertEquals(4, ((DenseLayer) layer(net, 1)).getNOut());
        OutputLayer output = (OutputLayer) lastLayer(net);
        assertEquals(3, output.getNOut());
        assertInstanceOf(ActivationSoftmax.class, output.getActivationFn());
        assertInstanceOf(LossMCXENT.class, output.getLossFn());
        assertEquals(2 * 8 + 8 + 8 * 4 + 4 + 4 * 3 + 3, net.numParams());
    }

    @Test
    void binaryClassifierHasOneSigmoidOutputAndBinaryCrossEntropy() {
        OutputLayer output = (OutputLayer) lastLayer(Mlp.binaryClassifier(2, 8));
        assertEquals(1, output.getNOut());
        assertInstanceOf(ActivationSigmoid.class, output.getActivationFn());
        assertInstanceOf(LossBinaryXENT.class, output.getLossFn());
    }

    @Test
    void regressorHasIdentityOutputsAndMeanSquaredError() {
        MultiLayerNetwork net = Mlp.regressor(3, 2, 8);
        OutputLayer output = (OutputLayer) lastLayer(net);
        assertEquals(2, output.getNOut());
        assertInstanceOf(ActivationIdentity.class, output.getActivationFn());
        assertInstanceOf(LossMSE.class, output.getLossFn());
        assertEquals(2, net.output(Nd4j.rand(DataType.FLOAT, 5, 3)).size(1));
    }

    @Test
    void outputActivationAndLossOverrideTheTask() {
        OutputLayer output = (OutputLayer) lastLayer(Mlp.builder().inputs(2).outputs(1).task(Task.REGRESSION)
                .outputActivation(Activation.SIGMOID).loss(LossFunction.MSE).build());
        assertInstanceOf(ActivationSigmoid.class, output.getActivationFn());
        assertInstanceOf(LossMSE.class, output.getLossFn());
    }

    @Test
    void dropoutDropsHiddenUnitsButNeverTheFeatures() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(8, 8).outputs(2).dropout(0.25).build();
        assertNull(layer(net, 0).getIDropout(), "the raw features are not dropped");
        // DL4J stores the probability of keeping a unit.
        assertEquals(0.75, ((Dropout) layer(net, 1).getIDropout()).getP(), 1e-12);
        assertEquals(0.75, ((Dropout) layer(net, 2).getIDropout()).getP(), 1e-12);
        assertNull(layer(Mlp.classifier(2, 2, 8), 1).getIDropout(), "no dropout by default");
    }

    @Test
    void l2WeightInitAndUpdaterReachEveryLayer() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(8).outputs(2).l2(1e-3)
                .weightInit(WeightInit.RELU).updater(new Sgd(0.2)).build();
        for (int i = 0; i < net.getnLayers(); i++) {
            L2Regularization l2 = (L2Regularization) baseLayer(net, i).getRegularization().get(0);
            assertEquals(1e-3, l2.getL2().valueAt(0, 0), 1e-12);
            assertInstanceOf(WeightInitRelu.class, baseLayer(net, i).getWeightInitFn());
            assertEquals(0.2, ((Sgd) baseLayer(net, i).getIUpdater()).getLearningRate(), 1e-12);
        }
        assertEquals(0.01, ((Adam) baseLayer(Mlp.classifier(2, 2, 4), 0).getIUpdater()).getLearningRate(), 1e-12);
        MultiLayerNetwork faster = Mlp.builder().inputs(2).outputs(2).learningRate(0.05).build();
        assertEquals(0.05, ((Adam) baseLayer(faster, 0).getIUpdater()).getLearningRate(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        assertEquals(Mlp.classifier(2, 2, 8).params(), Mlp.classifier(2, 2, 8).params());
        assertNotEquals(Mlp.classifier(2, 2, 8).params(),
                Mlp.builder().inputs(2).hidden(8).outputs(2).seed(7).build().params());
    }

    @Test
    void aNetworkWithoutHiddenLayersIsLogisticRegression() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden().outputs(2).dropout(0.5).build();
        assertEquals(1, net.getnLayers());
        assertNull(layer(net, 0).getIDropout(), "with no hidden layer there is nothing to drop");
    }

    @Test
    void binaryClassifierLearnsTwoMoonsFromZeroOneLabels() {
        DataSet train = yesNo(SyntheticData.moons(300, 0.1, 1));
        DataSet test = yesNo(SyntheticData.moons(200, 0.1, 2));
        MultiLayerNetwork net = Mlp.binaryClassifier(2, 16, 16);
        History history = Trainer.builder().epochs(30).live(false).build().fit(net, train);
        INDArray predicted = net.output(test.getFeatures()).gt(0.5).castTo(DataType.FLOAT);
        double accuracy = predicted.eq(test.getLabels()).castTo(DataType.DOUBLE).meanNumber().doubleValue();
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy + "\n" + history);
    }

    @Test
    void regressorLearnsAParabola() {
        int n = 200;
        float[][] x = new float[n][1];
        float[][] y = new float[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = -1 + 2f * i / (n - 1);
            y[i][0] = x[i][0] * x[i][0];
        }
        DataSet data = new DataSet(Nd4j.create(x), Nd4j.create(y));
        MultiLayerNetwork net = Mlp.regressor(1, 1, 32, 32);
        History history = Trainer.builder().epochs(60).live(false).build().fit(net, data);
        double mse = net.output(data.getFeatures()).squaredDistance(data.getLabels()) / n;
        // The parabola's values vary with variance 0.09: the fit must explain nearly all of it.
        assertTrue(mse < 0.005, "mean squared error " + mse + "\n" + history);
    }

    /** Keeps the second one-hot column: 1 for class 1, 0 for class 0, shape [n, 1]. */
    private static DataSet yesNo(DataSet oneHot) {
        return new DataSet(oneHot.getFeatures(), oneHot.getLabels().getColumns(1).dup());
    }
}
