package dlcourse.rl;

import dlcourse.data.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * A world an agent acts in, one step at a time: it shows a state, takes an action, and answers
 * with the next state, a reward and whether the episode has ended.
 *
 * <pre>{@code
 * Environment env = new CartPole(7);
 * double[] state = env.reset();
 * Environment.Step step = env.step(1);          // push the cart to the right
 * step.reward();  step.done();  step.state();
 * }</pre>
 *
 * States are arrays of numbers (what a network reads); actions are numbered 0 to actions() − 1.
 */
public interface Environment {

    /**
     * What one step returned: the next state, the reward for the step, whether the episode ended,
     * and whether it ended only because time ran out ({@link #maxSteps()}).
     */
    record Step(double[] state, double reward, boolean done, boolean timeUp) {

        /** A step that did not end for lack of time. */
        public Step(double[] state, double reward, boolean done) {
            this(state, reward, done, false);
        }

        /**
         * Whether the episode ended in a state with no future: the goal, a pit, a fallen pole. An
         * episode cut off by the time limit is not terminal: its next state still has a value, and
         * learning must count it (treating the cut as an end teaches the agent that a good state
         * is worth nothing whenever the clock happens to run out there).
         */
        public boolean terminal() {
            return done && !timeUp;
        }
    }

    /** Starts a new episode and returns its first state. */
    double[] reset();

    /** Takes {@code action} in the current state. */
    Step step(int action);

    /** How many actions there are; they are numbered 0 to actions() − 1. */
    int actions();

    /** How many numbers describe a state. */
    int stateSize();

    /** The most steps an episode may last; it ends there even if nothing else ended it. */
    int maxSteps();

    /**
     * Plays {@code episodes} episodes choosing actions with {@code policy} (state → action), without
     * learning; returns each episode's return (sum of rewards). E.g. {@code env.play(agent::act, 20)}.
     */
    default double[] play(ToIntFunction<double[]> policy, int episodes) {
        if (policy == null || episodes < 1) {
            throw new IllegalArgumentException("play expected a policy (state → action, e.g. agent::act or"
                    + " env.randomPolicy(1)) and 1 or more episodes but was given " + (policy == null ? "no policy"
                    + " and " : "") + episodes + " episodes");
        }
        double[] returns = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            returns[e] = run(this, policy, null);
        }
        return returns;
    }

    /** The states of one episode played with {@code policy}, the first state included: for pictures. */
    default List<double[]> episode(ToIntFunction<double[]> policy) {
        if (policy == null) {
            throw new IllegalArgumentException("episode expected a policy (state → action), e.g. agent::act,"
                    + " but was given null");
        }
        List<double[]> states = new ArrayList<>();
        run(this, policy, states);
        return states;
    }

    /** A policy that picks every action with equal probability: the baseline an agent must beat. */
    default ToIntFunction<double[]> randomPolicy(long seed) {
        Random random = Seeds.random(seed);
        return state -> random.nextInt(actions());
    }

    /** Plays one episode; returns its return, and adds its states to {@code states} unless that is null. */
    private static double run(Environment env, ToIntFunction<double[]> policy, List<double[]> states) {
        double[] state = env.reset();
        if (states != null) {
            states.add(state);
        }
        double total = 0;
        boolean done = false;
        while (!done) {
            Step step = env.step(policy.applyAsInt(state));
            total += step.reward();
            state = step.state();
            if (states != null) {
                states.add(state);
            }
            done = step.done();
        }
        return total;
    }
}
