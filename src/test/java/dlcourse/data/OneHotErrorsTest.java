package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.factory.Nd4j;

class OneHotErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("a class number too large is named", () -> OneHot.encode(new int[] {0, 3}, 3), "from 0 to 2",
                        "entry 1 is 3", "larger number of classes"),
                wrong("a negative class number is named", () -> OneHot.encode(new int[] {-1}, 3), "entry 0 is -1"),
                wrong("zero classes are rejected", () -> OneHot.encode(new int[] {0}, 0), "was given 0", "e.g. 3"),
                wrong("an empty array is rejected", () -> OneHot.encode(new int[0], 3), "an empty array",
                        "new int[] {0, 2, 1}"),
                wrong("decoding needs a matrix", () -> OneHot.decode(Nd4j.rand(2, 3, 4)), "[2, 3, 4]",
                        "net.output(features)"),
                wrong("decoding null is rejected", () -> OneHot.decode(null), "was given null"),
                wrong("class names must match the columns", () -> OneHot.decode(Nd4j.rand(2, 3), List.of("a", "b")),
                        "expected 3 class names", "was given 2", "getLabelNamesList()"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
