package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScratchMlpErrorsTest {

    private static ScratchMlp net() {
        return ScratchMlp.of(2, 3, 1);
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("too few layer sizes", () -> ScratchMlp.of(2), "[2]", "at least 2 layer sizes",
                        "ScratchMlp.of(2, 4, 1)"),
                wrong("empty layer", () -> ScratchMlp.of(2, 0, 1), "[2, 0, 1]", "remove or enlarge"),
                wrong("null activation", () -> ScratchMlp.of(null, 42, 2, 1), "null", "Value::tanh"),
                wrong("NaN input", () -> net().forward(1, Double.NaN), "[1.0, NaN]", "remove or fill"),
                wrong("mismatched rows in loss",
                        () -> net().loss(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1}}),
                        "2 input rows and 1 target rows", "one target row per example"),
                wrong("wrong target length in loss", () -> net().loss(new double[][] {{1, 2}}, new double[][] {{1, 0}}),
                        "expected 1 targets", "2 in row 0: [1.0, 0.0]", "give every example 1 targets"),
                wrong("mismatched mean squared error", () -> ScratchMlp.meanSquaredError(List.of(Value.of(1)), 1, 2),
                        "1 predictions and 2 targets", "one target per output"),
                wrong("no epochs", () -> net().train(new double[][] {{1, 2}}, new double[][] {{1}}, 0, 0.1),
                        "was given 0", "try 200"),
                wrong("layer without neurons", () -> new ScratchLayer(2, 0, Value::tanh, new Random(1)), "given 0",
                        "at least one neuron"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void wrongNumberOfInputs() {
        assertMessage(() -> net().forward(1, 2, 3), "expected 2 inputs", "3: [1.0, 2.0, 3.0]",
                "ScratchMlp.of(3, 4, 1)");
        assertMessage(() -> net().forward(List.of(Value.of(1))), "expected 2 inputs", "1:", "one Value per input");
    }

    @Test
    void nonPositiveLearningRate() {
        assertMessage(() -> net().step(0), "was given 0.0", "0.01 to 0.5");
        assertMessage(() -> net().train(new double[][] {{1, 2}}, new double[][] {{1}}, 10, Double.NaN),
                "was given NaN", "0.01 to 0.5");
    }

    @Test
    void neuronWithoutInputsOrWithTheWrongNumber() {
        assertMessage(() -> new ScratchNeuron(0, Value::tanh, new Random(1)), "was given 0", "e.g. 2");
        ScratchNeuron neuron = new ScratchNeuron(2, Value::tanh, new Random(1));
        assertMessage(() -> neuron.forward(List.of(Value.of(1))), "expected 2 inputs", "given 1", "one value per weight");
    }
}
