package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivationExercisesTest {

    private static final DoubleUnaryOperator TODO = z -> {
        throw new UnsupportedOperationException("TODO");
    };

    private final Exercise leaky = Exercises.leakyRelu();
    private final Exercise tanh = Exercises.tanhDerivative();
    private final Exercise factor = Exercises.vanishingGradientFactor();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void leakyReluRightWrongAndPlaceholder() {
        assertTrue(leaky.check(z -> z > 0 ? z : 0.01 * z).passed());
        assertTrue(leaky.check(z -> Math.max(0.01 * z, z)).passed());
        CheckResult relu = leaky.check(z -> Math.max(0, z));
        assertEquals(Status.WRONG, relu.status());
        assertTrue(relu.message().startsWith("for input -50 your function gives 0 but should give -0.5"),
                relu.message());
        assertFalse(leaky.check(z -> z > 0 ? z : 0.1 * z).passed(), "the slope asked for is 0.01");
        assertEquals(Status.NOT_ANSWERED, leaky.check(TODO).status());
    }

    @Test
    void tanhDerivativeRightWrongAndPlaceholder() {
        assertTrue(tanh.check(z -> 1 - Math.tanh(z) * Math.tanh(z)).passed());
        assertTrue(tanh.check(z -> 1 / Math.pow(Math.cosh(z), 2)).passed(), "1 / cosh² is the same");
        CheckResult sigmoidSlope = tanh.check(z -> {
            double s = 1 / (1 + Math.exp(-z));
            return s * (1 - s);
        });
        assertEquals(Status.WRONG, sigmoidSlope.status());
        assertTrue(sigmoidSlope.hint().startsWith("Hint 1 of 3"), sigmoidSlope.hint());
        assertFalse(tanh.check(z -> 1 - Math.tanh(z)).passed(), "the square is missing");
        assertEquals(Status.NOT_ANSWERED, tanh.check(TODO).status());
    }

    @Test
    void vanishingGradientFactorRightWrongAndPlaceholder() {
        assertTrue(factor.check(Math.pow(0.25, 10)).passed());
        assertTrue(factor.check(9.537e-7).passed(), "four significant digits are enough");
        CheckResult oneLayer = factor.check(0.25);
        assertEquals(Status.WRONG, oneLayer.status());
        assertTrue(oneLayer.message().contains("one layer's largest slope"), oneLayer.message());
        assertTrue(factor.check(Math.pow(0.5, 10)).message().contains("not its slope"));
        assertFalse(factor.check(0.0).passed(), "0 is not the largest factor");
        assertEquals(Status.NOT_ANSWERED, factor.check(Double.NaN).status());
        assertTrue(factor.solution().contains("Math.pow(0.25, 10)"));
    }

    @Test
    void theActivationExercisesAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(leaky, tanh, factor)));
    }
}
