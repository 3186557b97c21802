package dlcourse.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables to DataSets and back. Every column but the label column becomes a feature
 * column and must be numeric without missing values. A text (or true/false) label column becomes
 * one-hot class labels named by its values in sorted order; a numeric one becomes a regression
 * target {@code [n, 1]}, unless you ask for classes with {@link #toClassDataSet}.
 *
 * <pre>{@code
 * Table table = Table.read().csv("data/my.csv");
 * DataSet data = Tables.toDataSet(table, "species");                  // text labels: classes
 * DataSet digits = Tables.toClassDataSet(table, "digit");             // numeric labels as classes
 * Table back = Tables.toTable(data);                                  // columns x0, x1, ..., label
 * }</pre>
 */
public final class Tables {

    /** The name {@link #toTable(DataSet)} gives the label column. */
    public static final String LABEL = "label";

    private Tables() {
    }

    /** Features from all other columns; classes from a text label column, regression from a numeric one. */
    public static DataSet toDataSet(Table table, String labelColumn) {
        Column<?> label = labelColumn("toDataSet", table, labelColumn);
        if (label instanceof NumericColumn<?> numeric) {
            float[] values = new float[table.rowCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) numeric.getDouble(i);
            }
            return new DataSet(features("toDataSet", table, labelColumn),
                    Nd4j.create(values, new long[] {values.length, 1}));
        }
        return toClassDataSet(table, labelColumn);
    }

    /** Treats the label column (text, true/false or numbers) as classes, named by its sorted distinct values. */
    public static DataSet toClassDataSet(Table table, String labelColumn) {
        Column<?> label = labelColumn("toClassDataSet", table, labelColumn);
        List<String> names;
        if (label instanceof NumericColumn<?> numeric) {
            TreeSet<Double> distinct = new TreeSet<>();
            for (int i = 0; i < numeric.size(); i++) {
                distinct.add(numeric.getDouble(i));
            }
            names = distinct.stream().map(Tables::format).toList();
        } else {
            names = List.copyOf(new TreeSet<>(labelStrings(label)));
        }
        return toClassDataSet(table, labelColumn, names);
    }

    /**
     * Treats the label column as the classes {@code classNames}, in this order; use it to give
     * the training and the test table the same label columns even if one lacks a class.
     */
    public static DataSet toClassDataSet(Table table, String labelColumn, List<String> classNames) {
        Column<?> label = labelColumn("toClassDataSet", table, labelColumn);
        if (classNames == null || classNames.isEmpty()) {
            throw new IllegalArgumentException("toClassDataSet expected a list of class names but was given "
                    + (classNames == null ? "null" : "an empty list") + "; e.g. List.of(\"cat\", \"dog\")");
        }
        Map<String, Integer> index = new HashMap<>();
        for (String name : classNames) {
            index.putIfAbsent(name, index.size());
        }
        if (index.size() != classNames.size()) {
            throw new IllegalArgumentException("toClassDataSet expected distinct class names but was given "
                    + classNames + "; list each class once");
        }
        List<String> values = labelStrings(label);
        int n = values.size();
        float[] oneHot = new float[n * classNames.size()];
        for (int i = 0; i < n; i++) {
            Integer k = index.get(values.get(i));
            if (k == null) {
                throw new IllegalArgumentException("toClassDataSet expected the label column \"" + label.name()
                        + "\" to hold only the classes " + classNames + " but row " + i + " holds \""
                        + values.get(i) + "\"; add it to the class names or remove the row");
            }
            oneHot[i * classNames.size() + k] = 1f;
        }
        DataSet data = new DataSet(features("toClassDataSet", table, labelColumn),
                Nd4j.create(oneHot, new long[] {n, classNames.size()}));
        data.setLabelNames(List.copyOf(classNames));
        return data;
    }

    /** A table with feature columns x0, x1, ... and a {@value #LABEL} column (see below). */
    public static Table toTable(DataSet data) {
        long columns = checkData(data).getFeatures().size(1);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            names.add("x" + j);
        }
        return toTable(data, names, LABEL);
    }

    /**
     * A table with the given feature column names and label column name. Class labels with
     * names become a text column of class names, unnamed one-hot labels a column of class numbers,
     * and other labels numeric columns (one, or {@code labelName 0, labelName 1, ...}).
     */
    public static Table toTable(DataSet data, List<String> featureNames, String labelName) {
        INDArray features = checkData(data).getFeatures();
        if (featureNames == null || featureNames.size() != features.size(1)) {
            throw new IllegalArgumentException("toTable expected " + features.size(1) + " feature names, one per"
                    + " feature column, but was given " + (featureNames == null ? "null" : featureNames.size())
                    + "; pass a list of " + features.size(1) + " names or call toTable(data)");
        }
        if (labelName == null || labelName.isBlank() || featureNames.contains(labelName)) {
            throw new IllegalArgumentException("toTable expected a label column name different from the"
                    + " feature names but was given " + (labelName == null ? "null" : "\"" + labelName + "\"")
                    + "; e.g. \"" + LABEL + "\"");
        }
        Table table = Table.create("data");
        for (int j = 0; j < featureNames.size(); j++) {
            table.addColumns(DoubleColumn.create(featureNames.get(j), features.getColumn(j).toDoubleVector()));
        }
        INDArray labels = data.getLabels();
        if (labels == null) {
            return table;
        }
        if (labels.rank() != 2 || labels.size(0) != features.size(0)) {
            throw new IllegalArgumentException("toTable expected labels [n, k] with one row per example but"
                    + " was given shape " + Arrays.toString(labels.shape()) + "; only tabular data fits a table");
        }
        List<String> classNames = data.getLabelNamesList();
        if (labels.size(1) > 1 && classNames != null && classNames.size() == labels.size(1)) {
            table.addColumns(StringColumn.create(labelName, OneHot.decode(labels, classNames)));
        } else if (labels.size(1) > 1 && isOneHot(labels)) {
            table.addColumns(IntColumn.create(labelName, OneHot.decode(labels)));
        } else if (labels.size(1) == 1) {
            table.addColumns(DoubleColumn.create(labelName, labels.getColumn(0).toDoubleVector()));
        } else {
            for (int j = 0; j < labels.size(1); j++) {
                table.addColumns(DoubleColumn.create(labelName + " " + j, labels.getColumn(j).toDoubleVector()));
            }
        }
        return table;
    }

    private static DataSet checkData(DataSet data) {
        if (data == null || data.getFeatures() == null) {
            throw new IllegalArgumentException("toTable expected a data set with features but was given "
                    + (data == null ? "null" : "one without features"));
        }
        if (data.getFeatures().rank() != 2) {
            throw new IllegalArgumentException("toTable expected features [n, columns] but was given shape "
                    + Arrays.toString(data.getFeatures().shape()) + "; only tabular data fits a table");
        }
        return data;
    }

    private static boolean isOneHot(INDArray labels) {
        INDArray ones = labels.eq(1.0).castTo(org.nd4j.linalg.api.buffer.DataType.INT32).sum(1);
        INDArray zeros = labels.eq(0.0).castTo(org.nd4j.linalg.api.buffer.DataType.INT32).sum(1);
        return ones.minNumber().intValue() == 1 && ones.maxNumber().intValue() == 1
                && zeros.minNumber().longValue() == labels.size(1) - 1;
    }

    private static Column<?> labelColumn(String method, Table table, String labelColumn) {
        if (table == null) {
            throw new IllegalArgumentException(method + " expected a table but was given null;"
                    + " read one with e.g. Table.read().csv(\"data/my.csv\")");
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(method + " expected a table with at least one row but \""
                    + table.name() + "\" has none");
        }
        if (labelColumn == null || !table.columnNames().contains(labelColumn)) {
            throw new IllegalArgumentException(method + " expected the name of a label column but was given "
                    + (labelColumn == null ? "null" : "\"" + labelColumn + "\"") + ", which the table does not have;"
                    + " its columns are " + table.columnNames());
        }
        Column<?> label = table.column(labelColumn);
        if (label.countMissing() > 0) {
            throw new IllegalArgumentException(method + " expected no missing values but the label column \""
                    + labelColumn + "\" has " + label.countMissing() + " (first in row " + firstMissing(label)
                    + "); drop those rows first, e.g. table.dropRowsWithMissingValues()");
        }
        if (table.columnCount() < 2) {
            throw new IllegalArgumentException(method + " expected at least one feature column besides the"
                    + " label column \"" + labelColumn + "\" but the table has no other column");
        }
        return label;
    }

    private static List<String> labelStrings(Column<?> label) {
        List<String> values = new ArrayList<>(label.size());
        for (int i = 0; i < label.size(); i++) {
            values.add(label instanceof NumericColumn<?> numeric ? format(numeric.getDouble(i)) : label.getString(i));
        }
        return values;
    }

    private static INDArray features(String method, Table table, String labelColumn) {
        List<NumericColumn<?>> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column.name().equals(labelColumn)) {
                continue;
            }
            if (!(column instanceof NumericColumn<?> numeric)) {
                throw new IllegalArgumentException(method + " expected numeric feature columns but \""
                        + column.name() + "\" holds " + column.type().name().toLowerCase(Locale.ROOT)
                        + " values; remove it with table.removeColumns(\"" + column.name() + "\") or turn it"
                        + " into numbers first");
            }
            if (column.countMissing() > 0) {
                throw new IllegalArgumentException(method + " expected no missing values but the feature column \""
                        + column.name() + "\" has " + column.countMissing() + " (first in row "
                        + firstMissing(column) + "); drop those rows (table.dropRowsWithMissingValues()) or fill them");
            }
            columns.add(numeric);
        }
        int n = table.rowCount();
        int d = columns.size();
        float[] values = new float[n * d];
        for (int j = 0; j < d; j++) {
            NumericColumn<?> column = columns.get(j);
            for (int i = 0; i < n; i++) {
                values[i * d + j] = (float) column.getDouble(i);
            }
        }
        return Nd4j.create(values, new long[] {n, d});
    }

    private static int firstMissing(Column<?> column) {
        for (int i = 0; i < column.size(); i++) {
            if (column.isMissing(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whole numbers without ".0", so numeric classes are named "3", not "3.0". */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
