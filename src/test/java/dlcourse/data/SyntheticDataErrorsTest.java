package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticDataErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("blobs need two classes", () -> SyntheticData.blobs(100, 1, 1, 1), "was given 1", "try 3"),
                wrong("blobs need a non-negative spread", () -> SyntheticData.blobs(100, 3, -0.5, 1), "-0.5",
                        "try 1.0"),
                wrong("spirals need an example for every class", () -> SyntheticData.spirals(2, 3, 0.1, 1),
                        "at least 3 examples", "n = 2", "a few hundred"),
                wrong("spirals reject NaN noise", () -> SyntheticData.spirals(100, 2, Double.NaN, 1), "NaN", "try 0.1"),
                wrong("regression needs a function", () -> SyntheticData.regression(100, null, 0, 1, 0.1, 1), "null",
                        "x -> Math.sin(x)"),
                wrong("regression needs an increasing interval",
                        () -> SyntheticData.regression(100, Math::sin, 2, 1, 0.1, 1), "from = 2.0, to = 1.0",
                        "from < to"),
                wrong("regression reports where the function is undefined",
                        () -> SyntheticData.regression(100, Math::log, -1, 1, 0.1, 1), "NaN", "where f is defined"),
                wrong("regression needs two examples", () -> SyntheticData.regression(1, 0.1, 1), "n = 1",
                        "at least 2"),
                wrong("toDataSet rejects ragged rows",
                        () -> SyntheticData.toDataSet(new double[][] {{1, 2}, {3}}, new int[] {0, 1}, 2), "2 features",
                        "example 1 has 1", "same length"),
                wrong("toDataSet rejects zero classes",
                        () -> SyntheticData.toDataSet(new double[][] {{1}}, new int[] {0}, 0), "was given 0", "e.g. 2"),
                wrong("blob centres need two classes", () -> SyntheticData.blobCentres(1), "blobCentres", "was given 1",
                        "try 8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void ringNeedsAPositiveRadius() {
        assertMessage(() -> SyntheticData.ring(100, 0, 0.1, 1), "radius above 0", "given 0.0", "try 2");
        assertMessage(() -> SyntheticData.ring(0, 2, 0.1, 1), "at least 1 examples", "n = 0");
    }
}
