package dlcourse.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small seeded toy problems, the kind a network learns in seconds and a picture explains at a
 * glance. The classification problems are two-dimensional: features of shape {@code [n, 2]} and
 * one-hot labels of shape {@code [n, classes]} named "class 0", "class 1", ... The regression
 * problems are one-dimensional curves with noise: features and labels of shape {@code [n, 1]}.
 * The same seed gives the same points.
 *
 * <pre>{@code
 * DataSet moons = SyntheticData.moons(400, 0.15, 42);
 * DataSet spirals = SyntheticData.spirals(600, 3, 0.05, 42);
 * DataSet ring = SyntheticData.ring(1000, 2, 0.1, 42);             // for generative models
 * DataSet curve = SyntheticData.regression(200, 0.1, 42);
 * DataSet cubic = SyntheticData.regression(200, x -> x * x * x, -1, 1, 0.05, 42);
 * }</pre>
 */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** Two interleaving half circles, one per class; {@code noise} is the standard deviation added. */
    public static DataSet moons(int n, double noise, long seed) {
        checkArguments("moons", n, 2, noise);
        return points(n, 2, seed, (i, random, point) -> {
            int label = i % 2;
            double angle = Math.PI * random.nextDouble();
            point[0] = (label == 0 ? Math.cos(angle) : 1 - Math.cos(angle)) + noise * random.nextGaussian();
            point[1] = (label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle)) + noise * random.nextGaussian();
            return label;
        });
    }

    /** A small circle inside a larger one; the inner circle has radius {@code factor} × the outer. */
    public static DataSet circles(int n, double noise, double factor, long seed) {
        checkArguments("circles", n, 2, noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("circles expected factor between 0 and 1 (inner radius"
                    + " relative to the outer) but was given " + factor + "; try 0.5");
        }
        return points(n, 2, seed, (i, random, point) -> {
            double radius = i % 2 == 0 ? 1.0 : factor;
            double angle = 2 * Math.PI * random.nextDouble();
            point[0] = radius * Math.cos(angle) + noise * random.nextGaussian();
            point[1] = radius * Math.sin(angle) + noise * random.nextGaussian();
            return i % 2;
        });
    }

    /** Points in the square [-1, 1]²; class 1 where exactly one coordinate is positive. */
    public static DataSet xor(int n, double noise, long seed) {
        checkArguments("xor", n, 4, noise);
        return points(n, 2, seed, (i, random, point) -> {
            double a = 2 * random.nextDouble() - 1;
            double b = 2 * random.nextDouble() - 1;
            point[0] = a + noise * random.nextGaussian();
            point[1] = b + noise * random.nextGaussian();
            return (a > 0) != (b > 0) ? 1 : 0;
        });
    }

    /**
     * Gaussian clusters, one per class, with centres evenly spaced on a circle of radius 3 around
     * the origin; {@code spread} is the standard deviation of each cluster (1 makes neighbours
     * overlap a little).
     */
    public static DataSet blobs(int n, int classes, double spread, long seed) {
        checkClasses("blobs", classes, "try 3");
        checkArguments("blobs", n, classes, 0);
        if (!(spread >= 0) || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("blobs expected a spread (standard deviation) of 0 or more"
                    + " but was given " + spread + "; try 1.0");
        }
        return points(n, classes, seed, (i, random, point) -> {
            double angle = 2 * Math.PI * (i % classes) / classes;
            point[0] = 3 * Math.cos(angle) + spread * random.nextGaussian();
            point[1] = 3 * Math.sin(angle) + spread * random.nextGaussian();
            return i % classes;
        });
    }

    /**
     * The centres of {@link #blobs} with {@code classes} clusters, one row {@code [classes, 2]} per
     * class: evenly spaced on a circle of radius 3, class 0 at (3, 0). Use them to check which
     * clusters a generative model reproduces, e.g. with {@code GenerativeMetrics.modeCounts}.
     */
    public static INDArray blobCentres(int classes) {
        checkClasses("blobCentres", classes, "try 8");
        float[][] centres = new float[classes][2];
        for (int k = 0; k < classes; k++) {
            double angle = 2 * Math.PI * k / classes;
            centres[k][0] = (float) (3 * Math.cos(angle));
            centres[k][1] = (float) (3 * Math.sin(angle));
        }
        return Nd4j.create(centres);
    }

    /**
     * Points scattered around a circle of the given {@code radius} about the origin, at uniformly
     * random angles, with Gaussian noise of standard deviation {@code noise} on each coordinate:
     * features {@code [n, 2]}, one class ("class 0"). No single blob fits a ring, so it is a small
     * test of whether a generative model learns a shape.
     */
    public static DataSet ring(int n, double radius, double noise, long seed) {
        checkArguments("ring", n, 1, noise);
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("ring expected a radius above 0 but was given " + radius
                    + "; try 2");
        }
        return points(n, 1, seed, (i, random, point) -> {
            double angle = 2 * Math.PI * random.nextDouble();
            point[0] = radius * Math.cos(angle) + noise * random.nextGaussian();
            point[1] = radius * Math.sin(angle) + noise * random.nextGaussian();
            return 0;
        });
    }

    /**
     * Interleaved spiral arms, one per class, each turning one and a half times from the origin
     * out to radius 1: the classic problem that no straight boundary separates. {@code noise} is
     * the standard deviation added to each coordinate (0.05 keeps the arms apart).
     */
    public static DataSet spirals(int n, int classes, double noise, long seed) {
        checkClasses("spirals", classes, "try 2 or 3");
        checkArguments("spirals", n, classes, noise);
        return points(n, classes, seed, (i, random, point) -> {
            double along = random.nextDouble();
            double angle = 2 * Math.PI * (i % classes) / classes + 3 * Math.PI * along;
            point[0] = along * Math.cos(angle) + noise * random.nextGaussian();
            point[1] = along * Math.sin(angle) + noise * random.nextGaussian();
            return i % classes;
        });
    }

    /**
     * A noisy wavy curve, y = sin(2x) + x/2 for x in [-3, 3]: features {@code [n, 1]} (x, sorted
     * ascending so the points plot as a line) and labels {@code [n, 1]} (y plus Gaussian noise of
     * standard deviation {@code noise}).
     */
    public static DataSet regression(int n, double noise, long seed) {
        return regression("regression", n, x -> Math.sin(2 * x) + x / 2, -3, 3, noise, seed);
    }

    /**
     * Noisy samples of any curve: x uniform in [{@code from}, {@code to}] (sorted ascending),
     * y = f(x) plus Gaussian noise of standard deviation {@code noise}; features and labels
     * {@code [n, 1]}.
     */
    public static DataSet regression(int n, DoubleUnaryOperator f, double from, double to, double noise,
            long seed) {
        return regression("regression", n, f, from, to, noise, seed);
    }

    /** Draws example {@code i} of a toy problem: fills {@code point} (two coordinates) and returns its class. */
    @FunctionalInterface
    private interface Draw {
        int example(int i, Random random, double[] point);
    }

    // One random stream for the whole set, drawn in example order, so a seed always gives the same points.
    private static DataSet points(int n, int classes, long seed, Draw draw) {
        Random random = Seeds.random(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = draw.example(i, random, x[i]);
        }
        return toDataSet(x, y, classes);
    }

    private static DataSet regression(String name, int n, DoubleUnaryOperator f, double from, double to,
            double noise, long seed) {
        checkArguments(name, n, 2, noise);
        if (f == null) {
            throw new IllegalArgumentException(name + " expected a function f but was given null;"
                    + " pass one, e.g. x -> Math.sin(x)");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException(name + " expected an interval with from < to but was given"
                    + " from = " + from + ", to = " + to + "; e.g. from = -3, to = 3");
        }
        Random random = Seeds.random(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + (to - from) * random.nextDouble();
        }
        Arrays.sort(xs);
        float[] features = new float[n];
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            double y = f.applyAsDouble(xs[i]);
            if (!Double.isFinite(y)) {
                throw new IllegalArgumentException(name + " expected f to give a finite number but f("
                        + xs[i] + ") = " + y + "; choose an interval where f is defined");
            }
            features[i] = (float) xs[i];
            labels[i] = (float) (y + noise * random.nextGaussian());
        }
        return new DataSet(Nd4j.create(features, new long[] {n, 1}), Nd4j.create(labels, new long[] {n, 1}));
    }

    /**
     * Wraps plain arrays as a DataSet: {@code x[i]} are the features of example i and
     * {@code y[i]} its class, from 0 to {@code classes - 1}. The classes are named "class 0",
     * "class 1", ...
     */
    public static DataSet toDataSet(double[][] x, int[] y, int classes) {
        if (x == null || y == null || x.length == 0) {
            throw new IllegalArgumentException("toDataSet expected at least one example but was given "
                    + (x == null || y == null ? "null" : "none") + "; pass features x[n][d] and labels y[n]");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("toDataSet expected one label per example but was given "
                    + x.length + " examples and " + y.length + " labels; make the arrays the same length");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("toDataSet expected 1 or more classes but was given "
                    + classes + "; pass the number of different labels, e.g. 2");
        }
        int features = x[0] == null ? 0 : x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length == 0 || x[i].length != features) {
                throw new IllegalArgumentException("toDataSet expected every example to have "
                        + (features == 0 ? "1 or more" : features) + " features but example " + i + " has "
                        + (x[i] == null ? "none (null)" : x[i].length) + "; make all rows of x the same length");
            }
        }
        float[][] labels = new float[y.length][classes];
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classes) {
                throw new IllegalArgumentException("toDataSet expected labels from 0 to " + (classes - 1)
                        + " but example " + i + " has label " + y[i]
                        + "; check the labels or the number of classes");
            }
            labels[i][y[i]] = 1f;
        }
        DataSet data = new DataSet(Nd4j.create(x).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT),
                Nd4j.create(labels));
        data.setLabelNames(classNames(classes));
        return data;
    }

    private static List<String> classNames(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            names.add("class " + k);
        }
        return List.copyOf(names);
    }

    private static void checkClasses(String name, int classes, String hint) {
        if (classes < 2) {
            throw new IllegalArgumentException(name + " expected 2 or more classes but was given "
                    + classes + "; " + hint);
        }
    }

    private static void checkArguments(String name, int n, int minimum, double noise) {
        if (n < minimum) {
            throw new IllegalArgumentException(name + " expected at least " + minimum
                    + " examples but was given n = " + n + "; a few hundred is a good start");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(name + " expected a noise level of 0 or more but was"
                    + " given " + noise + "; try 0.1");
        }
    }
}
