package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CnnErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no image size", () -> Cnn.builder().outputs(10).build(), "-1 by -1", ".image(28, 28)"),
                wrong("one class", () -> Cnn.classifier(8, 8, 1), "given 1", ".outputs(2)"),
                wrong("kernel larger than the image after pooling",
                        () -> Cnn.builder().image(8, 8).conv(8, 3).pool(2).pool(2).conv(8, 3).outputs(2).build(),
                        "step 4 .conv(8, 3)", "2 by 2 pixels", "8 by 8 input", "at most 2", "remove a .pool"),
                wrong("pool larger than the image", () -> Cnn.builder().image(4, 4).pool(8).outputs(2).build(),
                        "step 1 .pool(8)", "4 by 4 pixels", "at most 4"),
                wrong("default stack on a tiny image", () -> Cnn.classifier(4, 4, 2), "step 3 .conv(32, 3)",
                        "2 by 2 pixels"),
                wrong("convolution after dense", IllegalStateException.class, () -> Cnn.builder().dense(64).conv(32, 3),
                        ".conv(32, 3) came after .dense(64)", "put the dense layers last"),
                wrong("no filters", () -> Cnn.builder().image(8, 8).conv(0, 3).outputs(2).build(),
                        "step 1 .conv(0, 3) has 0", ".conv(16, 3)"),
                wrong("no kernel", () -> Cnn.builder().image(8, 8).conv(4, 0).outputs(2).build(),
                        "step 1 .conv(4, 0) has 0", ".conv(16, 3)"),
                wrong("dropout above one", () -> Cnn.builder().image(8, 8).outputs(2).dropout(1.5).build(), "1.5",
                        ".dropout(0.2)"),
                wrong("learning rate of zero", () -> Cnn.builder().image(8, 8).outputs(2).learningRate(0).build(),
                        "given 0.0", "0.001 to 0.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
