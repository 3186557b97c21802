package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OptimizerErrorsTest {

    private static void assertMessage(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void aZeroLearningRate() {
        assertMessage(() -> Optimizer.sgd(0), "sgd", "was given 0.0", "0.01 to 0.5");
    }

    @Test
    void aLearningRateThatIsNotANumber() {
        assertMessage(() -> Optimizer.adam(Double.NaN), "adam", "was given NaN", "0.0001 to 0.01");
    }

    @Test
    void anInfiniteLearningRate() {
        assertMessage(() -> Optimizer.rmsprop(Double.POSITIVE_INFINITY), "was given Infinity", "0.0001 to 0.01");
    }

    @Test
    void aMomentumOfOne() {
        assertMessage(() -> Optimizer.momentum(0.1, 1.0), "was given 1.0", "0.9 is the usual choice");
    }

    @Test
    void noUpdater() {
        assertMessage(() -> Optimizer.of(null), "was given null", "Optimizer.adam(0.001)");
    }
}
