package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class OptimizerTest {

    private final DataSet moons = SyntheticData.moons(64, 0.15, 1);

    /**
     * The gradient DL4J computes for a batch: summed over its examples (the updater divides it by the
     * batch size before the optimizer scales it).
     */
    private static INDArray summedGradient(MultiLayerNetwork net, DataSet batch) {
        net.setInput(batch.getFeatures());
        net.setLabels(batch.getLabels());
        net.computeGradientAndScore();
        return net.gradient().gradient().dup();
    }

    private static Trainer oneFullBatch(Optimizer optimizer) {
        return Trainer.builder().epochs(1).batchSize(1000).live(false).optimizer(optimizer).build();
    }

    private static void assertClose(INDArray expected, INDArray actual, double tolerance) {
        double error = actual.sub(expected).amaxNumber().doubleValue();
        assertTrue(error <= tolerance, "largest difference " + error + " (tolerance " + tolerance
                + ") for values up to " + expected.amaxNumber());
    }

    @Test
    void sgdReplacesAdamAndMovesEveryWeightByMinusTheRateTimesTheMeanGradient() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);   // built with Adam
        Trainer.builder().epochs(3).live(false).build().fit(net, moons); // Adam's state and updater now exist
        INDArray before = net.params().dup();
        INDArray gradient = summedGradient(net, moons);
        double rate = 0.05;

        oneFullBatch(Optimizer.sgd(rate)).fit(net, moons);

        INDArray expected = gradient.mul(-rate / moons.numExamples());
        assertTrue(expected.amaxNumber().doubleValue() > 1e-3, "the step should be measurable");
        assertClose(expected, net.params().sub(before), 1e-6);
    }

    @Test
    void sgdReachesLayersInsideWrappersSuchAsLastTimeStep() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
                .updater(new Adam(0.01)).dataType(DataType.FLOAT).list()
                .layer(new LastTimeStep(new LSTM.Builder().nIn(2).nOut(4).activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(4).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build());
        net.init();
        DataSet sequences = new DataSet(Nd4j.rand(DataType.FLOAT, 16, 2, 5), Nd4j.rand(DataType.FLOAT, 16, 1));
        Trainer.builder().epochs(2).live(false).build().fit(net, sequences);
        INDArray before = net.params().dup();
        INDArray gradient = summedGradient(net, sequences);
        double rate = 0.1;

        oneFullBatch(Optimizer.sgd(rate)).fit(net, sequences);

        assertClose(gradient.mul(-rate / sequences.numExamples()), net.params().sub(before), 1e-6);
        assertEquals(rate, net.getLearningRate(1), 1e-12);
    }

    @Test
    void aLearningRateAloneReachesLayersInsideWrappers() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
                .updater(new org.nd4j.linalg.learning.config.Sgd(0.5)).dataType(DataType.FLOAT).list()
                // Its own updater object, as after loading from JSON: not shared with the output layer.
                .layer(new LastTimeStep(new LSTM.Builder().nIn(2).nOut(4).activation(Activation.TANH)
                        .updater(new org.nd4j.linalg.learning.config.Sgd(0.5)).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(4).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build());
        net.init();
        DataSet sequences = new DataSet(Nd4j.rand(DataType.FLOAT, 16, 2, 5), Nd4j.rand(DataType.FLOAT, 16, 1));
        Trainer.builder().epochs(2).live(false).build().fit(net, sequences);
        INDArray before = net.params().dup();
        INDArray gradient = summedGradient(net, sequences);
        double rate = 0.02;

        Trainer.builder().epochs(1).batchSize(1000).live(false).learningRate(rate).build().fit(net, sequences);

        assertClose(gradient.mul(-rate / sequences.numExamples()), net.params().sub(before), 1e-6);
    }

    @Test
    void sgdReachesBothDirectionsOfABidirectionalLayer() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
                .updater(new Adam(0.01)).dataType(DataType.FLOAT).list()
                .layer(new LastTimeStep(new org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional(
                        new LSTM.Builder().nIn(2).nOut(3).activation(Activation.TANH).build())))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(6).nOut(1).activation(Activation.IDENTITY).build())
                .build());
        net.init();
        DataSet sequences = new DataSet(Nd4j.rand(DataType.FLOAT, 8, 2, 4), Nd4j.rand(DataType.FLOAT, 8, 1));
        Trainer.builder().epochs(2).live(false).build().fit(net, sequences);
        INDArray before = net.params().dup();
        INDArray gradient = summedGradient(net, sequences);
        double rate = 0.1;

        oneFullBatch(Optimizer.sgd(rate)).fit(net, sequences);

        assertClose(gradient.mul(-rate / sequences.numExamples()), net.params().sub(before), 1e-6);
    }

    @Test
    void aFreshAdamStartsAtStepZeroSoItsFirstStepIsTheLearningRate() {
        // Adam's first step moves every weight by about the learning rate, whatever its gradient.
        // With the step count left at the old network's, Adam's bias correction is off and so is the step.
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        Trainer.builder().epochs(5).live(false).build().fit(net, moons);
        INDArray before = net.params().dup();
        INDArray gradient = summedGradient(net, moons);
        double rate = 0.001;

        oneFullBatch(Optimizer.adam(rate)).fit(net, moons);

        INDArray step = net.params().sub(before);
        int moved = 0;
        for (long i = 0; i < step.length(); i++) {
            if (Math.abs(gradient.getDouble(i)) > 1e-4) {
                assertEquals(rate, Math.abs(step.getDouble(i)), rate * 0.01, "parameter " + i);
                moved++;
            }
        }
        assertTrue(moved > step.length() / 2, moved + " of " + step.length() + " parameters had a gradient");
    }

    @Test
    void aLearningRateAloneKeepsTheNetworksOptimizerAndItsState() {
        MultiLayerNetwork kept = Mlp.classifier(2, 2, 8);
        MultiLayerNetwork fresh = Mlp.classifier(2, 2, 8);
        Trainer.builder().epochs(3).live(false).build().fit(kept, moons);
        Trainer.builder().epochs(3).live(false).build().fit(fresh, moons);
        INDArray state = kept.getUpdater().getStateViewArray().dup();

        Trainer.builder().epochs(1).batchSize(1000).live(false).learningRate(0.0005).build().fit(kept, moons);
        oneFullBatch(Optimizer.adam(0.0005)).fit(fresh, moons);

        for (int layer = 0; layer < kept.getnLayers(); layer++) {
            BaseLayer conf = (BaseLayer) kept.getLayer(layer).conf().getLayer();
            assertTrue(conf.getIUpdater() instanceof Adam, conf.getIUpdater().toString());
            assertEquals(0.0005, kept.getLearningRate(layer), 1e-12);
        }
        assertEquals(state.length(), kept.getUpdater().getStateViewArray().length());
        // Same rate and optimizer, but one continued Adam's running averages and one started afresh.
        assertNotEquals(kept.params(), fresh.params());
    }

    @Test
    void theFourOptimizersFollowDifferentPathsAndAllLearn() {
        List<Optimizer> optimizers = List.of(Optimizer.sgd(0.5), Optimizer.momentum(0.1, 0.9),
                Optimizer.rmsprop(0.01), Optimizer.adam(0.01));
        DataSet data = SyntheticData.moons(128, 0.1, 4);
        List<double[]> losses = new ArrayList<>();
        for (Optimizer optimizer : optimizers) {
            History h = Trainer.builder().epochs(10).live(false).optimizer(optimizer).build()
                    .fit(Mlp.classifier(2, 2, 16), data);
            double[] loss = h.values(History.LOSS);
            assertTrue(loss[loss.length - 1] < 0.6 * loss[0], optimizer + ": " + h);
            for (double[] other : losses) {
                assertFalse(java.util.Arrays.equals(other, loss), optimizer + " gave the same losses as another");
            }
            losses.add(loss);
        }
    }

    @Test
    void describesItselfAndGivesACopyOfTheDl4jUpdater() {
        Optimizer adam = Optimizer.adam(0.002);
        assertEquals("Adam(learning rate 0.002)", adam.toString());
        assertEquals(0.002, adam.learningRate(), 1e-12);
        assertTrue(adam.updater() instanceof Adam);
        ((Adam) adam.updater()).setLearningRate(1);
        assertEquals(0.002, adam.learningRate(), 1e-12, "changing the copy must not change the optimizer");
        assertEquals(Optimizer.adam(0.002), adam);
        assertEquals("momentum(learning rate 0.1, momentum 0.9)", Optimizer.momentum(0.1, 0.9).toString());
    }
}
