package dlcourse.data;

import java.util.Random;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small seeded toy problems in two dimensions, the kind a network learns in seconds and a picture
 * explains at a glance. Each call returns a DL4J {@link DataSet}: features of shape
 * {@code [n, 2]} and one-hot labels of shape {@code [n, classes]}. The same seed gives the same
 * points.
 *
 * <pre>{@code
 * DataSet moons = SyntheticData.moons(400, 0.15, 42);
 * }</pre>
 */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** Two interleaving half circles, one per class; {@code noise} is the standard deviation added. */
    public static DataSet moons(int n, double noise, long seed) {
        checkArguments("moons", n, 2, noise);
        Random random = new Random(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double angle = Math.PI * random.nextDouble();
            x[i][0] = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            x[i][1] = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
            x[i][0] += noise * random.nextGaussian();
            x[i][1] += noise * random.nextGaussian();
            y[i] = label;
        }
        return toDataSet(x, y, 2);
    }

    /** A small circle inside a larger one; the inner circle has radius {@code factor} × the outer. */
    public static DataSet circles(int n, double noise, double factor, long seed) {
        checkArguments("circles", n, 2, noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("circles expected factor between 0 and 1 (inner radius"
                    + " relative to the outer) but was given " + factor + "; try 0.5");
        }
        Random random = new Random(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double radius = label == 0 ? 1.0 : factor;
            double angle = 2 * Math.PI * random.nextDouble();
            x[i][0] = radius * Math.cos(angle) + noise * random.nextGaussian();
            x[i][1] = radius * Math.sin(angle) + noise * random.nextGaussian();
            y[i] = label;
        }
        return toDataSet(x, y, 2);
    }

    /** Points in the square [-1, 1]²; class 1 where exactly one coordinate is positive. */
    public static DataSet xor(int n, double noise, long seed) {
        checkArguments("xor", n, 4, noise);
        Random random = new Random(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * random.nextDouble() - 1;
            double b = 2 * random.nextDouble() - 1;
            y[i] = (a > 0) != (b > 0) ? 1 : 0;
            x[i][0] = a + noise * random.nextGaussian();
            x[i][1] = b + noise * random.nextGaussian();
        }
        return toDataSet(x, y, 2);
    }

    /**
     * Wraps plain arrays as a DataSet: {@code x[i]} are the features of example i and
     * {@code y[i]} its class, from 0 to {@code classes - 1}.
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
        float[][] labels = new float[y.length][classes];
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classes) {
                throw new IllegalArgumentException("toDataSet expected labels from 0 to " + (classes - 1)
                        + " but example " + i + " has label " + y[i]
                        + "; check the labels or the number of classes");
            }
            labels[i][y[i]] = 1f;
        }
        return new DataSet(Nd4j.create(x).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT),
                Nd4j.create(labels));
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
