package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the reinforcement learning chapter: one Bellman update by hand, the discounted
 * return of a few rewards, and what the discount γ does to an endless stream of rewards. Learners
 * reach them through {@link Exercises}.
 */
final class ReinforcementExercises {

    private ReinforcementExercises() {
    }

    /** One Q-learning update of one table entry. */
    static Exercise.Builder bellmanUpdateByHand() {
        double q = 0.5, alpha = 0.1, reward = -0.04, gamma = 0.9, bestNext = 0.8;
        double target = reward + gamma * bestNext;                        // 0.68
        double updated = q + alpha * (target - q);                        // 0.518
        return Exercise.builder("One Bellman update by hand")
                .question("An agent's table says Q(s, right) = 0.5. It moves right, gets the reward −0.04 and"
                        + " lands in s′, where the table's largest value is 0.8. With α = 0.1 and γ = 0.9, what"
                        + " is Q(s, right) after the Q-learning update? Answer to 3 decimals.")
                .checker(Checker.number(updated, 1e-4, Map.of(
                        target, "that is the target r + γ·max Q(s′, ·) itself, as if α were 1; the update moves"
                                + " Q(s, right) only a tenth of the way there.",
                        q + alpha * (reward + bestNext - q), "the next state's value is discounted: multiply 0.8"
                                + " by γ = 0.9.",
                        alpha * target, "the update starts from the old value: Q + α·(target − Q).",
                        q + alpha * (gamma * bestNext - q), "the reward −0.04 belongs in the target too.")))
                .hints("The target is r + γ · max Q(s′, ·) = −0.04 + 0.9 · 0.8.",
                        "Move Q(s, right) a fraction α of the way to the target: 0.5 + 0.1 · (target − 0.5).")
                .solution("""
                        double target = -0.04 + 0.9 * 0.8;             // 0.68
                        double updated = 0.5 + 0.1 * (target - 0.5);   // 0.518
                        The target, 0.68, is what this step suggests the entry should be; α = 0.1 moves the
                        entry a tenth of the way, because one step is a noisy sample of what follows.""");
    }

    /** The discounted return of four rewards. */
    static Exercise.Builder discountedReturn() {
        double gamma = 0.9;
        double[] rewards = {-0.04, -0.04, -0.04, 1};
        double g = 0;
        for (int t = rewards.length - 1; t >= 0; t--) {
            g = rewards[t] + gamma * g;                                   // 0.6206
        }
        return Exercise.builder("A discounted return")
                .question("In the grid world an episode gives the rewards −0.04, −0.04, −0.04 and then +1 (the"
                        + " goal). What is its discounted return G = r₀ + γ·r₁ + γ²·r₂ + γ³·r₃ with γ = 0.9?"
                        + " Answer to 3 decimals.")
                .checker(Checker.number(g, 1e-3, Map.of(
                        0.88, "that is the plain sum of the rewards, γ = 1; each later reward is multiplied by"
                                + " one more factor γ.",
                        gamma * g, "the first reward is not discounted: γ⁰ = 1.",
                        -0.04 * 3 + Math.pow(gamma, 4), "the goal's reward is the fourth, r₃: it gets γ³, not γ⁴.")))
                .hints("G = −0.04 + 0.9·(−0.04) + 0.81·(−0.04) + 0.729·1.",
                        "Or backwards from the end: G = 1, then G = −0.04 + 0.9·G three times.")
                .solution("""
                        double g = 0;
                        for (double r : new double[] {1, -0.04, -0.04, -0.04}) g = r + 0.9 * g;   // 0.6206
                        Working backwards, G_t = r_t + γ·G_{t+1}: the same recursion the Bellman equation
                        uses for values.""");
    }

    /** The discounted return of a reward of 1 on every step, forever. */
    static Exercise.Builder discountHorizon() {
        double gamma = 0.95;
        double forever = 1 / (1 - gamma);                                 // 20
        return Exercise.builder("What γ does to a reward that never stops")
                .question("A cart-pole agent earns 1 on every step the pole stays up. Suppose it could balance"
                        + " forever. What is its discounted return 1 + γ + γ² + … with γ = 0.95?")
                .checker(Checker.number(forever, 1e-3, Map.of(
                        gamma / (1 - gamma), "the first reward counts in full: the sum starts at γ⁰ = 1.",
                        1 / (1 - 0.99), "that is the value for γ = 0.99, the DQN's discount.")))
                .hints("It is a geometric series: 1 + γ + γ² + … = 1 / (1 − γ) for γ < 1.",
                        "1 / (1 − 0.95) = 1 / 0.05. Rewards more than about 1 / (1 − γ) steps ahead count little.")
                .solution("""
                        double forever = 1 / (1 - 0.95);   // 20
                        So γ sets a horizon of about 1 / (1 − γ) steps: 20 here, 100 for γ = 0.99. The DQN,
                        with γ = 0.99, values keeping the pole up for the next hundred steps or so.""");
    }

    /** Reading the table of an agent that never explored: where its arrows do not lead to the goal. */
    static Exercise.Builder cellsWithoutAWay() {
        return Exercise.builder("Where the greedy agent is lost")
                .question("Look at the picture \"Without exploration (ε = 0)\" and follow the arrows from each of"
                        + " the 17 free cells (a move into a wall or the edge leaves the agent where it is). From"
                        + " how many free cells do they not lead to the goal? A cell without an arrow counts as"
                        + " lost: the agent has learned nothing there.")
                .checker(Checker.number(4, 0, Map.of(
                        13.0, "that is how many cells do lead to the goal; the question asks for the others.",
                        2.0, "the two cells without an arrow count too: there the agent knows no way at all.",
                        3.0, "check the top-left cell: its arrow points up, off the grid, so the agent stays put.")))
                .hints("An arrow into a wall or off the grid keeps the agent in its cell forever.",
                        "Two cells have no arrow; one arrow points up off the grid and one left into the wall.")
                .solution("""
                        double lost = 17 - 13;   // the count the chapter printed: 13 cells lead to the goal
                        The top-left cell points up off the grid, the cell right of the wall points into it, and
                        the two cells below the pit were never visited. With ε = 0.2 the arrows reached the
                        goal from all or nearly all 17 cells.""");
    }
}
