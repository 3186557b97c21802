package dlcourse.nets;

import static dlcourse.nets.NetAssertions.assertMessage;

import org.junit.jupiter.api.Test;

class CnnErrorsTest {

    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;

    @Test
    void noImageSize() {
        assertMessage(BAD, () -> Cnn.builder().outputs(10).build(), "-1 by -1", ".image(28, 28)");
    }

    @Test
    void oneClass() {
        assertMessage(BAD, () -> Cnn.classifier(8, 8, 1), "given 1", ".outputs(2)");
    }

    @Test
    void kernelLargerThanTheImageAfterPooling() {
        assertMessage(BAD, () -> Cnn.builder().image(8, 8).conv(8, 3).pool(2).pool(2).conv(8, 3).outputs(2).build(),
                "step 4 .conv(8, 3)", "2 by 2 pixels", "8 by 8 input", "at most 2", "remove a .pool");
    }

    @Test
    void poolLargerThanTheImage() {
        assertMessage(BAD, () -> Cnn.builder().image(4, 4).pool(8).outputs(2).build(),
                "step 1 .pool(8)", "4 by 4 pixels", "at most 4");
    }

    @Test
    void defaultStackOnATinyImage() {
        assertMessage(BAD, () -> Cnn.classifier(4, 4, 2), "step 3 .conv(32, 3)", "2 by 2 pixels");
    }

    @Test
    void convolutionAfterDense() {
        assertMessage(IllegalStateException.class, () -> Cnn.builder().dense(64).conv(32, 3),
                ".conv(32, 3) came after .dense(64)", "put the dense layers last");
    }

    @Test
    void noFilters() {
        assertMessage(BAD, () -> Cnn.builder().image(8, 8).conv(0, 3).outputs(2).build(),
                "step 1 .conv(0, 3) has 0", ".conv(16, 3)");
    }

    @Test
    void noKernel() {
        assertMessage(BAD, () -> Cnn.builder().image(8, 8).conv(4, 0).outputs(2).build(),
                "step 1 .conv(4, 0) has 0", ".conv(16, 3)");
    }

    @Test
    void dropoutAboveOne() {
        assertMessage(BAD, () -> Cnn.builder().image(8, 8).outputs(2).dropout(1.5).build(), "1.5", ".dropout(0.2)");
    }

    @Test
    void learningRateOfZero() {
        assertMessage(BAD, () -> Cnn.builder().image(8, 8).outputs(2).learningRate(0).build(),
                "given 0.0", "0.001 to 0.1");
    }
}
