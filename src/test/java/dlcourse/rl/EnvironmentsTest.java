package dlcourse.rl;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {

    @Test
    void gridWorldMovesBumpsIntoWallsAndEndsAtTheGoal() {
        GridWorld grid = GridWorld.classic(1);
        assertArrayEquals(new int[] {3, 0}, grid.cell());
        grid.step(GridWorld.LEFT);                                   // the edge: stays put
        assertArrayEquals(new int[] {3, 0}, grid.cell());
        Environment.Step step = grid.step(GridWorld.UP);
        assertEquals(GridWorld.STEP_REWARD, step.reward());
        assertEquals(1, step.state()[grid.index(2, 0)]);
        grid.step(GridWorld.RIGHT);
        grid.step(GridWorld.UP);                                     // (1, 1) is a wall
        assertArrayEquals(new int[] {2, 1}, grid.cell());
        for (int a : new int[] {GridWorld.RIGHT, GridWorld.RIGHT, GridWorld.UP, GridWorld.UP}) {
            assertFalse(grid.step(a).done());
        }
        assertArrayEquals(new int[] {0, 3}, grid.cell());
        step = grid.step(GridWorld.RIGHT);
        assertTrue(step.done());
        assertEquals(1, step.reward());
        assertMessage(IllegalStateException.class, () -> grid.step(GridWorld.UP), "reset()");
    }

    @Test
    void thePitEndsTheEpisodeWithMinusOne() {
        GridWorld grid = new GridWorld(new String[] {"S.P", "..G"}, 0, 1);
        grid.step(GridWorld.RIGHT);
        Environment.Step step = grid.step(GridWorld.RIGHT);
        assertTrue(step.done());
        assertEquals(-1, step.reward());
    }

    @Test
    void aSlipperyGridSendsAMoveSidewaysAsOftenAsItSays() {
        GridWorld ice = new GridWorld(new String[] {".....", ".....", "..S..", ".....", "....G"}, 0.2, 5);
        int sideways = 0, tries = 4000;
        for (int i = 0; i < tries; i++) {
            ice.reset();
            ice.step(GridWorld.UP);
            sideways += ice.cell()[0] == 2 ? 1 : 0;                  // moved left or right instead of up
        }
        assertEquals(0.2, sideways / (double) tries, 0.02);
    }

    @Test
    void cartPoleTakesTheStepWorkedOutByHand() {
        // From rest, pushing right: a = 10 / 1.1 = 9.0909; θ̈ = −a / (0.5 · (4/3 − 0.1 / 1.1)) = −14.634;
        // ẍ = a − 0.1 · 0.5 · θ̈ / 1.1 = 9.7561. Euler: x and θ keep their old (zero) speeds for this step.
        CartPole pole = new CartPole(1);
        pole.reset(new double[] {0, 0, 0, 0});
        double[] s = pole.step(CartPole.PUSH_RIGHT).state();
        assertEquals(0, s[0], 1e-12);
        assertEquals(0.02 * 9.756097560975, s[1], 1e-9);
        assertEquals(0, s[2], 1e-12);
        assertEquals(0.02 * -14.634146341463, s[3], 1e-9);
    }

    @Test
    void cartPoleEndsWhenThePoleFallsAndRewardsEveryStep() {
        CartPole pole = new CartPole(2);
        pole.reset();
        int steps = 0;
        Environment.Step step;
        do {
            step = pole.step(CartPole.PUSH_RIGHT);                    // always right: it falls over soon
            steps++;
            assertEquals(1, step.reward());
        } while (!step.done());
        assertTrue(steps < 30, "steps " + steps);
        assertTrue(Math.abs(step.state()[2]) > CartPole.MAX_ANGLE || Math.abs(step.state()[0]) > CartPole.MAX_POSITION);
        assertThrows(IllegalStateException.class, () -> pole.step(0));
    }

    @Test
    void aTimeLimitEndsAnEpisodeWithoutMakingItsLastStateTerminal() {
        CartPole pole = new CartPole(2);
        double[] state = pole.reset(new double[4]);
        Environment.Step step = null;
        for (int t = 0; t < pole.maxSteps(); t++) {
            // Push the way the pole leans or falls: enough to keep it up from rest for 200 steps.
            step = pole.step(state[2] + state[3] > 0 ? CartPole.PUSH_RIGHT : CartPole.PUSH_LEFT);
            state = step.state();
            assertEquals(t == pole.maxSteps() - 1, step.done(), "step " + t);
        }
        assertTrue(step.timeUp() && !step.terminal(), "cut off by the clock: the pole is still up, its future counts");
        GridWorld walled = new GridWorld(new String[] {"S#G"}, 0, 1);
        Environment.Step bump = null;
        for (int t = 0; t < walled.maxSteps(); t++) {
            bump = walled.step(GridWorld.RIGHT);  // into the wall, 100 times
        }
        assertTrue(bump.done() && bump.timeUp() && !bump.terminal());
        Environment.Step fallen = fallenStep();
        assertTrue(fallen.terminal() && !fallen.timeUp(), "a fallen pole has no future");
    }

    private static Environment.Step fallenStep() {
        CartPole pole = new CartPole(2);
        pole.reset();
        Environment.Step step;
        do {
            step = pole.step(CartPole.PUSH_RIGHT);
        } while (!step.done());
        return step;
    }

    @Test
    void aRandomAgentLastsAboutTwentyStepsOnCartPole() {
        CartPole pole = new CartPole(3);
        double[] returns = pole.play(pole.randomPolicy(3), 200);
        assertEquals(22, Arrays.stream(returns).average().orElseThrow(), 5);
        List<double[]> states = pole.episode(pole.randomPolicy(4));
        double[] last = states.get(states.size() - 1);
        assertTrue(Math.abs(last[2]) > CartPole.MAX_ANGLE || Math.abs(last[0]) > CartPole.MAX_POSITION,
                "the episode's last state is the one where the pole fell or the cart left");
        assertEquals(4, states.get(0).length);
    }

    @Test
    void countsTheCellsFromWhichAPolicyReachesTheGoal() {
        GridWorld grid = GridWorld.classic(1);
        assertEquals(17, grid.freeCells());
        // Always right: only the top row's four cells run into the goal; row 1 meets the wall or the pit,
        // rows 2 and 3 stop at the right edge.
        assertEquals(4, grid.cellsLeadingToGoal(state -> GridWorld.RIGHT));
        assertEquals(0, grid.cellsLeadingToGoal(state -> GridWorld.UP));
        assertEquals(3, grid.cell()[0], "the grid is back at its start afterwards");
    }

    @Test
    void aSmallGoalEndsTheEpisodeWithLess() {
        GridWorld grid = new GridWorld(new String[] {"gS..G"}, 0, 1);
        Environment.Step step = grid.step(GridWorld.LEFT);
        assertTrue(step.done());
        assertEquals(GridWorld.SMALL_GOAL_REWARD, step.reward());
        grid.reset(0, 2);
        assertEquals(2, grid.cell()[1]);
        assertEquals(1 + 2 * GridWorld.STEP_REWARD, grid.play(state -> GridWorld.RIGHT, 1)[0], 1e-12,
                "play starts each episode from the start cell: two steps, then the goal");
        assertMessage(() -> grid.reset(0, 0), "free cell", "column 0");
    }

    @Test
    void qLearningFindsTheShortestSafePath() {
        GridWorld grid = GridWorld.classic(1);
        QLearning q = QLearning.of(grid, 0.5, 0.9, 0.1, 3);
        double[] returns = q.train(400);
        double greedyReturn = greedyReturn(grid, q::greedyAction, 20);
        assertEquals(1 + 6 * GridWorld.STEP_REWARD, greedyReturn, 1e-12, "7 moves, the last into the goal");
        assertTrue(returns[returns.length - 1] > returns[0], "later episodes return more");
    }

    @Test
    void refusesBadSettings() {
        assertMessage(() -> new GridWorld(new String[] {"S.G", ".."}, 0, 1), "row 1");
        assertMessage(() -> new GridWorld(new String[] {"..G"}, 0, 1), "start cell 'S'");
        assertMessage(() -> new GridWorld(new String[] {"S.G"}, 1, 1), "slip");
        assertMessage(() -> GridWorld.classic(1).step(4), "from 0 to 3");
        assertMessage(() -> QLearning.of(GridWorld.classic(1), 2, 0.9, 0.1, 1), "learning rate α", "given 2.0");
        assertMessage(() -> QLearning.of(new CartPole(1), 0.5, 0.9, 0.1, 1).train(1), "one-hot");
        assertMessage(() -> new CartPole(1).reset(new double[3]), "4 numbers");
    }

    /** The return of one episode in which {@code policy} picks every action (at most {@code maxSteps}). */
    static double greedyReturn(Environment env, ToIntFunction<double[]> policy, int maxSteps) {
        double[] state = env.reset();
        double total = 0;
        for (int t = 0; t < maxSteps; t++) {
            Environment.Step step = env.step(policy.applyAsInt(state));
            total += step.reward();
            state = step.state();
            if (step.done()) {
                break;
            }
        }
        return total;
    }
}
