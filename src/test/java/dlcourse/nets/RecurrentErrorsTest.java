package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecurrentErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no features", () -> Recurrent.lstmClassifier(0, 2, 8), "Recurrent.lstm()", "given 0",
                        "[n, features, time]", ".features(1)"),
                wrong("no recurrent layer", () -> Recurrent.simpleRnn().features(1).units().outputs(2).build(),
                        "Recurrent.simpleRnn()", "no units", ".units(32)"),
                wrong("empty layer", () -> Recurrent.lstmClassifier(1, 2, 8, 0), "[8, 0]", "remove or enlarge"),
                wrong("one class", () -> Recurrent.lstmClassifier(1, 1, 8), "given 1", ".outputs(2)", "Task.BINARY"),
                wrong("regression with no outputs", () -> Recurrent.lstmRegressor(1, 0, 8), "given 0", ".outputs(1)"),
                wrong("forget gate bias on simple cells", IllegalStateException.class,
                        () -> Recurrent.simpleRnn().forgetGateBias(1), ".forgetGateBias(1.0)", "use Recurrent.lstm()"),
                wrong("forget gate bias not finite",
                        () -> Recurrent.lstm().features(1).outputs(2).forgetGateBias(Double.NaN).build(), "NaN",
                        "3 is the default"),
                wrong("negative gradient clipping",
                        () -> Recurrent.lstm().features(1).outputs(2).gradientClipping(-1).build(), "-1.0", "try 1.0",
                        "0 to turn clipping off"),
                wrong("learning rate not a number",
                        () -> Recurrent.lstm().features(1).outputs(2).learningRate(Double.NaN).build(), "NaN",
                        "0.001 to 0.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
