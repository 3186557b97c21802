package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

class VaeErrorsTest {

    private static Vae vae() {
        return Vae.dense(4, 2, 3);
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no inputs", () -> Vae.dense(0, 2, 16), "inputs of 1 or more", "given 0", ".inputs(64)"),
                wrong("no latent space", () -> Vae.dense(64, 0, 16), "latent size of 1 or more", "given 0",
                        ".latent(2)"),
                wrong("no hidden layer", () -> Vae.dense(64, 2), "at least one hidden layer", "given none",
                        ".hidden(64)"),
                wrong("empty hidden layer", () -> Vae.dense(64, 2, 0), "given [0]", "remove or enlarge"),
                wrong("unsupported output activation",
                        () -> Vae.builder().inputs(4).latent(2).outputActivation(Activation.TANH).build(),
                        "Activation.SIGMOID", "Activation.IDENTITY", "given TANH"),
                wrong("learning rate NaN", () -> Vae.builder().inputs(4).latent(2).learningRate(Double.NaN).build(),
                        "given NaN", "0.0001 to 0.01"),
                wrong("pixels outside the unit interval", () -> vae().train(Nd4j.rand(10, 4).mul(255), 1, 4),
                        "values from 0 to 1", "pixels / 255", ".outputActivation(Activation.IDENTITY)"),
                wrong("features of the wrong width", () -> vae().train(Nd4j.rand(10, 5), 1, 4), "4 columns", "given 5"),
                wrong("no epochs", () -> vae().train(Nd4j.rand(10, 4), 0, 4), "epochs of 1 or more", "given 0",
                        "try 30"),
                wrong("no batch size", () -> vae().train(Nd4j.rand(10, 4), 1, 0), "batch size of 1 or more", "given 0",
                        "32"),
                wrong("no data set", () -> vae().train((org.nd4j.linalg.dataset.DataSet) null, 1, 4), "given null"),
                wrong("codes of the wrong width", () -> vae().decode(Nd4j.rand(3, 3)), "latent codes with 2 columns",
                        "given 3"),
                wrong("generate nothing", () -> vae().generate(0, 1), "number of examples of 1 or more", "given 0",
                        "generate(16, 42)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
