package dlcourse.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dlcourse.nets.Cnn;
import dlcourse.nets.Mlp;
import dlcourse.train.Trainer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class OneDnnTest {

    private static boolean courseBuild() {
        // The pom selects ND4J's -onednn build on Linux x86-64 only.
        return System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64");
    }

    @Test
    void theCourseBuildOnLinuxX86HasOneDnn() {
        assumeTrue(courseBuild(), "the pom uses the generic ND4J build on this platform");
        assertTrue(OneDnn.available());
        assertTrue(OneDnn.describe().startsWith("oneDNN"), OneDnn.describe());
    }

    @Test
    void cnnBuildersUseItForEveryConvolutionAndNothingElse() {
        assumeTrue(OneDnn.available());
        MultiLayerNetwork cnn = Cnn.classifier(12, 12, 3);
        assertTrue(OneDnn.usedBy(cnn.getLayer(0)));
        assertFalse(OneDnn.usedBy(cnn.getLayer(1)), "pooling keeps DL4J's own path");
        assertTrue(OneDnn.usedBy(cnn.getLayer(2)));
        assertEquals(2, OneDnn.useFor(cnn), "a second call counts the same layers and changes nothing");
        assertEquals(0, OneDnn.useFor(Mlp.classifier(4, 2, 3)));
    }

    @Test
    void convolutionsAgreeWithDl4jsOwnPathForwardAndAfterTraining() {
        assumeTrue(OneDnn.available());
        for (ConvolutionMode mode : new ConvolutionMode[] {ConvolutionMode.Same, ConvolutionMode.Truncate}) {
            MultiLayerNetwork plain = handBuilt(mode);
            MultiLayerNetwork fast = handBuilt(mode);
            assertEquals(2, OneDnn.useFor(fast));
            assertFalse(OneDnn.usedBy(plain.getLayer(0)));
            Nd4j.getRandom().setSeed(3);
            INDArray x = Nd4j.rand(DataType.FLOAT, 16, 1, 11, 11);
            INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 3);
            for (int i = 0; i < 16; i++) {
                y.putScalar(i, i % 3, 1);
            }
            assertClose(plain.output(x), fast.output(x), 1e-5, mode + " outputs");
            DataSet batch = new DataSet(x, y);
            for (MultiLayerNetwork net : new MultiLayerNetwork[] {plain, fast}) {
                net.setInput(x);
                net.setLabels(y);
                net.computeGradientAndScore();
            }
            assertEquals(plain.score(), fast.score(), 1e-5, mode + " loss");
            assertClose(plain.gradient().gradient(), fast.gradient().gradient(), 1e-4, mode + " gradients");
            for (int step = 0; step < 5; step++) {
                plain.fit(batch);
                fast.fit(batch);
            }
            assertClose(plain.params(), fast.params(), 1e-4, mode + " weights after 5 steps");
        }
    }

    @Test
    void trainingTwiceFromTheSameSeedGivesTheSameWeightsBitForBit() {
        assumeTrue(OneDnn.available());
        Nd4j.getRandom().setSeed(4);
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 32, 1, 11, 11),
                Nd4j.eye(3).repeat(0, 11).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 32)).castTo(DataType.FLOAT));
        INDArray[] weights = new INDArray[2];
        for (int run = 0; run < 2; run++) {
            MultiLayerNetwork net = handBuilt(ConvolutionMode.Same);
            OneDnn.useFor(net);
            for (int step = 0; step < 10; step++) {
                net.fit(batch);
            }
            weights[run] = net.params().dup();
        }
        assertEquals(weights[0], weights[1], "Restart & Run All must give the same numbers");
    }

    @Test
    void trainerInstallsItOnANetworkBuiltWithPlainDl4j() {
        assumeTrue(OneDnn.available());
        INDArray x = Nd4j.rand(DataType.FLOAT, 8, 121);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 8, 3);
        for (int i = 0; i < 8; i++) {
            y.putScalar(i, i % 3, 1);
        }
        MultiLayerNetwork flat = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(5)
                .updater(new Sgd(0.1)).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(11, 11, 1)).build());
        flat.init();
        assertFalse(OneDnn.usedBy(flat.getLayer(0)));
        Trainer.builder().epochs(1).live(false).build().fit(flat, new DataSet(x, y));
        assertTrue(OneDnn.usedBy(flat.getLayer(0)));
    }

    @Test
    void nullNetworkIsRefusedWithAFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OneDnn.useFor((MultiLayerNetwork) null));
        assertTrue(e.getMessage().contains("expected a network but was given null"), e.getMessage());
        assertTrue(e.getMessage().contains("Cnn.classifier"), e.getMessage());
    }

    @Test
    void aNetworkBeforeInitIsLeftAlone() {
        MultiLayerNetwork net = new MultiLayerNetwork(config(ConvolutionMode.Same));
        assertEquals(0, OneDnn.useFor(net));
    }

    private static MultiLayerNetwork handBuilt(ConvolutionMode mode) {
        MultiLayerNetwork net = new MultiLayerNetwork(config(mode));
        net.init();
        return net;
    }

    private static MultiLayerConfiguration config(ConvolutionMode mode) {
        // Two convolutions (one with stride 2), pooling between them, as learners build them by hand.
        return new NeuralNetConfiguration.Builder().seed(11).updater(new Sgd(0.05)).dataType(DataType.FLOAT)
                .convolutionMode(mode).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(1, 1).build())
                .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(5).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(11, 11, 1)).build();
    }

    private static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        double largest = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        assertTrue(largest <= tolerance, what + ": largest difference " + largest + " > " + tolerance);
    }
}
