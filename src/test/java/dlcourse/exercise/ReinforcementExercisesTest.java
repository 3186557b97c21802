package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.rl.GridWorld;
import dlcourse.rl.QLearning;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReinforcementExercisesTest {

    private final Exercise update = Exercises.bellmanUpdateByHand();
    private final Exercise discounted = Exercises.discountedReturn();
    private final Exercise horizon = Exercises.discountHorizon();
    private final Exercise lost = Exercises.cellsWithoutAWay();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(List.of(update, discounted, horizon, lost)));
    }

    @Test
    void theUpdateFollowsTheRuleQLearningUses() {
        double updated = 0.5 + 0.1 * (-0.04 + 0.9 * 0.8 - 0.5);   // Q + α·(r + γ·max Q(s′, ·) − Q)
        assertEquals(0.518, updated, 1e-12);
        assertTrue(update.check(updated).passed());
        assertTrue(update.check(0.68).message().contains("α"));
        assertTrue(update.check(0.526).message().contains("γ"));
        assertEquals(Status.WRONG, update.check(0.6).status());
        assertEquals(Status.NOT_ANSWERED, update.check(Double.NaN).status());
    }

    @Test
    void theDiscountedReturnAndTheHorizon() {
        assertTrue(discounted.check(0.6206).passed());
        assertTrue(discounted.check(0.88).message().contains("γ = 1"));
        assertTrue(discounted.solution().contains("0.6206"));
        assertTrue(horizon.check(20).passed());
        assertTrue(horizon.check(19).message().contains("γ⁰"));
        assertTrue(horizon.check(100).message().contains("0.99"));
    }

    @Test
    void theLostCellsAreThoseOfTheLibrarysGreedyAgent() {
        // The chapter's agent without exploration: ε = 0 draws no random number, so this is its table on any machine.
        GridWorld grid = GridWorld.classic(1);
        QLearning greedyOnly = QLearning.of(grid, 0.5, 0.9, 0.0, 1);
        greedyOnly.train(300);
        double lostCells = grid.freeCells() - grid.cellsLeadingToGoal(greedyOnly::greedyAction);
        assertTrue(lost.check(lostCells).passed(), "lost cells: " + lostCells);
        assertTrue(lost.check(13).message().contains("the others"));
        assertTrue(lost.check(2).message().contains("without an arrow"));
    }
}
