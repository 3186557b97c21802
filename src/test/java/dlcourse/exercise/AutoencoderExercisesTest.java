package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.evaluate.Roc;
import dlcourse.exercise.CheckResult.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutoencoderExercisesTest {

    private final Exercise ratio = Exercises.autoencoderCompressionRatio();
    private final Exercise threshold = Exercises.anomalyThresholdForRecall();
    private final Exercise kl = Exercises.vaeKlDivergence();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(ratio, threshold, kl)));
    }

    @Test
    void compressionRatioRightWrongAndPlaceholder() {
        assertTrue(ratio.check(24.5).passed());
        assertTrue(ratio.check(28 * 28 / 32.0).passed());
        assertTrue(ratio.check(32.0 / 784).message().contains("inverse"));
        assertTrue(ratio.check(752).message().contains("dropped"));
        assertEquals(Status.WRONG, ratio.check(24).status(), "integer division loses the half");
        assertEquals(Status.NOT_ANSWERED, ratio.check(Double.NaN).status());
        assertTrue(ratio.solution().contains("24.5"));
    }

    @Test
    void thresholdForRecallRightWrongAndPlaceholder() {
        assertTrue(threshold.check(0.025).passed());
        assertTrue(threshold.check(0.019).message().contains("9 of the 10"));
        assertTrue(threshold.check(0.031).message().contains("7 of the 10"));
        assertTrue(threshold.check(0.8).message().contains("recall"));
        assertEquals(Status.WRONG, threshold.check(0.044).status());
        assertEquals(Status.NOT_ANSWERED, threshold.check(Double.NaN).status());
    }

    @Test
    void thresholdAgreesWithTheRocHelper() {
        double[] anomalies = {0.044, 0.012, 0.075, 0.025, 0.110, 0.031, 0.060, 0.019, 0.052, 0.036};
        double[] normals = {0.005, 0.010, 0.020, 0.030};
        assertTrue(threshold.question().contains("0.044"), threshold.question());
        assertEquals(0.025, Roc.of(anomalies, normals).thresholdForRecall(0.8), 1e-12);
    }

    @Test
    void klDivergenceRightWrongAndPlaceholder() {
        double expected = 0.5 * (1 + 0.25 - 1 - Math.log(0.25));
        assertTrue(kl.check(expected).passed());
        assertTrue(kl.check(0.8181).passed());
        assertTrue(kl.check(2 * expected).message().contains("½"));
        assertTrue(kl.check(0.5 * (1 + 0.25 - 1 - Math.log(0.5))).message().contains("ln σ²"));
        assertTrue(kl.check(0.5 * (0.25 - 1 - Math.log(0.25))).message().contains("μ²"));
        assertEquals(Status.WRONG, kl.check(0.0).status());
        assertEquals(Status.NOT_ANSWERED, kl.check(Double.NaN).status());
        assertTrue(kl.solution().contains("origin"));
    }
}
