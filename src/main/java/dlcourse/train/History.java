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
 * Tablesaw {@link Table}, so everything Tablesaw does works on them.
 *
 * <pre>{@code
 * History history = Trainer.fit(net, data, 100);
 * history.last("loss");          // the final epoch's loss
 * Plots.history(history);        // the loss curve
 * }</pre>
 */
public final class History {

    public static final String EPOCH = "epoch";
    public static final String LOSS = "loss";
    public static final String ACCURACY = "accuracy";
    public static final String VALIDATION_LOSS = "validation loss";
    public static final String VALIDATION_ACCURACY = "validation accuracy";

    private final Table table;
    private final int plannedEpochs;
    private boolean interrupted;
    private double seconds;

    History(List<String> metrics, int plannedEpochs) {
        this.table = Table.create("training history");
        table.addColumns(IntColumn.create(EPOCH));
        for (String metric : metrics) {
            table.addColumns(DoubleColumn.create(metric));
        }
        this.plannedEpochs = plannedEpochs;
    }

    void add(int epoch, Map<String, Double> values) {
        table.intColumn(EPOCH).append(epoch);
        for (String metric : metrics()) {
            table.doubleColumn(metric).append(values.get(metric));
        }
    }

    void finish(double seconds, boolean interrupted) {
        this.seconds = seconds;
        this.interrupted = interrupted;
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
                + String.format("%.1f s", seconds) + (interrupted ? " (interrupted)" : "");
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
