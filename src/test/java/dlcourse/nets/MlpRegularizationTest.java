package dlcourse.nets;

import static dlcourse.nets.NetAssertions.assertMessage;
import static dlcourse.nets.NetAssertions.baseLayer;
import static dlcourse.nets.NetAssertions.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.train.Trainer;
import java.util.List;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;

/** The options of {@link Mlp.Builder} that fight overfitting: L1, L2, dropout, batch normalization. */
class MlpRegularizationTest {

    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;

    @Test
    void l1ReachesEveryLayerAndCombinesWithL2() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(8, 8).outputs(2).l1(1e-3).l2(1e-4).build();
        for (int i = 0; i < net.getnLayers(); i++) {
            List<Regularization> all = baseLayer(net, i).getRegularization();
            L1Regularization l1 = (L1Regularization) all.stream().filter(r -> r instanceof L1Regularization)
                    .findFirst().orElseThrow();
            L2Regularization l2 = (L2Regularization) all.stream().filter(r -> r instanceof L2Regularization)
                    .findFirst().orElseThrow();
            assertEquals(1e-3, l1.getL1().valueAt(0, 0), 1e-12);
            assertEquals(1e-4, l2.getL2().valueAt(0, 0), 1e-12);
            assertTrue(baseLayer(net, i).getRegularizationBias().isEmpty(), "biases are not penalised");
        }
        assertTrue(baseLayer(Mlp.classifier(2, 2, 8), 0).getRegularization().isEmpty(), "none by default");
    }

    @Test
    void l1AddsTheSumOfAbsoluteWeightsToTheLoss() {
        DataSet data = SyntheticData.moons(50, 0.1, 1);
        MultiLayerNetwork plain = Mlp.classifier(2, 2, 8);
        MultiLayerNetwork penalised = Mlp.builder().inputs(2).hidden(8).outputs(2).l1(0.01).build();
        double absoluteWeights = 0;
        for (int i = 0; i < plain.getnLayers(); i++) {
            absoluteWeights += plain.getLayer(i).getParam("W").norm1Number().doubleValue();
        }
        double expected = plain.score(data, false) + 0.01 * absoluteWeights;
        assertEquals(expected, penalised.score(data, false), 1e-4, "same seed, same weights, plus the penalty");
    }

    @Test
    void batchNormalizationFollowsEveryHiddenLayer() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(8, 4).outputs(3).batchNormalization(true).build();
        assertEquals(5, net.getnLayers());
        assertInstanceOf(DenseLayer.class, layer(net, 0));
        assertInstanceOf(BatchNormalization.class, layer(net, 1));
        assertInstanceOf(DenseLayer.class, layer(net, 2));
        assertInstanceOf(BatchNormalization.class, layer(net, 3));
        assertInstanceOf(OutputLayer.class, layer(net, 4));
        assertEquals(8, ((BatchNormalization) layer(net, 1)).getNOut());
        assertEquals(4, ((BatchNormalization) layer(net, 3)).getNOut());
        assertInstanceOf(ActivationIdentity.class, ((BatchNormalization) layer(net, 1)).getActivationFn(),
                "the dense layer before it already applied the activation");
        // Dense layers as before, plus scale, shift, mean and variance for each normalized unit.
        int dense = 2 * 8 + 8 + 8 * 4 + 4 + 4 * 3 + 3;
        assertEquals(dense + 4 * (8 + 4), net.numParams());
        assertEquals(3, Mlp.classifier(2, 2, 8, 8).getnLayers(), "off by default");
        assertEquals(1, Mlp.builder().inputs(2).hidden().outputs(2).batchNormalization(true).build().getnLayers(),
                "no hidden layer, nothing to normalize");
    }

    @Test
    void batchNormalizationMakesEachUnitMeanZeroVarianceOneOverABatch() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(6).outputs(2).batchNormalization(true).build();
        INDArray x = SyntheticData.moons(64, 0.1, 3).getFeatures();
        INDArray normalized = net.feedForwardToLayer(1, x, true).get(2);   // [input, dense, batch norm]
        for (int unit = 0; unit < 6; unit++) {
            INDArray column = normalized.getColumn(unit);
            assertEquals(0, column.meanNumber().doubleValue(), 1e-4, "unit " + unit);
            double variance = column.varNumber().doubleValue() * 63 / 64; // population variance
            if (net.feedForwardToLayer(0, x, true).get(1).getColumn(unit).varNumber().doubleValue() > 1e-6) {
                assertEquals(1, variance, 0.02, "unit " + unit);
            }
        }
    }

    @Test
    void dropoutStillSkipsTheFeaturesWithBatchNormalization() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(8, 8).outputs(2).batchNormalization(true)
                .dropout(0.5).build();
        assertNull(layer(net, 0).getIDropout(), "the raw features are not dropped");
        assertNull(layer(net, 1).getIDropout(), "batch normalization sees every unit");
        assertEquals(0.5, ((Dropout) layer(net, 2).getIDropout()).getP(), 1e-12);
        assertEquals(0.5, ((Dropout) layer(net, 4).getIDropout()).getP(), 1e-12);
    }

    @Test
    void aBatchNormalizedNetworkLearnsTwoMoons() {
        DataSet train = SyntheticData.moons(300, 0.1, 1);
        DataSet test = SyntheticData.moons(200, 0.1, 2);
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(16, 16).outputs(2).batchNormalization(true)
                .l1(1e-4).build();
        Trainer.builder().epochs(30).live(false).build().fit(net, train);
        double accuracy = Trainer.accuracy(net, test);
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy);
    }

    @Test
    void negativeL1() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).l1(-0.5).build(), "L1", "-0.5",
                "0 turns it off");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).l1(Double.NaN).build(), "NaN");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).l1(Double.POSITIVE_INFINITY).build(),
                "Infinity");
    }
}
