package dlcourse.evaluate;

import dlcourse.train.DataCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well a classifier does on labelled data: accuracy, precision, recall and F1 for every class
 * and their macro averages, and the confusion matrix. Class names come from the data
 * ({@code DataSet.setLabelNames}) when they are set.
 *
 * <pre>{@code
 * ClassificationReport report = ClassificationReport.of(net, test);
 * report.accuracy();            // 0.965
 * report.confusionMatrix();     // int[actual][predicted]
 * report                        // a readable summary as the cell's output
 * report.table();               // per class, as a Tablesaw table
 * }</pre>
 */
public final class ClassificationReport {

    private final List<String> classNames;
    private final int[][] confusion;
    private final int examples;

    private ClassificationReport(List<String> classNames, int[][] confusion, int examples) {
        this.classNames = classNames;
        this.confusion = confusion;
        this.examples = examples;
    }

    /**
     * Runs {@code net} on {@code data} and compares its classes with the labels. Sequence labels
     * {@code [n, classes, time]} count every (unmasked) time step as one example.
     */
    public static ClassificationReport of(MultiLayerNetwork net, DataSet data) {
        DataCheck.check(net, data, "test data");
        DataCheck.checkClassifier(net, "ClassificationReport",
                "use RegressionReport.of(net, data) for numeric outputs");
        DataCheck.noteIfUntrained(net, "report");
        Outputs outputs = Outputs.of(net, data, "test data");
        int classes = Math.max(2, outputs.actual[0].length);
        List<String> names = Outputs.classNames(data, classes);
        checkNames(names, classes);
        return build(Outputs.classes(outputs.actual), Outputs.classes(outputs.predicted), names);
    }

    /** From class numbers: {@code actual[i]} and {@code predicted[i]} are example i's classes. */
    public static ClassificationReport of(int[] actual, int[] predicted, List<String> classNames) {
        if (classNames == null) {
            throw new IllegalArgumentException("ClassificationReport expected class names but was given null;"
                    + " pass e.g. List.of(\"cat\", \"dog\"), or the number of classes");
        }
        checkNames(classNames, classNames.size());
        checkClasses(actual, predicted, classNames.size());
        return build(actual, predicted, List.copyOf(classNames));
    }

    /** From class numbers 0 to {@code classes - 1}, named "0", "1", ... */
    public static ClassificationReport of(int[] actual, int[] predicted, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("ClassificationReport expected 2 or more classes but was given "
                    + classes + "; a yes/no problem has 2 classes");
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(String.valueOf(c));
        }
        return of(actual, predicted, names);
    }

    private static ClassificationReport build(int[] actual, int[] predicted, List<String> names) {
        int[][] confusion = new int[names.size()][names.size()];
        for (int i = 0; i < actual.length; i++) {
            confusion[actual[i]][predicted[i]]++;
        }
        return new ClassificationReport(names, confusion, actual.length);
    }

    private static void checkNames(List<String> names, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("ClassificationReport expected 2 or more class names but was"
                    + " given " + names + "; name every class, e.g. List.of(\"no\", \"yes\")");
        }
        if (names.stream().anyMatch(n -> n == null || n.isBlank()) || new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("ClassificationReport expected distinct, non-empty class names"
                    + " but was given " + names + "; give every class its own name");
        }
    }

    private static void checkClasses(int[] actual, int[] predicted, int classes) {
        Outputs.checkPaired("ClassificationReport", "classes", actual, actual == null ? 0 : actual.length,
                predicted, predicted == null ? 0 : predicted.length);
        for (int i = 0; i < actual.length; i++) {
            for (int c : new int[] {actual[i], predicted[i]}) {
                if (c < 0 || c >= classes) {
                    throw new IllegalArgumentException("ClassificationReport expected classes from 0 to "
                            + (classes - 1) + " but example " + i + " has class " + c
                            + "; check the classes or give " + (c + 1) + " or more class names");
                }
            }
        }
    }

    /** How many examples (or time steps, for sequence labels) were compared. */
    public int examples() {
        return examples;
    }

    /** How many were classified correctly. */
    public int correct() {
        int correct = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
        }
        return correct;
    }

    /** The fraction classified correctly. */
    public double accuracy() {
        return (double) correct() / examples;
    }

    /** The class names, in class-number order. */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * A copy of the confusion matrix: {@code [actual][predicted]} counts, so the diagonal holds the
     * correct ones and row {@code c} sums to the examples of class {@code c}.
     */
    public int[][] confusionMatrix() {
        return Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
    }

    /** How many examples truly belong to class {@code c}. */
    public int support(int c) {
        return Arrays.stream(confusion[checkClass(c)]).sum();
    }

    /** How many examples were predicted as class {@code c}. */
    public int predictedCount(int c) {
        checkClass(c);
        int count = 0;
        for (int[] row : confusion) {
            count += row[c];
        }
        return count;
    }

    /** Of the examples predicted as class {@code c}, the fraction that are; 0 if none was predicted. */
    public double precision(int c) {
        int predicted = predictedCount(c);
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    /** Of the examples of class {@code c}, the fraction found; 0 if there are none. */
    public double recall(int c) {
        int support = support(c);
        return support == 0 ? 0 : (double) confusion[c][c] / support;
    }

    /** The harmonic mean of precision and recall of class {@code c}; 0 when both are 0. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Precision of the class with this name. */
    public double precision(String className) {
        return precision(indexOf(className));
    }

    /** Recall of the class with this name. */
    public double recall(String className) {
        return recall(indexOf(className));
    }

    /** F1 of the class with this name. */
    public double f1(String className) {
        return f1(indexOf(className));
    }

    /** The mean precision over the classes that occur (in the labels or the predictions). */
    public double macroPrecision() {
        return macro(this::precision);
    }

    /** The mean recall over the classes that occur. */
    public double macroRecall() {
        return macro(this::recall);
    }

    /** The mean F1 over the classes that occur. */
    public double macroF1() {
        return macro(this::f1);
    }

    private double macro(java.util.function.IntToDoubleFunction metric) {
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < confusion.length; c++) {
            if (occurs(c)) {
                sum += metric.applyAsDouble(c);
                counted++;
            }
        }
        return sum / counted;
    }

    private boolean occurs(int c) {
        return support(c) > 0 || predictedCount(c) > 0;
    }

    /** Per class: class, precision, recall, F1, support; a last row "macro average". */
    public Table table() {
        StringColumn name = StringColumn.create("class");
        DoubleColumn precision = DoubleColumn.create("precision");
        DoubleColumn recall = DoubleColumn.create("recall");
        DoubleColumn f1 = DoubleColumn.create("F1");
        IntColumn support = IntColumn.create("support");
        for (int c = 0; c < confusion.length; c++) {
            name.append(classNames.get(c));
            precision.append(precision(c));
            recall.append(recall(c));
            f1.append(f1(c));
            support.append(support(c));
        }
        name.append("macro average");
        precision.append(macroPrecision());
        recall.append(macroRecall());
        f1.append(macroF1());
        support.append(examples);
        return Table.create("classification report", name, precision, recall, f1, support);
    }

    /** The confusion matrix as a table: a column "actual", then one count column per predicted class. */
    public Table confusionTable() {
        Table table = Table.create("confusion matrix (rows: actual, columns: predicted)");
        table.addColumns(StringColumn.create("actual", classNames));
        for (int p = 0; p < confusion.length; p++) {
            IntColumn column = IntColumn.create(classNames.get(p));
            for (int[] row : confusion) {
                column.append(row[p]);
            }
            table.addColumns(column);
        }
        return table;
    }

    private int checkClass(int c) {
        if (c < 0 || c >= confusion.length) {
            throw new IllegalArgumentException("ClassificationReport expected a class from 0 to "
                    + (confusion.length - 1) + " but was given " + c + "; the classes are " + classNames);
        }
        return c;
    }

    private int indexOf(String className) {
        int c = classNames.indexOf(className);
        if (c < 0) {
            throw new IllegalArgumentException("ClassificationReport expected one of the classes " + classNames
                    + " but was given '" + className + "'");
        }
        return c;
    }

    @Override
    public String toString() {
        // 100.0 * correct / examples, not 100 * accuracy(): 1769 of 2000 is 88.45 exactly and rounds to
        // 88.5, as the confusion matrix's title shows it, where 100 * 0.8845 gives 88.44999… and 88.4.
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Classification of %d examples: accuracy %.1f%% (%d correct)%n%n",
                examples, 100.0 * correct() / examples, correct()));
        int width = Math.max("macro average".length(), classNames.stream().mapToInt(String::length).max().orElse(1));
        s.append(String.format(Locale.ROOT, "%-" + width + "s  precision  recall     F1  support%n", "class"));
        for (int c = 0; c < confusion.length; c++) {
            s.append(String.format(Locale.ROOT, "%-" + width + "s  %9.3f  %6.3f  %5.3f  %7d%n", classNames.get(c),
                    precision(c), recall(c), f1(c), support(c)));
        }
        s.append(String.format(Locale.ROOT, "%-" + width + "s  %9.3f  %6.3f  %5.3f  %7d%n%n", "macro average",
                macroPrecision(), macroRecall(), macroF1(), examples));
        s.append("Confusion matrix (rows: actual class, columns: predicted class)\n");
        int cell = Math.max(classNames.stream().mapToInt(String::length).max().orElse(1),
                String.valueOf(examples).length());
        int first = classNames.stream().mapToInt(String::length).max().orElse(1);
        s.append(" ".repeat(first));
        for (String name : classNames) {
            s.append("  ").append(String.format(Locale.ROOT, "%" + cell + "s", name));
        }
        for (int a = 0; a < confusion.length; a++) {
            s.append('\n').append(String.format(Locale.ROOT, "%-" + first + "s", classNames.get(a)));
            for (int p = 0; p < confusion.length; p++) {
                s.append("  ").append(String.format(Locale.ROOT, "%" + cell + "d", confusion[a][p]));
            }
        }
        return s.toString();
    }
}
