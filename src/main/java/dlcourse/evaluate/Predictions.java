package dlcourse.evaluate;

import dlcourse.train.DataCheck;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * A network's predictions, checked first: {@link #predict} is {@code net.output} that says what is
 * wrong with the features' shape instead of throwing a DL4J stack trace, and {@link #table} lays
 * the predictions next to the labels, one row per example, as a Tablesaw table to sort and filter.
 *
 * <pre>{@code
 * INDArray probabilities = Predictions.predict(net, test.getFeatures());
 * Table rows = Predictions.table(net, test);
 * rows.where(rows.booleanColumn("correct").isFalse());        // the mistakes
 * }</pre>
 */
public final class Predictions {

    private Predictions() {
    }

    /** The network's outputs for {@code features}, after checking they fit the network. */
    public static INDArray predict(MultiLayerNetwork net, INDArray features) {
        DataCheck.checkFeatures(net, features, "input");
        return Outputs.output(net, features, null, null);
    }

    /**
     * The predicted class of every example: the largest output of a softmax classifier, or output
     * ≥ 0.5 for a single sigmoid output.
     */
    public static int[] classes(MultiLayerNetwork net, INDArray features) {
        DataCheck.checkFeatures(net, features, "input");
        DataCheck.checkClassifier(net, "classes", "use Predictions.predict(net, features) for numbers");
        INDArray output = Outputs.output(net, features, null, null);
        if (output.rank() != 2) {
            throw new IllegalArgumentException("classes expected one output row per example but the network"
                    + " gives outputs of shape " + java.util.Arrays.toString(output.shape()) + " (one per time"
                    + " step); use Predictions.table(net, data), which has a row per step");
        }
        return Outputs.classes(output.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix());
    }

    /**
     * One row per example (per example and time step for sequence labels): for a classifier the
     * columns {@code actual}, {@code predicted}, {@code confidence} (the predicted class's
     * probability), {@code correct} and {@code p(<class>)} for each class; otherwise
     * {@code actual}, {@code predicted} and {@code error} (predicted − actual) for one output, or
     * per output ({@code actual 1}, ...) up to 8 outputs, and {@code squared error} (the row's mean).
     */
    public static Table table(MultiLayerNetwork net, DataSet data) {
        Outputs outputs = Outputs.of(net, data, "data");
        Table table = Table.create("predictions");
        table.addColumns(IntColumn.create("example", outputs.example));
        if (outputs.step != null) {
            table.addColumns(IntColumn.create("time step", outputs.step));
        }
        if (DataCheck.isClassifier(net)) {
            addClassColumns(table, outputs, Outputs.classNames(data, Math.max(2, outputs.actual[0].length)));
        } else {
            addValueColumns(table, outputs);
        }
        // Four decimals are what a reader compares; the full values stay in the columns.
        for (var column : table.columns()) {
            if (column instanceof DoubleColumn numbers) {
                numbers.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4));
            }
        }
        return table;
    }

    private static void addClassColumns(Table table, Outputs outputs, List<String> names) {
        StringColumn actual = StringColumn.create("actual");
        StringColumn predicted = StringColumn.create("predicted");
        DoubleColumn confidence = DoubleColumn.create("confidence");
        BooleanColumn correct = BooleanColumn.create("correct");
        DoubleColumn[] probability = new DoubleColumn[names.size()];
        for (int c = 0; c < names.size(); c++) {
            probability[c] = DoubleColumn.create("p(" + names.get(c) + ")");
        }
        for (int i = 0; i < outputs.actual.length; i++) {
            int a = Outputs.classOf(outputs.actual[i]);
            int p = Outputs.classOf(outputs.predicted[i]);
            double[] probabilities = Outputs.probabilities(outputs.predicted[i]);
            actual.append(names.get(a));
            predicted.append(names.get(p));
            confidence.append(probabilities[p]);
            correct.append(a == p);
            for (int c = 0; c < names.size(); c++) {
                probability[c].append(probabilities[c]);
            }
        }
        table.addColumns(actual, predicted, confidence, correct);
        table.addColumns(probability);
    }

    private static void addValueColumns(Table table, Outputs outputs) {
        int k = outputs.actual[0].length;
        if (k == 1) {
            DoubleColumn actual = DoubleColumn.create("actual");
            DoubleColumn predicted = DoubleColumn.create("predicted");
            DoubleColumn error = DoubleColumn.create("error");
            for (int i = 0; i < outputs.actual.length; i++) {
                actual.append(outputs.actual[i][0]);
                predicted.append(outputs.predicted[i][0]);
                error.append(outputs.predicted[i][0] - outputs.actual[i][0]);
            }
            table.addColumns(actual, predicted, error);
            return;
        }
        if (k <= 8) {
            for (int j = 0; j < k; j++) {
                DoubleColumn actual = DoubleColumn.create("actual " + (j + 1));
                DoubleColumn predicted = DoubleColumn.create("predicted " + (j + 1));
                for (int i = 0; i < outputs.actual.length; i++) {
                    actual.append(outputs.actual[i][j]);
                    predicted.append(outputs.predicted[i][j]);
                }
                table.addColumns(actual, predicted);
            }
        }
        DoubleColumn squared = DoubleColumn.create("squared error");
        for (int i = 0; i < outputs.actual.length; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += Math.pow(outputs.predicted[i][j] - outputs.actual[i][j], 2);
            }
            squared.append(sum / k);
        }
        table.addColumns(squared);
    }
}
