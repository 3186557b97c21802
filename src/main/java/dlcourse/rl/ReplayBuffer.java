package dlcourse.rl;

import dlcourse.data.Seeds;
import java.util.Random;

/**
 * Experience replay: the last {@code capacity} steps an agent took (state, action, reward, next
 * state, whether it was terminal), from which training draws random mini-batches. Consecutive
 * steps are nearly alike; drawing them at random from many episodes gives the network examples
 * that are closer to independent, and lets every step be learned from more than once.
 *
 * <pre>{@code
 * ReplayBuffer buffer = new ReplayBuffer(10_000, 4, 1);
 * buffer.add(state, action, step);
 * ReplayBuffer.Batch batch = buffer.sample(32);
 * }</pre>
 */
public final class ReplayBuffer {

    /** A mini-batch of steps, one row per step. */
    public record Batch(double[][] states, int[] actions, double[] rewards, double[][] nextStates, boolean[] terminal) {
    }

    private final double[][] states, nextStates;
    private final int[] actions;
    private final double[] rewards;
    private final boolean[] terminal;
    private final Random random;
    private final int stateSize;
    private int size, next;

    /** A buffer for steps of states with {@code stateSize} numbers; the oldest step goes when it is full. */
    public ReplayBuffer(int capacity, int stateSize, long seed) {
        if (capacity < 1 || stateSize < 1) {
            throw new IllegalArgumentException("ReplayBuffer expected a capacity and a state size of 1 or more but"
                    + " was given " + capacity + " and " + stateSize + "; e.g. new ReplayBuffer(10_000, 4, 1)");
        }
        states = new double[capacity][];
        nextStates = new double[capacity][];
        actions = new int[capacity];
        rewards = new double[capacity];
        terminal = new boolean[capacity];
        random = Seeds.random(seed);
        this.stateSize = stateSize;
    }

    /** Keeps the step taken from {@code state} with {@code action}. */
    public void add(double[] state, int action, Environment.Step step) {
        if (state == null || step == null || state.length != stateSize || step.state().length != stateSize) {
            throw new IllegalArgumentException("ReplayBuffer expected states of " + stateSize + " numbers and a step"
                    + " but was given " + (state == null ? "no state" : state.length + " numbers")
                    + (step == null ? " and no step" : "") + "; pass the state the action was taken in and"
                    + " what env.step(action) returned");
        }
        states[next] = state.clone();
        actions[next] = action;
        rewards[next] = step.reward();
        nextStates[next] = step.state().clone();
        terminal[next] = step.terminal();
        next = (next + 1) % states.length;
        size = Math.min(size + 1, states.length);
    }

    /** {@code n} steps drawn at random (with replacement) from those kept. */
    public Batch sample(int n) {
        if (size == 0 || n < 1) {
            throw new IllegalArgumentException("sample expected a batch of 1 or more from a buffer with steps but was"
                    + " given " + n + " with " + size + " steps kept; add steps first");
        }
        Batch batch = new Batch(new double[n][], new int[n], new double[n], new double[n][], new boolean[n]);
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(size);
            batch.states()[i] = states[j];
            batch.actions()[i] = actions[j];
            batch.rewards()[i] = rewards[j];
            batch.nextStates()[i] = nextStates[j];
            batch.terminal()[i] = terminal[j];
        }
        return batch;
    }

    /** How many steps are kept. */
    public int size() {
        return size;
    }
}
