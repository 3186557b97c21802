package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class MlpErrorsTest {

    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no inputs", () -> Mlp.classifier(0, 2, 4), "given 0", ".inputs(2)"),
                wrong("one class", () -> Mlp.classifier(2, 1, 4), "given 1", ".outputs(2)", "Task.BINARY"),
                wrong("classes not set", () -> Mlp.builder().inputs(2).build(), "none was given", ".outputs(2)"),
                wrong("empty hidden layer", () -> Mlp.classifier(2, 2, 4, 0), "[4, 0]", "remove or enlarge"),
                wrong("learning rate not positive", () -> Mlp.builder().inputs(2).outputs(2).learningRate(-0.1).build(),
                        "-0.1", "0.001 to 0.1"),
                wrong("learning rate together with an updater",
                        () -> Mlp.builder().inputs(2).outputs(2).learningRate(0.05).updater(new Sgd(0.1)).build(),
                        ".learningRate(0.05)", "Sgd", "remove .learningRate"),
                wrong("dropout of one", () -> Mlp.builder().inputs(2).outputs(2).dropout(1.0).build(), "1.0",
                        ".dropout(0.2)"),
                wrong("negative L2", () -> Mlp.builder().inputs(2).outputs(2).l2(-1).build(), "-1.0", "0 turns it off"),
                wrong("binary task with two outputs",
                        () -> Mlp.builder().inputs(2).outputs(2).task(Task.BINARY).build(), ".outputs(2)",
                        "remove .outputs", "Task.MULTICLASS"),
                wrong("regression without outputs", () -> Mlp.builder().inputs(2).task(Task.REGRESSION).build(),
                        "none was given", ".outputs(1)"),
                wrong("softmax on a single output",
                        () -> Mlp.builder().inputs(2).outputs(1).task(Task.REGRESSION)
                                .outputActivation(Activation.SOFTMAX).build(),
                        "softmax", "Activation.SIGMOID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void probabilityLossOnUnboundedOutputs() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).task(Task.BINARY).outputActivation(Activation.IDENTITY)
                .build(), "XENT", "IDENTITY", "Activation.SIGMOID", "LossFunction.MSE");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).loss(null), "null", "LossFunction.MSE");
    }

    @Test
    void nullSettings() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).activation(null).build(),
                "null", ".activation(Activation.TANH)");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).task(null).build(), "null", "Task.MULTICLASS");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).updater(null).build(), "null", "new Adam(0.01)");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).weightInit(null).build(), "null",
                "WeightInit.XAVIER");
        assertMessage(BAD, () -> Mlp.builder().outputActivation(null), "null", "Activation.SIGMOID");
    }

    @Test
    void mseWithSoftmaxIsAllowed() {
        // Not an error: unusual but valid, so the builder must not reject it.
        Mlp.builder().inputs(2).outputs(3).loss(LossFunction.MSE).build();
    }
}
