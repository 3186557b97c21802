package dlcourse.train;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Runs a hyperparameter search: one training per {@link Trial}, done by a function of yours, and
 * the results as a Tablesaw {@link Table} with one row per trial: {@code trial} (1, 2, ...), the
 * trial's settings, the metrics of its {@link History} (from the epoch the network was left with:
 * the best one under early stopping, otherwise the last), {@code epochs} and {@code seconds}.
 * How you make the trials (a grid, random draws) is up to you; sort the table to find the best.
 * A trial whose training diverges is kept, with NaN metrics, so one bad learning rate does not
 * end the search.
 *
 * <pre>{@code
 * List<Trial> trials = List.of(Trial.of("learning rate", 0.001), Trial.of("learning rate", 0.01));
 * Table results = Search.run(trials, trial -> {
 *     MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(16).outputs(3)
 *             .learningRate(trial.get("learning rate")).build();
 *     return Trainer.builder().epochs(20).live(false).validation(split.validation())
 *             .build().fit(net, split.train());
 * });
 * results.sortDescendingOn("validation accuracy")
 * }</pre>
 */
public final class Search {

    public static final String TRIAL = "trial";
    public static final String EPOCHS = "epochs";
    public static final String SECONDS = "seconds";

    private Search() {
    }

    /**
     * Trains once per trial with {@code train} (which builds a fresh network, trains it, usually
     * with {@code .live(false)}, and returns the history) and tabulates the results in trial order.
     */
    public static Table run(List<Trial> trials, Function<Trial, History> train) {
        if (trials == null || trials.isEmpty() || trials.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Search.run expected one or more trials but was given "
                    + (trials == null ? "null" : trials.isEmpty() ? "none" : "a list containing null")
                    + "; make them with Trial.of(\"learning rate\", 0.01).and(\"width\", 32)");
        }
        if (train == null) {
            throw new IllegalArgumentException("Search.run expected a function that trains a network for a"
                    + " trial and returns its History, but was given null");
        }
        List<String> names = trials.get(0).names();
        for (Trial trial : trials) {
            if (!trial.names().equals(names)) {
                throw new IllegalArgumentException("Search.run expected every trial to have the same settings "
                        + names + " but one has " + trial.names() + " (" + trial + "); give all trials the"
                        + " same settings in the same order");
            }
        }
        List<Map<String, Double>> metricRows = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        int[] epochs = new int[trials.size()];
        double[] seconds = new double[trials.size()];
        for (int i = 0; i < trials.size(); i++) {
            long start = System.nanoTime();
            Map<String, Double> row = new LinkedHashMap<>();
            try {
                History history = train.apply(trials.get(i));
                if (history == null) {
                    throw new IllegalArgumentException("Search.run expected the training function to return"
                            + " the History of Trainer...fit(net, data) but it returned null for trial " + (i + 1)
                            + " (" + trials.get(i) + ")");
                }
                int epoch = history.bestEpoch() > 0 ? history.bestEpoch() : history.epochs();
                for (String metric : history.metrics()) {
                    row.put(metric, epoch == 0 ? Double.NaN : history.values(metric)[epoch - 1]);
                    if (!metrics.contains(metric)) {
                        metrics.add(metric);
                    }
                }
                epochs[i] = history.epochs();
            } catch (TrainingDivergedException e) {
                epochs[i] = e.epoch();
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
            metricRows.add(row);
        }
        Table table = Table.create("search: " + trials.size() + " trials");
        table.addColumns(IntColumn.create(TRIAL));
        for (String name : names) {
            // Settings print as given (0.0003, 32), with at most 7 decimals.
            DoubleColumn column = DoubleColumn.create(name);
            column.setPrintFormatter(new NumberColumnFormatter(
                    new DecimalFormat("0.#######", DecimalFormatSymbols.getInstance(Locale.ROOT))));
            table.addColumns(column);
        }
        for (String metric : metrics) {
            DoubleColumn column = DoubleColumn.create(metric);
            column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4));
            table.addColumns(column);
        }
        table.addColumns(IntColumn.create(EPOCHS), DoubleColumn.create(SECONDS));
        for (int i = 0; i < trials.size(); i++) {
            table.intColumn(TRIAL).append(i + 1);
            for (String name : names) {
                table.doubleColumn(name).append(trials.get(i).get(name));
            }
            for (String metric : metrics) {
                table.doubleColumn(metric).append(metricRows.get(i).getOrDefault(metric, Double.NaN));
            }
            table.intColumn(EPOCHS).append(epochs[i]);
            table.doubleColumn(SECONDS).append(Math.round(seconds[i] * 100) / 100.0);
        }
        return table;
    }
}
