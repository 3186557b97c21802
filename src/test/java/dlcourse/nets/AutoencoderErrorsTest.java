package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AutoencoderErrorsTest {

    private static MultiLayerNetwork net() {
        return Autoencoder.dense(4, 2);
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no inputs", () -> Autoencoder.dense(0, 2), "inputs of 1 or more", "given 0", ".inputs(64)"),
                wrong("no bottleneck", () -> Autoencoder.dense(64, 0), "bottleneck of 1 or more", "given 0",
                        ".bottleneck(2)"),
                wrong("bottleneck as wide as the input without noise", () -> Autoencoder.dense(64, 64),
                        "smaller than the 64 inputs", "given 64", ".bottleneck(8)", ".inputNoise(0.3)"),
                wrong("empty hidden layer", () -> Autoencoder.dense(64, 8, 32, 0), "given [32, 0]",
                        "remove or enlarge"),
                wrong("unsupported output activation",
                        () -> Autoencoder.builder().inputs(4).bottleneck(2).outputActivation(Activation.RELU).build(),
                        "Activation.SIGMOID", "Activation.IDENTITY", "given RELU"),
                wrong("negative input noise",
                        () -> Autoencoder.builder().inputs(4).bottleneck(2).inputNoise(-0.1).build(),
                        "0 (none) or more", "given -0.1", "try 0.2 to 0.5"),
                wrong("zero learning rate", () -> Autoencoder.builder().inputs(4).bottleneck(2).learningRate(0).build(),
                        "learning rate above 0", "given 0.0", "0.0001 to 0.01"),
                wrong("encode without a network", () -> Autoencoder.encode(null, Nd4j.rand(3, 4)), "given null",
                        "Autoencoder.dense(64, 8, 32)"),
                wrong("encode with a network that is not an autoencoder",
                        () -> Autoencoder.encode(Mlp.classifier(4, 2, 3), Nd4j.rand(3, 4)), "layer named 'code'",
                        "layers ['layer0', 'layer1']", "Autoencoder.dense(...)"),
                wrong("features of the wrong width", () -> Autoencoder.reconstruct(net(), Nd4j.rand(3, 5)), "4 columns",
                        "given 5", "pass data of that width or build a network for 5"),
                wrong("images that are not flattened", () -> Autoencoder.encode(net(), Nd4j.rand(3, 2, 2)),
                        "[examples, 4]", "[3, 2, 2]", "x.reshape(x.size(0), -1)"),
                wrong("no features", () -> Autoencoder.trainingData(null), "given null"),
                wrong("codes of the wrong width", () -> Autoencoder.decode(net(), Nd4j.rand(3, 3)),
                        "codes with 2 columns", "given 3"),
                wrong("negative noise", () -> Autoencoder.addGaussianNoise(Nd4j.rand(3, 4), -1, 1), "0 or more",
                        "given -1.0", "try 0.2 to 0.5"),
                wrong("mask fraction above one", () -> Autoencoder.maskValues(Nd4j.rand(3, 4), 1.5, 1), "from 0 to 1",
                        "given 1.5", "try 0.25"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

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
    void featuresWithNaN() {
        INDArray x = Nd4j.rand(3, 4);
        x.putScalar(1, 1, Double.NaN);
        assertMessage(() -> Autoencoder.reconstructionError(net(), x), "NaN or infinite", "remove or fill");
    }
}
