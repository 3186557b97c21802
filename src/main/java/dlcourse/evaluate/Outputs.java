package dlcourse.evaluate;

import dlcourse.train.DataCheck;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A network's outputs next to the labels, as plain rows: one per example, or one per (example, time
 * step) for sequence labels {@code [n, k, time]}, leaving out masked steps.
 */
final class Outputs {

    /** Examples per forward pass: bounds the memory a CNN needs for a large test set. */
    private static final int CHUNK = 512;

    final double[][] predicted;
    final double[][] actual;
    final int[] example;
    final int[] step;   // null unless the labels are sequences

    private Outputs(double[][] predicted, double[][] actual, int[] example, int[] step) {
        this.predicted = predicted;
        this.actual = actual;
        this.example = example;
        this.step = step;
    }

    /**
     * Refuses actual and predicted arrays that are missing, empty or of different lengths, naming the
     * report and what the arrays hold (e.g. "classes", "values").
     */
    static void checkPaired(String report, String items, Object actual, int actualLength, Object predicted,
            int predictedLength) {
        if (actual == null || predicted == null) {
            throw new IllegalArgumentException(report + " expected actual and predicted " + items + " but was"
                    + " given null " + (actual == null ? "actual " : "predicted ") + items);
        }
        if (actualLength == 0) {
            throw new IllegalArgumentException(report + " expected at least one example but was given"
                    + " none; check that the test data is not empty");
        }
        if (actualLength != predictedLength) {
            throw new IllegalArgumentException(report + " expected one prediction per example but was"
                    + " given " + actualLength + " actual and " + predictedLength + " predicted " + items + ";"
                    + " make both arrays the same length");
        }
    }

    static Outputs of(MultiLayerNetwork net, DataSet data, String what) {
        DataCheck.check(net, data, what);
        INDArray output = output(net, data.getFeatures(), data.getFeaturesMaskArray(), data.getLabelsMaskArray());
        INDArray labels = data.getLabels();
        if (labels.rank() == 2) {
            int n = (int) labels.size(0);
            int[] example = new int[n];
            java.util.Arrays.setAll(example, i -> i);
            return new Outputs(toRows(output), toRows(labels), example, null);
        }
        if (labels.rank() != 3) {
            throw new IllegalArgumentException("Evaluation expected labels of shape [examples, outputs] or"
                    + " [examples, outputs, time steps] but the " + what + " has labels of rank " + labels.rank()
                    + "; compare outputs of other shapes with Predictions.predict(net, features) yourself");
        }
        INDArray mask = data.getLabelsMaskArray();
        int n = (int) labels.size(0);
        int k = (int) labels.size(1);
        int steps = (int) labels.size(2);
        double[][][] out = toCube(output);
        double[][][] lab = toCube(labels);
        double[][] maskValues = mask == null ? null : mask.castTo(DataType.DOUBLE).toDoubleMatrix();
        List<double[]> predicted = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < steps; t++) {
                if (maskValues != null && maskValues[i][t] == 0) {
                    continue;
                }
                double[] p = new double[k];
                double[] a = new double[k];
                for (int c = 0; c < k; c++) {
                    p[c] = out[i][c][t];
                    a[c] = lab[i][c][t];
                }
                predicted.add(p);
                actual.add(a);
                where.add(new int[] {i, t});
            }
        }
        if (predicted.isEmpty()) {
            throw new IllegalArgumentException("Evaluation expected at least one time step whose label is"
                    + " not masked, but the labels mask of the " + what + " is all 0; check the mask"
                    + " (1 marks the steps to count)");
        }
        return new Outputs(predicted.toArray(new double[0][]), actual.toArray(new double[0][]),
                where.stream().mapToInt(w -> w[0]).toArray(), where.stream().mapToInt(w -> w[1]).toArray());
    }

    /** {@code net.output} in chunks, checking for an interrupt between them. */
    static INDArray output(MultiLayerNetwork net, INDArray features, INDArray featuresMask, INDArray labelsMask) {
        long n = features.size(0);
        if (n <= CHUNK) {
            return net.output(features, false, featuresMask, labelsMask);
        }
        List<INDArray> parts = new ArrayList<>();
        for (long from = 0; from < n; from += CHUNK) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("Prediction was interrupted after " + from + " of " + n
                        + " examples; run the cell again to predict all of them");
            }
            long to = Math.min(n, from + CHUNK);
            parts.add(net.output(rows(features, from, to), false, rows(featuresMask, from, to), rows(labelsMask, from, to)));
        }
        return Nd4j.concat(0, parts.toArray(new INDArray[0]));
    }

    private static INDArray rows(INDArray array, long from, long to) {
        if (array == null) {
            return null;
        }
        return array.get(NDArrayIndex.interval(from, to));   // ND4J keeps the remaining dimensions whole
    }

    private static double[][] toRows(INDArray matrix) {
        return matrix.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    private static double[][][] toCube(INDArray cube) {
        INDArray d = cube.castTo(DataType.DOUBLE);
        int n = (int) d.size(0);
        double[][][] result = new double[n][][];
        for (int i = 0; i < n; i++) {
            result[i] = d.slice(i).toDoubleMatrix();
        }
        return result;
    }

    /** The class of each row: the largest value, or value ≥ 0.5 for a single (sigmoid) column. */
    static int[] classes(double[][] rows) {
        int[] classes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            classes[i] = classOf(rows[i]);
        }
        return classes;
    }

    static int classOf(double[] row) {
        if (row.length == 1) {
            return row[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The probability of each class: the row itself, or {1 - p, p} for a single (sigmoid) column. */
    static double[] probabilities(double[] row) {
        return row.length == 1 ? new double[] {1 - row[0], row[0]} : row;
    }

    /** Class names from the data when they fit, else "0", "1", ... */
    static List<String> classNames(DataSet data, int classes) {
        List<String> names = data.getLabelNamesList();
        if (names != null && names.size() == classes) {
            return List.copyOf(names);
        }
        List<String> numbers = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            numbers.add(String.valueOf(c));
        }
        return numbers;
    }
}
