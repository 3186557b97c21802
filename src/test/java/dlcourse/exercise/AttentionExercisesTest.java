package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.nets.Transformer;
import dlcourse.scratch.ScratchAttention;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttentionExercisesTest {

    private final Exercise weight = Exercises.attentionWeightByHand();
    private final Exercise parameters = Exercises.transformerBlockParameters();
    private final Exercise mask = Exercises.causalMaskZeros();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(List.of(weight, parameters, mask)));
    }

    @Test
    void theAttentionWeightIsWhatTheScratchAttentionComputes() {
        double[][] q = {{1, 0, 1, 0}}, k = {{2, 0, 0, 1}, {0, 1, 0, 2}}, v = {{1}, {0}};
        double computed = ScratchAttention.attend(q, k, v, true, false).weights()[0][0];
        assertTrue(weight.check(computed).passed());
        assertTrue(weight.check(Math.exp(2) / (Math.exp(2) + 1)).message().contains("√d"));
        assertEquals(Status.WRONG, weight.check(0.7).status());
        assertEquals(Status.NOT_ANSWERED, weight.check(Double.NaN).status());
        assertTrue(weight.solution().contains("0.731"));
    }

    @Test
    void theParameterCountIsTheLibrarysBlock() {
        // The library's block with d = 64, 4 heads and 256 hidden units, less the embedding and output.
        long block = Transformer.builder().tokens(2).length(4).size(64).heads(4).feedForward(256).outputs(2)
                .build().getLayer(2).numParams();
        assertEquals(49_728, block);
        assertTrue(parameters.check(block).passed());
        assertTrue(parameters.check(3 * 64 * 64 + 2 * 64 * 256 + 256 + 64 + 4 * 64).message().contains("W_o"));
        assertTrue(parameters.check(64 * 64 + 2 * 64 * 256 + 256 + 64 + 4 * 64).message().contains("heads"));
        assertTrue(parameters.solution().contains("49,728"));
    }

    @Test
    void theMaskHidesTheUpperTriangle() {
        assertTrue(mask.check(45).passed());
        assertTrue(mask.check(55).message().contains("diagonal"));
        assertTrue(mask.check(90).message().contains("both sides"));
        assertEquals(Status.WRONG, mask.check(44).status());
    }
}
