package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PerceptronExercisesTest {

    private final Exercise update = Exercises.perceptronUpdate();
    private final Exercise nand = Exercises.nandWeights();
    private final Exercise xor = Exercises.xorHiddenNeurons();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theExercisesAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(update, nand, xor)));
    }

    @Test
    void perceptronUpdateAcceptsTheRuleAppliedOnce() {
        assertTrue(update.check(new double[] {0.3, -0.5, -0.1}).passed());
        assertTrue(update.check(new double[] {0.5 - 0.2, -0.3 - 0.2, 0.1 - 0.2}).passed(), "computed in Java");
    }

    @Test
    void perceptronUpdateNamesTheTypicalMistakes() {
        CheckResult old = update.check(new double[] {0.5, -0.3, 0.1});
        assertEquals(Status.WRONG, old.status());
        assertTrue(old.message().contains("old weights"), old.message());
        assertTrue(old.hint().startsWith("Hint 1 of 3"), old.hint());
        assertTrue(update.check(new double[] {0.7, -0.1, 0.3}).message().contains("wrong way"));
        assertTrue(update.check(new double[] {0.3, -0.5, 0.1}).message().contains("bias changes too"));
        CheckResult other = update.check(new double[] {0.3, -0.4, -0.1});
        assertEquals(Status.WRONG, other.status());
        assertTrue(other.message().contains("element [1]"), other.message());
    }

    @Test
    void perceptronUpdatePlaceholderIsNotAnswered() {
        CheckResult result = update.check(new double[] {Double.NaN, Double.NaN, Double.NaN});
        assertEquals(Status.NOT_ANSWERED, result.status());
        assertEquals(0, update.wrongTries());
        assertEquals(Status.INVALID, update.check(0.3).status());
    }

    @Test
    void nandAcceptsAnyWeightsThatComputeIt() {
        assertTrue(nand.check(new double[] {-1, -1, 1.5}).passed());
        assertTrue(nand.check(new double[] {-2, -2, 3}).passed());
    }

    @Test
    void nandNamesTheFirstInputItGetsWrong() {
        CheckResult and = nand.check(new double[] {1, 1, -1.5});
        assertEquals(Status.WRONG, and.status());
        assertEquals("for input (0, 0) the sum is -1.5, so your neuron outputs 0, but NAND gives 1.",
                and.message());
        CheckResult onTheLine = nand.check(new double[] {-1, -1, 1});
        assertTrue(onTheLine.message().contains("input (0, 1) the sum is 0"), onTheLine.message());
    }

    @Test
    void nandPlaceholderAndBadShapes() {
        assertEquals(Status.NOT_ANSWERED, nand.check(new double[] {Double.NaN, Double.NaN, Double.NaN}).status());
        assertEquals(Status.NOT_ANSWERED, nand.check(null).status());
        assertEquals(Status.INVALID, nand.check(new double[] {1, 2}).status());
        assertEquals(Status.INVALID, nand.check(new double[] {1, Double.NaN, 2}).status());
        assertEquals(0, nand.wrongTries());
    }

    @Test
    void xorNeedsTwoHiddenNeurons() {
        assertTrue(xor.check(2).passed());
        assertTrue(xor.check(2.0).passed());
        assertTrue(xor.check(1).message().contains("one hidden neuron"), xor.check(1).message());
        assertTrue(xor.check(0).message().contains("single neuron"));
        assertTrue(xor.check(4).message().contains("fewer"));
        CheckResult other = xor.check(7);
        assertEquals(Status.WRONG, other.status());
        assertEquals(Status.NOT_ANSWERED, xor.check(Double.NaN).status());
    }
}
