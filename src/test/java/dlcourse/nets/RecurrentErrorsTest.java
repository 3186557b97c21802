package dlcourse.nets;

import static dlcourse.nets.NetAssertions.assertMessage;

import org.junit.jupiter.api.Test;

class RecurrentErrorsTest {

    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;

    @Test
    void noFeatures() {
        assertMessage(BAD, () -> Recurrent.lstmClassifier(0, 2, 8), "Recurrent.lstm()", "given 0",
                "[n, features, time]", ".features(1)");
    }

    @Test
    void noRecurrentLayer() {
        assertMessage(BAD, () -> Recurrent.simpleRnn().features(1).units().outputs(2).build(),
                "Recurrent.simpleRnn()", "no units", ".units(32)");
    }

    @Test
    void emptyLayer() {
        assertMessage(BAD, () -> Recurrent.lstmClassifier(1, 2, 8, 0), "[8, 0]", "remove or enlarge");
    }

    @Test
    void oneClass() {
        assertMessage(BAD, () -> Recurrent.lstmClassifier(1, 1, 8), "given 1", ".outputs(2)", "Task.BINARY");
    }

    @Test
    void regressionWithNoOutputs() {
        assertMessage(BAD, () -> Recurrent.lstmRegressor(1, 0, 8), "given 0", ".outputs(1)");
    }

    @Test
    void forgetGateBiasOnSimpleCells() {
        assertMessage(IllegalStateException.class, () -> Recurrent.simpleRnn().forgetGateBias(1),
                ".forgetGateBias(1.0)", "use Recurrent.lstm()");
    }

    @Test
    void forgetGateBiasNotFinite() {
        assertMessage(BAD, () -> Recurrent.lstm().features(1).outputs(2).forgetGateBias(Double.NaN).build(),
                "NaN", "3 is the default");
    }

    @Test
    void negativeGradientClipping() {
        assertMessage(BAD, () -> Recurrent.lstm().features(1).outputs(2).gradientClipping(-1).build(),
                "-1.0", "try 1.0", "0 to turn clipping off");
    }

    @Test
    void learningRateNotANumber() {
        assertMessage(BAD, () -> Recurrent.lstm().features(1).outputs(2).learningRate(Double.NaN).build(),
                "NaN", "0.001 to 0.1");
    }
}
