package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LstmExercisesTest {

    private final Exercise parameters = Exercises.lstmParameterCount();
    private final Exercise forget = Exercises.forgetGateValue();
    private final Exercise temperature = Exercises.temperatureProbability();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(parameters, forget, temperature)));
    }

    @Test
    void lstmParameterCountRightWrongAndPlaceholder() {
        assertTrue(parameters.check(2480).passed());
        assertTrue(parameters.check(4 * (10 * 20 + 20 * 20 + 20)).passed());
        assertTrue(parameters.check(620).message().contains("four"), parameters.check(620).message());
        assertTrue(parameters.check(880).message().contains("recurrent"));
        assertTrue(parameters.check(2400).message().contains("biases"));
        assertEquals(Status.WRONG, parameters.check(2481).status());
        assertEquals(Status.NOT_ANSWERED, parameters.check(Double.NaN).status());
        assertTrue(parameters.solution().contains("2480"));
    }

    @Test
    void forgetGateValueRightWrongAndPlaceholder() {
        assertTrue(forget.check(1 / (1 + Math.exp(-1.5))).passed());
        assertTrue(forget.check(0.8176).passed());
        assertTrue(forget.check(1.5).message().contains("sigmoid"), forget.check(1.5).message());
        assertTrue(forget.check(Math.tanh(1.5)).message().contains("tanh"));
        assertEquals(Status.WRONG, forget.check(0.5).status());
        assertEquals(Status.NOT_ANSWERED, forget.check(Double.NaN).status());
    }

    @Test
    void temperatureProbabilityRightWrongAndPlaceholder() {
        assertTrue(temperature.check(0.25 / 0.38).passed());
        assertTrue(temperature.check(0.658).passed());
        assertTrue(temperature.check(0.5).message().contains("T = 1"), temperature.check(0.5).message());
        assertTrue(temperature.check(0.25).message().contains("sum"));
        double root = Math.sqrt(0.5) / (Math.sqrt(0.5) + Math.sqrt(0.3) + Math.sqrt(0.2));
        assertTrue(temperature.check(root).message().contains("1/T"));
        assertEquals(Status.WRONG, temperature.check(0.9).status());
        assertEquals(Status.NOT_ANSWERED, temperature.check(Double.NaN).status());
    }
}
