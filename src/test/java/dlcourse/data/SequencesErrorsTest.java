package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class SequencesErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("sine too short", () -> Sequences.sine(1, 20, 0.1, 1), "given 1", "a few hundred"),
                wrong("sine without a period", () -> Sequences.sine(100, 0, 0.1, 1), "given 0.0", "try 20"),
                wrong("composite with negative noise", () -> Sequences.composite(100, 0.01, 24, -0.1, 1), "-0.1",
                        "try 0.1"),
                wrong("windows of nothing", () -> Sequences.windows(null, 3, 1), "given null", "Sequences.sine("),
                wrong("window of zero", () -> Sequences.windows(new double[10], 0, 1), "given 0", "e.g. 24"),
                wrong("horizon of zero", () -> Sequences.windows(new double[10], 3, 0), "given 0",
                        "1 predicts the next value"),
                wrong("series shorter than one window", () -> Sequences.windows(new double[4], 4, 1),
                        "window + horizon = 5", "given 4", "longer series or a shorter window"),
                wrong("missing value", () -> Sequences.windows(new double[] {1, Double.NaN, 3, 4}, 2, 1),
                        "step 1 is NaN", "fill or remove"),
                wrong("split fraction of one", () -> Sequences.chronologicalSplit(new double[100], 5, 1, 1.0),
                        "given 1.0", "try 0.8"),
                wrong("split with too few steps on one side",
                        () -> Sequences.chronologicalSplit(new double[30], 10, 1, 0.2), "30 steps at 6",
                        "window + horizon = 11", "shorter window"),
                wrong("last-value forecast of tabular data",
                        () -> Sequences.lastValueForecast(new DataSet(Nd4j.rand(4, 3), Nd4j.rand(4, 1))),
                        "features [4, 3]", "Sequences.windows("));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void longRangeTooShort() {
        assertMessage(() -> Sequences.longRange(10, 1, 1), "given 1", "try 40");
        assertMessage(() -> Sequences.longRange(1, 40, 1), "n = 1", "a thousand");
    }
}
