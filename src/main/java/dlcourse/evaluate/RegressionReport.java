package dlcourse.evaluate;

import dlcourse.train.DataCheck;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How close a network's numeric outputs come to the labels: mean squared error (MSE), its root
 * (RMSE, in the labels' units), mean absolute error (MAE) and R², the fraction of the labels'
 * variance the network explains (1 is perfect, 0 is no better than always predicting the mean).
 * Works for regression and for autoencoders (labels = features).
 *
 * <pre>{@code
 * RegressionReport report = RegressionReport.of(net, test);
 * report.rmse();     // typical error, in the labels' units
 * report.r2();       // 0.97
 * }</pre>
 */
public final class RegressionReport {

    private final int examples;
    private final int outputs;
    private final double mse;
    private final double mae;
    private final double r2;

    private RegressionReport(double[][] actual, double[][] predicted) {
        this.examples = actual.length;
        this.outputs = actual[0].length;
        double squared = 0;
        double absolute = 0;
        for (int i = 0; i < examples; i++) {
            for (int k = 0; k < outputs; k++) {
                double error = predicted[i][k] - actual[i][k];
                squared += error * error;
                absolute += Math.abs(error);
            }
        }
        this.mse = squared / ((double) examples * outputs);
        this.mae = absolute / ((double) examples * outputs);
        this.r2 = meanR2(actual, predicted);
    }

    /**
     * Runs {@code net} on {@code data} and compares every output value with its label. With several
     * outputs the errors are averaged over all values and R² over the outputs.
     */
    public static RegressionReport of(MultiLayerNetwork net, DataSet data) {
        Outputs outputs = Outputs.of(net, data, "test data");
        DataCheck.noteIfUntrained(net, "report");
        return new RegressionReport(outputs.actual, outputs.predicted);
    }

    /** From plain numbers: {@code actual[i]} is example i's label, {@code predicted[i]} the prediction. */
    public static RegressionReport of(double[] actual, double[] predicted) {
        Outputs.checkPaired("RegressionReport", "values", actual, actual == null ? 0 : actual.length,
                predicted, predicted == null ? 0 : predicted.length);
        double[][] a = new double[actual.length][1];
        double[][] p = new double[actual.length][1];
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("RegressionReport expected finite numbers but example " + i
                        + " has actual " + actual[i] + " and predicted " + predicted[i]
                        + "; remove or fill NaN and infinite values first");
            }
            a[i][0] = actual[i];
            p[i][0] = predicted[i];
        }
        return new RegressionReport(a, p);
    }

    /** R² of each output column, averaged; NaN if no column's labels vary. */
    private static double meanR2(double[][] actual, double[][] predicted) {
        int n = actual.length;
        int outputs = actual[0].length;
        double sum = 0;
        int counted = 0;
        for (int k = 0; k < outputs; k++) {
            double mean = 0;
            for (double[] row : actual) {
                mean += row[k];
            }
            mean /= n;
            double residual = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                residual += Math.pow(actual[i][k] - predicted[i][k], 2);
                total += Math.pow(actual[i][k] - mean, 2);
            }
            if (total > 0) {
                sum += 1 - residual / total;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** How many examples (or unmasked time steps) were compared. */
    public int examples() {
        return examples;
    }

    /** Mean squared error: the average of (predicted − actual)². */
    public double mse() {
        return mse;
    }

    /** Root mean squared error: √MSE, in the labels' units. */
    public double rmse() {
        return Math.sqrt(mse);
    }

    /** Mean absolute error: the average of |predicted − actual|. */
    public double mae() {
        return mae;
    }

    /**
     * R² = 1 − (squared error) / (variance of the labels): 1 is perfect, 0 is what predicting the
     * mean gives, below 0 is worse than that. NaN when the labels do not vary.
     */
    public double r2() {
        return r2;
    }

    /** The metrics as a table with columns "metric" and "value". */
    public Table table() {
        return Table.create("regression report",
                StringColumn.create("metric", "MSE", "RMSE", "MAE", "R²"),
                DoubleColumn.create("value", mse(), rmse(), mae(), r2()));
    }

    @Override
    public String toString() {
        return String.format("Regression on %d examples%s: MSE %.4g, RMSE %.4g, MAE %.4g, R² %.4f", examples,
                outputs == 1 ? "" : " × " + outputs + " outputs", mse(), rmse(), mae(), r2());
    }
}
