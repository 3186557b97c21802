package dlcourse.train;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("a zero learning rate", () -> Optimizer.sgd(0), "sgd", "was given 0.0", "0.01 to 0.5"),
                wrong("a learning rate that is not a number", () -> Optimizer.adam(Double.NaN), "adam", "was given NaN",
                        "0.0001 to 0.01"),
                wrong("an infinite learning rate", () -> Optimizer.rmsprop(Double.POSITIVE_INFINITY),
                        "was given Infinity", "0.0001 to 0.01"),
                wrong("a momentum of one", () -> Optimizer.momentum(0.1, 1.0), "was given 1.0",
                        "0.9 is the usual choice"),
                wrong("no updater", () -> Optimizer.of(null), "was given null", "Optimizer.adam(0.001)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void anAbsurdRateForAnAdaptiveOptimizerIsWarnedAboutWherefromEver() {
        String warning = dlcourse.Messages.stderrOf(() -> Optimizer.adam(1e6));
        assertTrue(warning.contains("adam was given a learning rate of 1000000.0"), warning);
        assertTrue(warning.contains("0.0001 to 0.01"), warning);
        String builder = dlcourse.Messages.stderrOf(
                () -> dlcourse.nets.Mlp.builder().inputs(2).outputs(2).learningRate(1e6).build());
        assertTrue(builder.contains("Mlp was given a learning rate of 1000000.0"), builder);
        assertEquals("", dlcourse.Messages.stderrOf(() -> Optimizer.adam(0.5)), "0.5 is large but can be meant");
        assertEquals("", dlcourse.Messages.stderrOf(() -> Optimizer.sgd(5)), "SGD diverges visibly instead");
    }
}
