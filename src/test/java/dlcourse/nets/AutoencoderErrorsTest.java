package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AutoencoderErrorsTest {

    private static void fails(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    private final MultiLayerNetwork net = Autoencoder.dense(4, 2);

    @Test
    void noInputs() {
        fails(() -> Autoencoder.dense(0, 2), "inputs of 1 or more", "given 0", ".inputs(64)");
    }

    @Test
    void noBottleneck() {
        fails(() -> Autoencoder.dense(64, 0), "bottleneck of 1 or more", "given 0", ".bottleneck(2)");
    }

    @Test
    void bottleneckAsWideAsTheInputWithoutNoise() {
        fails(() -> Autoencoder.dense(64, 64), "smaller than the 64 inputs", "given 64", ".bottleneck(8)",
                ".inputNoise(0.3)");
    }

    @Test
    void emptyHiddenLayer() {
        fails(() -> Autoencoder.dense(64, 8, 32, 0), "given [32, 0]", "remove or enlarge");
    }

    @Test
    void unsupportedOutputActivation() {
        fails(() -> Autoencoder.builder().inputs(4).bottleneck(2).outputActivation(Activation.RELU).build(),
                "Activation.SIGMOID", "Activation.IDENTITY", "given RELU");
    }

    @Test
    void negativeInputNoise() {
        fails(() -> Autoencoder.builder().inputs(4).bottleneck(2).inputNoise(-0.1).build(),
                "0 (none) or more", "given -0.1", "try 0.2 to 0.5");
    }

    @Test
    void zeroLearningRate() {
        fails(() -> Autoencoder.builder().inputs(4).bottleneck(2).learningRate(0).build(),
                "learning rate above 0", "given 0.0", "0.0001 to 0.01");
    }

    @Test
    void encodeWithoutANetwork() {
        fails(() -> Autoencoder.encode(null, Nd4j.rand(3, 4)), "given null", "Autoencoder.dense(64, 8, 32)");
    }

    @Test
    void encodeWithANetworkThatIsNotAnAutoencoder() {
        fails(() -> Autoencoder.encode(Mlp.classifier(4, 2, 3), Nd4j.rand(3, 4)),
                "layer named 'code'", "layers ['layer0', 'layer1']", "Autoencoder.dense(...)");
    }

    @Test
    void featuresOfTheWrongWidth() {
        fails(() -> Autoencoder.reconstruct(net, Nd4j.rand(3, 5)), "4 columns", "given 5",
                "pass data of that width or build a network for 5");
    }

    @Test
    void imagesThatAreNotFlattened() {
        fails(() -> Autoencoder.encode(net, Nd4j.rand(3, 2, 2)), "[examples, 4]", "[3, 2, 2]",
                "x.reshape(x.size(0), -1)");
    }

    @Test
    void featuresWithNaN() {
        INDArray x = Nd4j.rand(3, 4);
        x.putScalar(1, 1, Double.NaN);
        fails(() -> Autoencoder.reconstructionError(net, x), "NaN or infinite", "remove or fill");
    }

    @Test
    void noFeatures() {
        fails(() -> Autoencoder.trainingData(null), "given null");
    }

    @Test
    void codesOfTheWrongWidth() {
        fails(() -> Autoencoder.decode(net, Nd4j.rand(3, 3)), "codes with 2 columns", "given 3");
    }

    @Test
    void negativeNoise() {
        fails(() -> Autoencoder.addGaussianNoise(Nd4j.rand(3, 4), -1, 1), "0 or more", "given -1.0",
                "try 0.2 to 0.5");
    }

    @Test
    void maskFractionAboveOne() {
        fails(() -> Autoencoder.maskValues(Nd4j.rand(3, 4), 1.5, 1), "from 0 to 1", "given 1.5",
                "try 0.25");
    }
}
