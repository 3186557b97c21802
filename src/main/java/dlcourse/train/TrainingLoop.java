package dlcourse.train;

import dlcourse.data.Batches;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The one training loop of the library: {@link Trainer}, the VAE, the GAN and the scratch network
 * all run through it, each plugging in its {@link TrainingStep}. Per epoch it shuffles the row
 * numbers, hands them to the step a mini-batch at a time and averages what the step reports; it
 * stops after the current batch when the notebook's interrupt button is pressed (the model keeps
 * what it learned), stops with advice when a value becomes NaN or infinite (restoring the best
 * epoch's state if it kept one), records a {@link History}, runs callbacks, stops early when a
 * monitored metric stops improving, and shows the run on the {@link TrainingDisplay}.
 *
 * <pre>{@code
 * History history = TrainingLoop.builder().epochs(20).batchSize(32).seed(7).build().run(step);
 * }</pre>
 */
public final class TrainingLoop {

    private final LoopSettings settings;
    private final Random random;
    private boolean estimated;   // the time estimate was made (once per run)
    private long startNanos;     // when the current run started

    // Loops running on each thread (nested ones count): StopOnInterrupt leaves those to stop by themselves.
    private static final ThreadLocal<int[]> RUNNING = ThreadLocal.withInitial(() -> new int[1]);

    // After this long the pace is known; trainings longer than LONG_SECONDS say so.
    private static final double ESTIMATE_AFTER_SECONDS = 3;
    private static final double LONG_SECONDS = 60;

    TrainingLoop(LoopSettings settings) {
        this.settings = settings;
        this.random = settings.order().get();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains with {@code step}; returns the history, also when training was interrupted or stopped early. */
    public History run(TrainingStep step) {
        if (step.examples() < 1) {
            throw new IllegalArgumentException("Training expected 1 or more examples but was given "
                    + step.examples() + "; pass the training data");
        }
        List<String> metrics = step.epochMetrics();
        int epochs = settings.epochs();
        String monitor = settings.monitor();
        if (monitor != null && !metrics.contains(monitor)) {
            throw new IllegalArgumentException("Early stopping expected one of the metrics this training"
                    + " records " + metrics + " but was given '" + monitor + "'; choose one of those");
        }
        History history = new History(metrics, epochs);
        history.batchName(step.batchName());
        History.started(history);
        TrainingDisplay display = settings.live() ? TrainingDisplay.create() : TrainingDisplay.NONE;
        Best best = monitor == null ? null : new Best(monitor, History.higherIsBetter(monitor));
        long start = System.nanoTime();
        boolean interrupted = false;
        String stopReason = null;
        estimated = false;
        startNanos = start;
        step.start();
        RUNNING.get()[0]++;
        try {
            for (int epoch = 1; epoch <= epochs && stopReason == null; epoch++) {
                Map<String, Double> averages = trainOneEpoch(step, epoch, history, display, best);
                if (averages == null) {
                    interrupted = true;
                    break;
                }
                Map<String, Double> row = step.endEpoch(epoch, averages);
                history.add(epoch, row);
                history.finish(seconds(start), false);
                int stale = best == null ? 0 : best.offer(epoch, row.get(monitor), step);
                if (best != null && stale >= settings.patience() && epoch < epochs) {
                    stopReason = monitor + " did not improve for " + settings.patience() + " epoch"
                            + (settings.patience() == 1 ? "" : "s");
                }
                EpochResult result = new EpochResult(epoch, row, step.network(), history);
                for (EpochCallback callback : settings.callbacks()) {
                    callback.afterEpoch(result);
                }
                if (result.stopRequested() && epoch < epochs && stopReason == null) {
                    stopReason = result.stopReason();
                }
                display.epochDone(history);
            }
            if (best != null && best.epoch > 0) {
                best.restore();
                history.bestEpoch(best.epoch, monitor);
            }
        } finally {
            RUNNING.get()[0]--;
            step.finish();
        }
        if (stopReason != null) {
            history.stoppedEarly(stopReason);
        }
        history.finish(seconds(start), interrupted);
        if (history.epochs() > 0) {
            display.finished(history);
        }
        report(history, step, best);
        return history;
    }

    /**
     * One pass over the examples in shuffled mini-batches; the batch metrics averaged over the
     * batches, or null when the thread was interrupted (checked before every batch, so training
     * stops within one batch).
     */
    private Map<String, Double> trainOneEpoch(TrainingStep step, int epoch, History history, TrainingDisplay display,
                                              Best best) {
        int n = step.examples();
        int batchSize = settings.batchSize();
        // All examples at once (batch size 0) or no generator: the examples in their order.
        int[] order = random == null || batchSize == 0 ? inOrder(n) : Batches.shuffledOrder(n, random);
        int size = batchSize > 0 ? batchSize : n;
        int batches = (n + size - 1) / size;
        List<String> names = step.metrics();
        double[] sums = new double[names.size()];
        long epochStart = System.nanoTime();
        int done = 0;
        for (int from = 0; from < n; from += size) {
            if (Thread.currentThread().isInterrupted()) {
                return null;
            }
            double[] values = step.train(Arrays.copyOfRange(order, from, Math.min(n, from + size)), epoch);
            for (int m = 0; m < sums.length; m++) {
                if (!Double.isFinite(values[m])) {
                    if (best != null) {
                        best.restore();
                    }
                    throw new TrainingDivergedException(epoch, values[m],
                            step.divergenceAdvice(epoch, names.get(m), values[m]));
                }
                sums[m] += values[m];
            }
            done++;
            display.batchDone(history, epoch, done, batches, seconds(epochStart));
            double sinceStart = seconds(startNanos);
            if (!estimated && sinceStart >= ESTIMATE_AFTER_SECONDS) {
                estimated = true;
                announceIfLong(step, sinceStart / ((epoch - 1) * batches + done), batches);
            }
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        for (int m = 0; m < sums.length; m++) {
            averages.put(names.get(m), sums[m] / done);
        }
        return averages;
    }

    /** Whether a training loop of the library runs on the calling thread (see {@link StopOnInterrupt}). */
    static boolean runningOnThisThread() {
        return RUNNING.get()[0] > 0;
    }

    /**
     * A training that will take more than a minute says so once, a few seconds in, with its
     * estimate: without it a large network on a large data set looks the same as a stuck one.
     */
    private void announceIfLong(TrainingStep step, double secondsPerBatch, int batchesPerEpoch) {
        int epochs = settings.epochs();
        double total = secondsPerBatch * batchesPerEpoch * epochs;
        if (total > LONG_SECONDS) {
            String unit = step.batchName();
            System.out.printf(Locale.ROOT, "This training will take about %s (%d epoch%s of %d %s, %.2f s per"
                    + " %s). The interrupt button stops it after the current %s; %s keeps what it learned.%n",
                    duration(total), epochs, epochs == 1 ? "" : "s", batchesPerEpoch, History.plural(unit),
                    secondsPerBatch, unit, unit, step.name());
        }
    }

    private static String duration(double seconds) {
        if (seconds < 120) {
            return Math.round(seconds) + " s";
        }
        return seconds < 7200 ? Math.round(seconds / 60) + " min" : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    private static int[] inOrder(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }

    private void report(History history, TrainingStep step, Best best) {
        String restored = best != null && best.epoch > 0
                ? "the parameters of epoch " + best.epoch + ", the best " + best.metric + String.format(" (%.4f)", best.value)
                : null;
        if (history.interrupted()) {
            System.err.println("Training interrupted after " + history.epochs() + " of " + settings.epochs()
                    + " epochs. "
                    + capitalized(step.name()) + " keeps " + (restored != null ? restored : "what it learned so far")
                    + " and can be used, or trained further by training again; History.latest() has the"
                    + " history so far.");
        } else if (history.stoppedEarly()) {
            System.out.println("Stopped early after epoch " + history.epochs() + " of " + settings.epochs() + ": "
                    + history.stopReason() + "." + (restored != null ? " " + capitalized(step.name()) + " has "
                    + restored + "." : ""));
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The best epoch so far by the monitored metric, with a way back to the model's state then. */
    private static final class Best {
        final String metric;
        final boolean higherIsBetter;
        int epoch;
        double value;
        Runnable restorer;
        int epochsWithoutImprovement;

        Best(String metric, boolean higherIsBetter) {
            this.metric = metric;
            this.higherIsBetter = higherIsBetter;
        }

        /** Records the epoch; returns how many epochs in a row brought no improvement. */
        int offer(int epoch, double value, TrainingStep step) {
            boolean better = this.epoch == 0 || (higherIsBetter ? value > this.value : value < this.value);
            if (better) {
                this.epoch = epoch;
                this.value = value;
                restorer = step.checkpoint();
                epochsWithoutImprovement = 0;
            } else {
                epochsWithoutImprovement++;
            }
            return epochsWithoutImprovement;
        }

        void restore() {
            if (restorer != null) {
                restorer.run();
            }
        }
    }

    /** Settings of a {@link TrainingLoop}: those of every run ({@link LoopBuilder}) and the order of the examples. */
    public static final class Builder extends LoopBuilder<Builder> {

        private Builder() {
        }

        /** Every step sees all examples, in their order: one epoch is one step of full-batch gradient descent. */
        public Builder allAtOnce() {
            this.batchSize = 0;
            return this;
        }

        /** The order of the examples: shuffled each epoch by this generator; null keeps their order. */
        public Builder random(Random random) {
            order(random);
            return this;
        }

        public TrainingLoop build() {
            return new TrainingLoop(settings());
        }
    }
}
