package dlcourse.data;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rescales feature columns with statistics learned from the training data only, so that nothing
 * about the validation or test data leaks into training. {@link #standardize()} gives each column
 * mean 0 and standard deviation 1; {@link #minMax()} maps each column's training range to [0, 1].
 * A column that is constant in the training data is only shifted (to 0), never divided by zero.
 * Sequence features {@code [n, features, time]} are scaled per feature over all time steps.
 *
 * <pre>{@code
 * Scaler scaler = Scaler.standardize().fit(split.train());
 * DataSet train = scaler.transform(split.train());
 * DataSet test = scaler.transform(split.test());     // with the training mean and deviation
 * }</pre>
 */
public final class Scaler {

    private final boolean standardize;
    /** Per column: subtract this (mean or minimum) ... */
    private double[] offset;
    /** ... then divide by this (standard deviation or range; 1 for a constant column). */
    private double[] scale;

    private Scaler(boolean standardize) {
        this.standardize = standardize;
    }

    /** An unfitted scaler to mean 0 and standard deviation 1 per column. */
    public static Scaler standardize() {
        return new Scaler(true);
    }

    /** An unfitted scaler mapping each column's training minimum to 0 and maximum to 1. */
    public static Scaler minMax() {
        return new Scaler(false);
    }

    /** Learns each column's statistics from {@code train} (replacing earlier ones); returns this scaler. */
    public Scaler fit(DataSet train) {
        INDArray features = features("fit", train);
        if (features.size(0) < 1) {
            throw new IllegalArgumentException("Scaler.fit expected at least one example but was given none");
        }
        int[] over = features.rank() == 3 ? new int[] {0, 2} : new int[] {0};
        INDArray data = features.castTo(DataType.DOUBLE);
        // A sum is NaN or infinite exactly when its column holds a NaN or an infinity (min and max skip NaN).
        double[] sums = data.sum(over).toDoubleVector();
        double[] location = (standardize ? data.mean(over) : data.min(over)).toDoubleVector();
        double[] spread = (standardize ? data.std(false, over) : data.max(over).sub(data.min(over)))
                .toDoubleVector();
        for (int j = 0; j < location.length; j++) {
            if (!Double.isFinite(sums[j]) || !Double.isFinite(location[j]) || !Double.isFinite(spread[j])) {
                throw new IllegalArgumentException("Scaler.fit expected finite numbers but feature column " + j
                        + " contains NaN or infinity; remove or fill the missing values before scaling");
            }
            // A (nearly) constant column would become noise or NaN when divided by its spread.
            if (spread[j] <= 1e-6 * Math.max(1, Math.abs(location[j]))) {
                spread[j] = 1;
            }
        }
        this.offset = location;
        this.scale = spread;
        return this;
    }

    /** Fits on {@code train} and returns it transformed. */
    public DataSet fitTransform(DataSet train) {
        return fit(train).transform(train);
    }

    /**
     * A new DataSet with scaled features and copies of the labels, masks and class names;
     * {@code data} itself is left as it is.
     */
    public DataSet transform(DataSet data) {
        INDArray features = transform(features("transform", data));
        DataSet result = new DataSet(features, copy(data.getLabels()), copy(data.getFeaturesMaskArray()),
                copy(data.getLabelsMaskArray()));
        result.setLabelNames(data.getLabelNamesList());
        return result;
    }

    /** Scaled copy of a features array {@code [n, columns]} or {@code [n, columns, time]}. */
    public INDArray transform(INDArray features) {
        if (offset == null) {
            throw new IllegalStateException("Scaler.transform was called before fit; fit the scaler on the"
                    + " training data first, e.g. Scaler scaler = Scaler." + kind() + "().fit(train)");
        }
        if (features == null || (features.rank() != 2 && features.rank() != 3)) {
            throw new IllegalArgumentException("Scaler.transform expected features [n, columns] or"
                    + " [n, columns, time] but was given " + describe(features));
        }
        if (features.size(1) != offset.length) {
            throw new IllegalArgumentException("Scaler.transform expected " + offset.length + " feature columns,"
                    + " as in the data it was fitted on, but was given " + features.size(1)
                    + "; transform data with the same columns as the training data, or fit a new scaler");
        }
        long[] shape = features.rank() == 3 ? new long[] {1, offset.length, 1} : new long[] {1, offset.length};
        INDArray location = Nd4j.create(offset, shape, features.dataType());
        INDArray spread = Nd4j.create(scale, shape, features.dataType());
        return features.sub(location).divi(spread);
    }

    /** Whether {@link #fit} has been called. */
    public boolean isFitted() {
        return offset != null;
    }

    @Override
    public String toString() {
        return "Scaler." + kind() + "()" + (offset == null ? ", not fitted"
                : ", fitted on " + offset.length + " columns, " + (standardize ? "mean " : "minimum ")
                        + preview(offset) + ", " + (standardize ? "standard deviation " : "range ")
                        + preview(scale));
    }

    private String kind() {
        return standardize ? "standardize" : "minMax";
    }

    private static INDArray features(String method, DataSet data) {
        if (data == null || data.getFeatures() == null) {
            throw new IllegalArgumentException("Scaler." + method + " expected a data set with features but was"
                    + " given " + (data == null ? "null" : "one without features"));
        }
        INDArray features = data.getFeatures();
        if (features.rank() != 2 && features.rank() != 3) {
            throw new IllegalArgumentException("Scaler." + method + " expected features [n, columns] or"
                    + " [n, columns, time] but was given " + describe(features));
        }
        return features;
    }

    private static String describe(INDArray array) {
        return array == null ? "null" : "shape " + Arrays.toString(array.shape());
    }

    private static INDArray copy(INDArray array) {
        return array == null ? null : array.dup();
    }

    private static String preview(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int j = 0; j < Math.min(values.length, 4); j++) {
            text.append(j == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.3g", values[j]));
        }
        return text.append(values.length > 4 ? ", ...]" : "]").toString();
    }
}
