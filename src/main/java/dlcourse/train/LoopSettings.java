package dlcourse.train;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A training run's settings as a {@link LoopBuilder} was given them. Immutable, so a
 * {@link Trainer} runs the same settings each time it fits: {@code order} hands every run its own
 * shuffling generator (or null, for the examples in their order).
 */
record LoopSettings(int epochs, int batchSize, long seed, Supplier<Random> order, boolean live, String monitor,
                    int patience, List<EpochCallback> callbacks) {
}
