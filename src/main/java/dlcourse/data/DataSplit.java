package dlcourse.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A data set cut at random into a training set (to fit on), a validation set (to choose settings
 * and when to stop) and a test set (to report once, at the end). The test set gets what the
 * training and validation fractions leave. Class names are kept in every part.
 *
 * <pre>{@code
 * DataSplit split = DataSplit.stratified(Datasets.iris(), 0.7, 0.15, 42);
 * Trainer.builder().epochs(50).validation(split.validation()).build().fit(net, split.train());
 * double accuracy = Trainer.accuracy(net, split.test());
 * DataSplit trainTest = DataSplit.of(data, 0.8, 0, 42);       // no validation set
 * }</pre>
 *
 * @param train the examples to train on
 * @param validation the validation examples, or null when the validation fraction was 0
 * @param test the examples to evaluate on at the end
 */
public record DataSplit(DataSet train, DataSet validation, DataSet test) {

    public DataSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("DataSplit expected a training and a test set but was given "
                    + (train == null ? "no training set" : "no test set")
                    + "; make one with DataSplit.of(data, 0.7, 0.15, 42)");
        }
    }

    /** Shuffles the examples with {@code seed} and cuts them by the given fractions. */
    public static DataSplit of(DataSet data, double trainFraction, double validationFraction, long seed) {
        int n = checkArguments("of", data, trainFraction, validationFraction);
        int[] order = Batches.shuffledOrder(n, Seeds.random(seed));
        int trainCount = (int) Math.round(n * trainFraction);
        int validationCount = (int) Math.round(n * validationFraction);
        return build("of", data, Arrays.copyOfRange(order, 0, trainCount),
                Arrays.copyOfRange(order, trainCount, trainCount + validationCount),
                Arrays.copyOfRange(order, trainCount + validationCount, n), validationFraction);
    }

    /**
     * Like {@link #of}, but cuts each class separately by the same fractions, so every part has
     * (close to) the class proportions of the whole. Needs one-hot class labels.
     */
    public static DataSplit stratified(DataSet data, double trainFraction, double validationFraction, long seed) {
        int n = checkArguments("stratified", data, trainFraction, validationFraction);
        INDArray labels = data.getLabels();
        if (labels.rank() != 2 || labels.size(1) < 2) {
            throw new IllegalArgumentException("DataSplit.stratified expected one-hot class labels [n, classes]"
                    + " but the labels have shape " + Arrays.toString(labels.shape())
                    + "; use DataSplit.of(data, " + trainFraction + ", " + validationFraction + ", seed)"
                    + " for regression or sequence labels");
        }
        int[] classes = OneHot.decode(labels);
        Random random = Seeds.random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int c = 0; c < labels.size(1); c++) {
            final int k = c;
            int[] members = java.util.stream.IntStream.range(0, n).filter(i -> classes[i] == k).toArray();
            int[] order = Batches.shuffledOrder(members.length, random);
            // With trainFraction + validationFraction < 1 the two rounded counts never exceed the class size.
            int trainCount = (int) Math.round(members.length * trainFraction);
            int validationCount = (int) Math.round(members.length * validationFraction);
            for (int j = 0; j < members.length; j++) {
                int row = members[order[j]];
                (j < trainCount ? train : j < trainCount + validationCount ? validation : test).add(row);
            }
        }
        return build("stratified", data, shuffled(train, random), shuffled(validation, random),
                shuffled(test, random), validationFraction);
    }

    /** The validation set; an error if this split was made with a validation fraction of 0. */
    @Override
    public DataSet validation() {
        if (validation == null) {
            throw new IllegalStateException("This split has no validation set because it was made with a"
                    + " validation fraction of 0; make one with e.g. DataSplit.of(data, 0.7, 0.15, 42)");
        }
        return validation;
    }

    /** Whether this split has a validation set. */
    public boolean hasValidation() {
        return validation != null;
    }

    @Override
    public String toString() {
        return "DataSplit[train " + train.numExamples() + ", validation "
                + (validation == null ? 0 : validation.numExamples()) + ", test " + test.numExamples()
                + " examples]";
    }

    /** The examples {@code rows} of {@code data}, in that order, with masks and class names. */
    static DataSet rows(DataSet data, int[] rows) {
        DataSet part = new DataSet(pullRows(data.getFeatures(), rows), pullRows(data.getLabels(), rows),
                pullRows(data.getFeaturesMaskArray(), rows), pullRows(data.getLabelsMaskArray(), rows));
        part.setLabelNames(data.getLabelNamesList());
        return part;
    }

    private static INDArray pullRows(INDArray array, int[] rows) {
        if (array == null) {
            return null;
        }
        long[] shape = array.shape();
        // Any rank: view each example as one long row, pull the rows, restore the shape.
        INDArray flat = array.reshape('c', shape[0], array.length() / shape[0]);
        INDArray pulled = Nd4j.pullRows(flat, 1, rows);
        long[] partShape = shape.clone();
        partShape[0] = rows.length;
        return pulled.reshape('c', partShape);
    }

    private static DataSplit build(String method, DataSet data, int[] train, int[] validation, int[] test,
            double validationFraction) {
        int n = data.numExamples();
        if (train.length == 0 || test.length == 0 || (validationFraction > 0 && validation.length == 0)) {
            throw new IllegalArgumentException("DataSplit." + method + " cannot cut " + n + " examples into "
                    + train.length + " for training, " + validation.length + " for validation and "
                    + test.length + " for testing: every part needs at least one example; use more examples"
                    + " or fractions that leave each part at least one");
        }
        return new DataSplit(rows(data, train), validationFraction > 0 ? rows(data, validation) : null,
                rows(data, test));
    }

    private static int checkArguments(String method, DataSet data, double trainFraction,
            double validationFraction) {
        if (data == null || data.isEmpty() || data.getFeatures() == null || data.getLabels() == null) {
            throw new IllegalArgumentException("DataSplit." + method + " expected a data set with features"
                    + " and labels but was given " + (data == null ? "null" : "an empty one")
                    + "; pass e.g. Datasets.iris()");
        }
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("DataSplit." + method + " expected a training fraction between"
                    + " 0 and 1 but was given " + trainFraction + "; e.g. 0.7 for 70% of the examples");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("DataSplit." + method + " expected a validation fraction from"
                    + " 0 to below 1 but was given " + validationFraction + "; e.g. 0.15, or 0 for none");
        }
        if (!(trainFraction + validationFraction < 1)) {
            throw new IllegalArgumentException("DataSplit." + method + " expected the training and validation"
                    + " fractions to leave some examples for testing but was given " + trainFraction + " + "
                    + validationFraction + " = " + (trainFraction + validationFraction)
                    + "; the test set gets the rest, so keep the sum below 1, e.g. 0.7 and 0.15");
        }
        int n = data.numExamples();
        if (n < 2) {
            throw new IllegalArgumentException("DataSplit." + method + " expected at least 2 examples but was"
                    + " given " + n + "; a split needs examples for training and for testing");
        }
        return n;
    }

    private static int[] shuffled(List<Integer> rows, Random random) {
        int[] order = Batches.shuffledOrder(rows.size(), random);
        int[] result = new int[rows.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = rows.get(order[i]);
        }
        return result;
    }
}
