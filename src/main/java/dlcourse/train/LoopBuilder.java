package dlcourse.train;

import dlcourse.data.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The settings every training run shares, written once: how many epochs, the seed of the
 * shuffling, the live chart, early stopping and callbacks. {@link Trainer#builder()} (a DL4J
 * network) and {@link TrainingLoop#builder()} (a step of your own) both extend it, so each setting
 * has the same name, default, check and message in both.
 *
 * <pre>{@code
 * History history = Trainer.builder().epochs(50).seed(7).live(false)
 *         .earlyStopping("validation accuracy", 5).validation(test)
 *         .build().fit(net, train);
 * }</pre>
 *
 * @param <B> the builder that every setting returns, so that calls chain
 */
public abstract class LoopBuilder<B extends LoopBuilder<B>> {
    private int epochs = 10;
    /** Examples per step; 0 (set only by {@link TrainingLoop.Builder#allAtOnce}) means all, in their order. */
    int batchSize = 32;
    private long seed = 42;
    private Supplier<Random> order = () -> Seeds.random(42);
    private boolean live = true;
    private String monitor;
    private int patience;
    private final List<EpochCallback> callbacks = new ArrayList<>();

    LoopBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** How many passes over the training data (default 10). */
    public B epochs(int epochs) {
        this.epochs = oneOrMore("epochs", epochs, "try 10 and raise it while the loss still falls");
        return self();
    }

    /**
     * How many examples each step sees (default 32). A batch size larger than the data is fine:
     * every epoch is then one batch of all examples (full-batch gradient descent).
     */
    public B batchSize(int batchSize) {
        this.batchSize = oneOrMore("batchSize", batchSize,
                "32 is a good default, and a size larger than the data trains on all examples at once");
        return self();
    }

    /** The seed of the shuffling between epochs (default 42): the same seed, the same order. */
    public B seed(long seed) {
        this.seed = seed;
        this.order = () -> Seeds.random(seed);
        return self();
    }

    /** For {@link TrainingLoop.Builder#random}: this generator shuffles, or null keeps the order. */
    void order(Random random) {
        this.order = () -> random;
    }

    /** Whether to draw a live chart of the loss in the notebook (default true). */
    public B live(boolean live) {
        this.live = live;
        return self();
    }

    /**
     * Stops when {@code metric} has not improved for {@code patience} epochs in a row, and gives
     * the model back its state from the best epoch. Any column of the history can be watched, e.g.
     * {@code "validation accuracy"}: higher is better for accuracies and returns, lower for losses.
     */
    public B earlyStopping(String metric, int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("earlyStopping expected a patience of 1 or more epochs"
                    + " but was given " + patience + "; 5 to 10 is typical");
        }
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("earlyStopping expected a metric name such as \""
                    + History.VALIDATION_LOSS + "\" but was given " + (metric == null ? "null" : "'" + metric + "'"));
        }
        this.monitor = metric;
        this.patience = patience;
        return self();
    }

    /** Code to run after every epoch; may be called several times, the callbacks run in order. */
    public B callback(EpochCallback callback) {
        if (callback == null) {
            throw new IllegalArgumentException("callback expected code to run after every epoch but was"
                    + " given null; e.g. .callback(epoch -> System.out.println(epoch))");
        }
        callbacks.add(callback);
        return self();
    }

    private static int oneOrMore(String setting, int value, String advice) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " expected 1 or more but was given " + value + "; " + advice);
        }
        return value;
    }

    /** The settings as they are now; later calls on this builder do not change them. */
    LoopSettings settings() {
        return new LoopSettings(epochs, batchSize, seed, order, live, monitor, patience, List.copyOf(callbacks));
    }
}
