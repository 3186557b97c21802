package dlcourse.nets;

import static dlcourse.Messages.assertMessage;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AutoencoderErrorsTest {

    private final MultiLayerNetwork net = Autoencoder.dense(4, 2);

    @Test
    void sigmoidOutputsForStandardizedData() {
        // Standardized data run from about -2 to 2; sigmoid outputs and cross-entropy need [0, 1].
        INDArray standardized = Nd4j.randn(new long[] {20, 4});
        assertMessage(() -> dlcourse.train.Trainer.builder().epochs(1).live(false).build()
                        .fit(Autoencoder.dense(4, 2), Autoencoder.trainingData(standardized)),
                "binary cross-entropy", "targets from 0 to 1", "Scaler.minMax()", "Activation.IDENTITY");
        MultiLayerNetwork identity = Autoencoder.builder().inputs(4).bottleneck(2)
                .outputActivation(Activation.IDENTITY).build();
        dlcourse.train.Trainer.builder().epochs(1).live(false).build()
                .fit(identity, Autoencoder.trainingData(standardized));   // squared error takes any values
    }

    @Test
    void noInputs() {
        assertMessage(() -> Autoencoder.dense(0, 2), "inputs of 1 or more", "given 0", ".inputs(64)");
    }

    @Test
    void noBottleneck() {
        assertMessage(() -> Autoencoder.dense(64, 0), "bottleneck of 1 or more", "given 0", ".bottleneck(2)");
    }

    @Test
    void bottleneckAsWideAsTheInputWithoutNoise() {
        assertMessage(() -> Autoencoder.dense(64, 64), "smaller than the 64 inputs", "given 64", ".bottleneck(8)",
                ".inputNoise(0.3)");
    }

    @Test
    void emptyHiddenLayer() {
        assertMessage(() -> Autoencoder.dense(64, 8, 32, 0), "given [32, 0]", "remove or enlarge");
    }

    @Test
    void unsupportedOutputActivation() {
        assertMessage(() -> Autoencoder.builder().inputs(4).bottleneck(2).outputActivation(Activation.RELU).build(),
                "Activation.SIGMOID", "Activation.IDENTITY", "given RELU");
    }

    @Test
    void negativeInputNoise() {
        assertMessage(() -> Autoencoder.builder().inputs(4).bottleneck(2).inputNoise(-0.1).build(),
                "0 (none) or more", "given -0.1", "try 0.2 to 0.5");
    }

    @Test
    void zeroLearningRate() {
        assertMessage(() -> Autoencoder.builder().inputs(4).bottleneck(2).learningRate(0).build(),
                "learning rate above 0", "given 0.0", "0.0001 to 0.01");
    }

    @Test
    void encodeWithoutANetwork() {
        assertMessage(() -> Autoencoder.encode(null, Nd4j.rand(3, 4)), "given null", "Autoencoder.dense(64, 8, 32)");
    }

    @Test
    void encodeWithANetworkThatIsNotAnAutoencoder() {
        assertMessage(() -> Autoencoder.encode(Mlp.classifier(4, 2, 3), Nd4j.rand(3, 4)),
                "layer named 'code'", "layers ['layer0', 'layer1']", "Autoencoder.dense(...)");
    }

    @Test
    void featuresOfTheWrongWidth() {
        assertMessage(() -> Autoencoder.reconstruct(net, Nd4j.rand(3, 5)), "4 columns", "given 5",
                "pass data of that width or build a network for 5");
    }

    @Test
    void imagesThatAreNotFlattened() {
        assertMessage(() -> Autoencoder.encode(net, Nd4j.rand(3, 2, 2)), "[examples, 4]", "[3, 2, 2]",
                "x.reshape(x.size(0), -1)");
    }

    @Test
    void featuresWithNaN() {
        INDArray x = Nd4j.rand(3, 4);
        x.putScalar(1, 1, Double.NaN);
        assertMessage(() -> Autoencoder.reconstructionError(net, x), "NaN or infinite", "remove or fill");
    }

    @Test
    void noFeatures() {
        assertMessage(() -> Autoencoder.trainingData(null), "given null");
    }

    @Test
    void codesOfTheWrongWidth() {
        assertMessage(() -> Autoencoder.decode(net, Nd4j.rand(3, 3)), "codes with 2 columns", "given 3");
    }

    @Test
    void negativeNoise() {
        assertMessage(() -> Autoencoder.addGaussianNoise(Nd4j.rand(3, 4), -1, 1), "0 or more", "given -1.0",
                "try 0.2 to 0.5");
    }

    @Test
    void maskFractionAboveOne() {
        assertMessage(() -> Autoencoder.maskValues(Nd4j.rand(3, 4), 1.5, 1), "from 0 to 1", "given 1.5",
                "try 0.25");
    }
}
