package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import dlcourse.evaluate.GenerativeMetrics;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanErrorsTest {

    private static Gan gan() {
        return Gan.dense(2, 3, 4);
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no noise", () -> Gan.dense(0, 2, 8), "noise size of 1 or more", "given 0", ".noiseSize(2)"),
                wrong("no generator steps", () -> Gan.builder().noiseSize(2).dataSize(2).generatorSteps(0).build(),
                        "given 0", ".generatorSteps(5)"),
                wrong("no data", () -> Gan.dense(2, 0, 8), "data size of 1 or more", "given 0", ".dataSize(2)"),
                wrong("empty hidden layer",
                        () -> Gan.builder().noiseSize(2).dataSize(2).discriminatorHidden(8, 0).build(),
                        "discriminator hidden layer sizes", "given [8, 0]", ".discriminatorHidden(32, 32)"),
                wrong("unsupported output activation",
                        () -> Gan.builder().noiseSize(2).dataSize(2).outputActivation(Activation.SOFTMAX).build(),
                        "Activation.IDENTITY", "Activation.SIGMOID", "given SOFTMAX"),
                wrong("negative learning rate",
                        () -> Gan.builder().noiseSize(2).dataSize(2).generatorLearningRate(-1).build(), "Gan generator",
                        "given -1.0", "0.0001 to 0.01"),
                wrong("real examples of the wrong width", () -> gan().train(Nd4j.rand(10, 2), 1, 4), "3 columns",
                        "given 2", "pass data of that width or build a network for 2"),
                wrong("pixels outside the unit interval for a sigmoid generator",
                        () -> Gan.builder().noiseSize(2).dataSize(3).outputActivation(Activation.SIGMOID).build()
                                .train(Nd4j.rand(10, 3).mul(255), 1, 4),
                        "values from 0 to 1", ".outputActivation(Activation.IDENTITY)"),
                wrong("no epochs", () -> gan().train(Nd4j.rand(10, 3), 0, 4), "epochs of 1 or more", "given 0",
                        "try 100"),
                wrong("no batch size", () -> gan().train(Nd4j.rand(10, 3), 1, -5), "batch size of 1 or more",
                        "given -5", "64"),
                wrong("sample nothing", () -> gan().sample(0, 1), "number of examples of 1 or more", "given 0",
                        "sample(500, 42)"),
                wrong("energy distance between samples of different widths",
                        () -> GenerativeMetrics.energyDistance(Nd4j.rand(5, 2), Nd4j.rand(5, 3)),
                        "the second sample with 2 columns", "given 3"),
                wrong("energy distance of nothing", () -> GenerativeMetrics.energyDistance(null, Nd4j.rand(5, 3)),
                        "the first sample", "given null"),
                wrong("no after-epoch code", () -> gan().train(Nd4j.rand(10, 3), 1, 4, null),
                        "code to run after every epoch", "given null", "(epoch, gan) ->"),
                wrong("mode counts with centres of another width",
                        () -> GenerativeMetrics.modeCounts(Nd4j.rand(10, 2), Nd4j.rand(4, 3), 0.5),
                        "the samples with 3 columns", "given 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void labelSmoothingOutsideItsRange() {
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(0.5).build(), "given 0.5", "0.1");
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(-0.1).build(), "given -0.1");
    }

    @Test
    void realExamplesWithInfinity() {
        INDArray real = Nd4j.rand(10, 3);
        real.putScalar(0, 0, Double.POSITIVE_INFINITY);
        assertMessage(() -> gan().train(real, 1, 4), "NaN or infinite", "remove or fill");
    }

    @Test
    void modeCountsWithoutARadius() {
        assertMessage(() -> GenerativeMetrics.modeCounts(Nd4j.rand(10, 2), Nd4j.rand(4, 2), 0), "radius above 0", "given 0.0");
        assertMessage(() -> GenerativeMetrics.modesCovered(Nd4j.rand(10, 2), null, 0.5), "the centres of the modes", "null");
    }
}
