package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegularizationExercisesTest {

    private final Exercise l2 = Exercises.l2Penalty();
    private final Exercise dropout = Exercises.dropoutKeptUnits();
    private final Exercise early = Exercises.earlyStoppingEpochs();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(l2, dropout, early)));
    }

    @Test
    void l2PenaltyRightWrongAndPlaceholder() {
        assertTrue(l2.check(0.01 / 2 * 5.25).passed());
        assertTrue(l2.check(0.02625).passed());
        CheckResult withoutHalf = l2.check(0.0525);
        assertEquals(Status.WRONG, withoutHalf.status());
        assertTrue(withoutHalf.message().contains("factor 1/2"), withoutHalf.message());
        assertTrue(l2.check(0.0175).message().contains("L1"), "the absolute values are L1");
        assertEquals(Status.WRONG, l2.check(0.3).status());
        assertEquals(Status.NOT_ANSWERED, l2.check(Double.NaN).status());
        assertTrue(l2.solution().contains("0.02625"));
    }

    @Test
    void dropoutKeptUnitsRightWrongAndPlaceholder() {
        assertTrue(dropout.check(140).passed());
        assertTrue(dropout.check(140.0).passed());
        assertTrue(dropout.check(60).message().contains("dropped"), dropout.check(60).message());
        assertTrue(dropout.check(0.7).message().contains("fraction kept"));
        assertEquals(Status.WRONG, dropout.check(100).status());
        assertEquals(Status.NOT_ANSWERED, dropout.check(Double.NaN).status());
    }

    @Test
    void earlyStoppingEpochsRightWrongAndPlaceholder() {
        assertTrue(early.check(new int[] {7, 10}).passed());
        assertTrue(early.check(new double[] {7, 10}).passed());
        assertEquals(Status.WRONG, early.check(new int[] {5, 8}).status(), "epoch 7 improves on epoch 5");
        assertEquals(Status.WRONG, early.check(new int[] {7, 12}).status(), "it stops before the end");
        assertEquals(Status.WRONG, early.check(new int[] {7}).status());
        assertEquals(Status.NOT_ANSWERED, early.check((Object) null).status());
        assertTrue(early.question().contains("0.35"), early.question());
    }
}
