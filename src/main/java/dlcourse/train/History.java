package dlcourse.train;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What happened during training, one row per epoch: {@code epoch}, {@code loss} and, where they
 * apply, {@code accuracy}, {@code validation loss} and {@code validation accuracy}. The rows are a
 * Tablesaw {@link Table}, so everything Tablesaw does works on them. It also says how training
 * ended: all epochs, {@link #interrupted()}, or {@link #stoppedEarly()} (with {@link #bestEpoch()}
 * when early stopping gave the network back its best parameters).
 *
 * <pre>{@code
 * History history = Trainer.fit(net, data, 100);
 * history.last("loss");          // the final epoch's loss
 * TrainingPlots.history(history);        // the loss curve
 * history                        // History: 12 of 100 epochs in 2.1 s (stopped early: ...) ...
 * }</pre>
 */
public final class History {

    public static final String EPOCH = "epoch";
    public static final String LOSS = "loss";
    public static final String ACCURACY = "accuracy";
    public static final String VALIDATION_LOSS = "validation loss";
    public static final String VALIDATION_ACCURACY = "validation accuracy";

    // The history of the training that started last: the interrupt button can end a cell before its
    // result is assigned, while the training thread still records and finishes this history.
    private static volatile History latest;

    private final Table table;
    private final int plannedEpochs;
    private boolean interrupted;
    private double seconds;
    private String stopReason = "";
    private int bestEpoch;
    private String bestMetric;
    private String batchName = "batch";

    /**
     * An empty history to fill by hand (a test, a plot of numbers from elsewhere): record one row per
     * epoch with {@link #add}, then {@link #finish}. Training through {@link TrainingLoop} (every
     * trainer of the library) does this for you.
     */
    public static History start(int plannedEpochs, String... metrics) {
        if (metrics == null || metrics.length == 0) {
            throw new IllegalArgumentException("History expected at least one metric name, e.g. \"loss\","
                    + " but was given none");
        }
        return new History(List.of(metrics), plannedEpochs);
    }

    History(List<String> metrics, int plannedEpochs) {
        this.table = Table.create("training history");
        table.addColumns(IntColumn.create(EPOCH));
        for (String metric : metrics) {
            table.addColumns(DoubleColumn.create(metric));
        }
        this.plannedEpochs = plannedEpochs;
    }

    /**
     * The history of the training that started last (or is running now), or null before any. After
     * the interrupt button ends a cell like {@code History history = Trainer.fit(net, data, 100);},
     * {@code history} stays as it was (JShell never assigns it), but the training still records its
     * epochs here and marks it {@link #interrupted()}:
     *
     * <pre>{@code
     * History history = History.latest();
     * TrainingPlots.history(history)
     * }</pre>
     */
    public static History latest() {
        return latest;
    }

    /** Makes {@code history} the one {@link #latest()} returns; called as training starts. */
    static void started(History history) {
        latest = history;
    }

    /** Records one epoch; {@code values} must hold every metric of this history. */
    public void add(int epoch, Map<String, Double> values) {
        for (String metric : metrics()) {
            if (values == null || values.get(metric) == null) {
                throw new IllegalArgumentException("History expected a value for every metric " + metrics()
                        + " but was given " + values + "; add the missing ones");
            }
        }
        table.intColumn(EPOCH).append(epoch);
        for (String metric : metrics()) {
            table.doubleColumn(metric).append(values.get(metric));
        }
    }

    /** Marks how long training took so far and whether it was interrupted. */
    public void finish(double seconds, boolean interrupted) {
        this.seconds = seconds;
        this.interrupted = interrupted;
    }

    /** Records that training ended before the planned epochs, and why (e.g. early stopping). */
    void stoppedEarly(String reason) {
        this.stopReason = reason;
    }

    /** Sets what an epoch's steps are called (see {@link #batchName()}). */
    void batchName(String name) {
        this.batchName = name;
    }

    /** What an epoch is made of, for progress messages: "batch", or "episode" for an agent. */
    public String batchName() {
        return batchName;
    }

    /** "batches", "episodes": the plural of a step's name. */
    static String plural(String name) {
        return name.endsWith("h") || name.endsWith("s") ? name + "es" : name + "s";
    }

    /** Records the epoch whose parameters the network was given back at the end. */
    void bestEpoch(int epoch, String metric) {
        this.bestEpoch = epoch;
        this.bestMetric = metric;
    }

    /**
     * Whether a larger value of {@code metric} is better: accuracies and an agent's returns; losses
     * and errors are better smaller.
     */
    public static boolean higherIsBetter(String metric) {
        if (metric == null) {
            return false;
        }
        String name = metric.toLowerCase(java.util.Locale.ROOT);
        return name.contains("accuracy") || name.contains("return");
    }

    /** The per-epoch rows. Changing this table changes the history. */
    public Table table() {
        return table;
    }

    /** The metric columns, in order (every column but {@code epoch}). */
    public List<String> metrics() {
        return table.columnNames().stream().filter(n -> !n.equals(EPOCH)).collect(Collectors.toList());
    }

    /** How many epochs ran. */
    public int epochs() {
        return table.rowCount();
    }

    /** How many epochs were asked for. */
    public int plannedEpochs() {
        return plannedEpochs;
    }

    /** True when training stopped early because the cell was interrupted. */
    public boolean interrupted() {
        return interrupted;
    }

    /**
     * True when training ended before the planned epochs on purpose: early stopping, or a callback
     * asked to stop. (An interrupt is {@link #interrupted()}.)
     */
    public boolean stoppedEarly() {
        return !stopReason.isEmpty();
    }

    /** Why training stopped early, in words; empty when it did not. */
    public String stopReason() {
        return stopReason;
    }

    /**
     * With early stopping, the epoch whose parameters the network holds after training (the one with
     * the best monitored metric); 0 when early stopping was off.
     */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** Wall time of the whole training, in seconds. */
    public double seconds() {
        return seconds;
    }

    /** One metric, epoch by epoch. */
    public double[] values(String metric) {
        return column(metric).asDoubleArray();
    }

    /** A metric's value after the last epoch. */
    public double last(String metric) {
        DoubleColumn column = column(metric);
        if (column.isEmpty()) {
            throw new IllegalStateException("The history has no epochs yet, so it has no last '"
                    + metric + "'; train for at least one epoch first");
        }
        return column.getDouble(column.size() - 1);
    }

    private DoubleColumn column(String metric) {
        if (!metrics().contains(metric)) {
            throw new IllegalArgumentException("History expected one of the metrics " + metrics()
                    + " but was given '" + metric + "'");
        }
        return table.doubleColumn(metric);
    }

    @Override
    public String toString() {
        String header = "History: " + epochs() + " of " + plannedEpochs + " epochs in "
                + String.format("%.1f s", seconds)
                + (interrupted ? " (interrupted; call fit again to continue)" : "")
                + (stoppedEarly() ? " (stopped early: " + stopReason + ")" : "")
                + (bestEpoch > 0 ? " (best " + bestMetric + " in epoch " + bestEpoch + ", restored)" : "");
        if (epochs() == 0) {
            return header;
        }
        StringBuilder s = new StringBuilder(header);
        for (String metric : metrics()) {
            s.append(String.format("; %s %.4f", metric, last(metric)));
        }
        return s.toString();
    }
}
