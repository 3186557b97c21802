package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.factory.Nd4j;

class OneHotErrorsTest {

    private static void fails(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void aClassNumberTooLargeIsNamed() {
        fails(() -> OneHot.encode(new int[] {0, 3}, 3), "from 0 to 2", "entry 1 is 3", "larger number of classes");
    }

    @Test
    void aNegativeClassNumberIsNamed() {
        fails(() -> OneHot.encode(new int[] {-1}, 3), "entry 0 is -1");
    }

    @Test
    void zeroClassesAreRejected() {
        fails(() -> OneHot.encode(new int[] {0}, 0), "was given 0", "e.g. 3");
    }

    @Test
    void anEmptyArrayIsRejected() {
        fails(() -> OneHot.encode(new int[0], 3), "an empty array", "new int[] {0, 2, 1}");
    }

    @Test
    void decodingNeedsAMatrix() {
        fails(() -> OneHot.decode(Nd4j.rand(2, 3, 4)), "[2, 3, 4]", "net.output(features)");
    }

    @Test
    void decodingNullIsRejected() {
        fails(() -> OneHot.decode(null), "was given null");
    }

    @Test
    void classNamesMustMatchTheColumns() {
        fails(() -> OneHot.decode(Nd4j.rand(2, 3), List.of("a", "b")), "expected 3 class names", "was given 2",
                "getLabelNamesList()");
    }
}
