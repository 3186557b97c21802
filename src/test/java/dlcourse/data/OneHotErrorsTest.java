package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class OneHotErrorsTest {

    @Test
    void aClassNumberTooLargeIsNamed() {
        assertMessage(() -> OneHot.encode(new int[] {0, 3}, 3), "from 0 to 2", "entry 1 is 3", "larger number of classes");
    }

    @Test
    void aNegativeClassNumberIsNamed() {
        assertMessage(() -> OneHot.encode(new int[] {-1}, 3), "entry 0 is -1");
    }

    @Test
    void zeroClassesAreRejected() {
        assertMessage(() -> OneHot.encode(new int[] {0}, 0), "was given 0", "e.g. 3");
    }

    @Test
    void anEmptyArrayIsRejected() {
        assertMessage(() -> OneHot.encode(new int[0], 3), "an empty array", "new int[] {0, 2, 1}");
    }

    @Test
    void decodingNeedsAMatrix() {
        assertMessage(() -> OneHot.decode(Nd4j.rand(2, 3, 4)), "[2, 3, 4]", "net.output(features)");
    }

    @Test
    void decodingNullIsRejected() {
        assertMessage(() -> OneHot.decode(null), "was given null");
    }

    @Test
    void classNamesMustMatchTheColumns() {
        assertMessage(() -> OneHot.decode(Nd4j.rand(2, 3), List.of("a", "b")), "expected 3 class names", "was given 2",
                "getLabelNamesList()");
    }
}
