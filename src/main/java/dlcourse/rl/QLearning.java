package dlcourse.rl;

import dlcourse.data.Seeds;
import java.util.Arrays;
import java.util.Random;

/**
 * Tabular Q-learning on an environment with few states (one-hot states, such as a {@link
 * GridWorld}): a table holds Q(s, a), the return expected from taking action a in state s and
 * acting well afterwards, and every step moves one entry towards the Bellman target:
 *
 * <pre>
 *   Q(s, a) ← Q(s, a) + α · (r + γ · max_a' Q(s', a') − Q(s, a))
 * </pre>
 *
 * (without the max term when the step reached a terminal state; an episode cut off by the time
 * limit keeps it). Actions are chosen ε-greedily: a random action with probability ε, else the
 * best one in the table.
 *
 * <pre>{@code
 * QLearning q = QLearning.of(GridWorld.classic(1), 0.5, 0.9, 0.1, 3);
 * double[] returns = q.train(300);            // the return of each episode
 * q.values();  q.greedyAction(state);
 * }</pre>
 */
public final class QLearning {

    private final Environment env;
    private final double alpha, gamma, epsilon;
    private final double[][] q;
    private final Random random;

    private QLearning(Environment env, double alpha, double gamma, double epsilon, long seed) {
        this.env = env;
        this.alpha = alpha;
        this.gamma = gamma;
        this.epsilon = epsilon;
        this.q = new double[env.stateSize()][env.actions()];
        this.random = Seeds.random(seed);
    }

    /** Q-learning with learning rate α, discount γ and exploration ε, on a table of zeros. */
    public static QLearning of(Environment env, double alpha, double gamma, double epsilon, long seed) {
        if (env == null) {
            throw new IllegalArgumentException("QLearning expected an environment but was given null; e.g."
                    + " GridWorld.classic(1)");
        }
        check("a learning rate α", alpha, 0, 1, "0.1 to 0.5 are usual");
        check("a discount γ", gamma, 0, 1, "0.9 to 0.99 are usual");
        check("an exploration rate ε", epsilon, 0, 1, "0.1 is usual; 0 never explores");
        return new QLearning(env, alpha, gamma, epsilon, seed);
    }

    /** Runs {@code episodes} episodes, learning as it goes; returns each episode's return (sum of rewards). */
    public double[] train(int episodes) {
        if (episodes < 1) {
            throw new IllegalArgumentException("train expected 1 or more episodes but was given " + episodes);
        }
        double[] returns = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            int s = stateOf(env.reset());
            boolean done = false;
            while (!done) {
                int a = random.nextDouble() < epsilon ? random.nextInt(env.actions()) : best(s);
                Environment.Step step = env.step(a);
                int next = stateOf(step.state());
                double target = step.reward() + (step.terminal() ? 0 : gamma * q[next][best(next)]);
                q[s][a] += alpha * (target - q[s][a]);   // the Bellman update
                returns[e] += step.reward();
                s = next;
                done = step.done();
            }
        }
        return returns;
    }

    /** The action with the largest Q-value in a state (the first of equals). */
    public int greedyAction(double[] state) {
        return best(stateOf(state));
    }

    /** The table: {@code values()[s][a]} is Q(s, a); a copy. */
    public double[][] values() {
        return Arrays.stream(q).map(double[]::clone).toArray(double[][]::new);
    }

    private int best(int s) {
        return bestOf(q[s]);
    }

    /** The index of the largest of {@code values} (the first of equals): the greedy action for a row of Q-values. */
    public static int bestOf(double[] values) {
        int best = 0;
        for (int a = 1; a < values.length; a++) {
            if (values[a] > values[best]) {
                best = a;
            }
        }
        return best;
    }

    private static int stateOf(double[] oneHot) {
        for (int i = 0; i < oneHot.length; i++) {
            if (oneHot[i] == 1) {
                return i;
            }
        }
        throw new IllegalArgumentException("QLearning expected one-hot states (a table needs numbered states)"
                + " but a state had no 1; use an environment with few states, such as GridWorld");
    }

    private static void check(String what, double value, double low, double high, String hint) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException("QLearning expected " + what + " from " + low + " to " + high
                    + " but was given " + value + "; " + hint);
        }
    }
}
