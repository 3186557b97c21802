package dlcourse.evaluate;

import dlcourse.data.Rows;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How close generated or reconstructed examples come to real ones, for the autoencoder, VAE and
 * GAN chapters: a distance between two samples that sees their shape, counts of samples per mode
 * of a mixture (mode collapse made visible), and the error an autoencoder must beat.
 *
 * <pre>{@code
 * double distance = GenerativeMetrics.energyDistance(gan.sample(1000, 7), ring);
 * int modes = GenerativeMetrics.modesCovered(gan.sample(1000, 7), SyntheticData.blobCentres(8), 0.5);
 * double floor = GenerativeMetrics.baselineError(testX);   // outputting the mean example
 * }</pre>
 */
public final class GenerativeMetrics {

    private GenerativeMetrics() {
    }

    /**
     * The energy distance between two samples {@code [n, d]} and {@code [m, d]}:
     * 2·E|X − Y| − E|X − X'| − E|Y − Y'|, with |·| the Euclidean distance and the means over all
     * pairs. It is 0 for identical samples and grows as the distributions differ, in location,
     * spread or shape (a ring and a blob with the same mean and covariance are far apart), with no
     * bandwidth or bins to choose. It costs n·m distance computations, so keep samples to a few
     * thousand.
     */
    public static double energyDistance(INDArray a, INDArray b) {
        INDArray x = Rows.checked("energyDistance", a, "the first sample");
        INDArray y = Rows.checked("energyDistance", b, x.columns(), "the second sample");
        double[][] p = x.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] q = y.castTo(DataType.DOUBLE).toDoubleMatrix();
        return 2 * meanDistance(p, q) - meanDistance(p, p) - meanDistance(q, q);
    }

    /**
     * For each mode of a mixture, how many samples fell on it: entry k counts the samples
     * {@code [n, d]} whose nearest centre is row k of {@code centres} {@code [k, d]} and that lie
     * within {@code radius} of it (Euclidean). Samples far from every centre count nowhere, so
     * {@code n} minus the sum is how many samples landed between the modes.
     *
     * <pre>{@code
     * int[] counts = GenerativeMetrics.modeCounts(gan.sample(1000, 7), SyntheticData.blobCentres(8), 0.5);
     * }</pre>
     */
    public static int[] modeCounts(INDArray samples, INDArray centres, double radius) {
        INDArray m = Rows.checked("modeCounts", centres, "the centres of the modes");
        INDArray x = Rows.checked("modeCounts", samples, m.columns(), "the samples");
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("modeCounts expected a radius above 0 but was given " + radius
                    + "; use a few standard deviations of one mode, e.g. 3 × 0.1 = 0.3");
        }
        double[][] p = x.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] c = m.castTo(DataType.DOUBLE).toDoubleMatrix();
        int[] counts = new int[c.length];
        for (double[] point : p) {
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int k = 0; k < c.length; k++) {
                double squared = 0;
                for (int j = 0; j < point.length; j++) {
                    double d = point[j] - c[k][j];
                    squared += d * d;
                }
                if (squared < best) {
                    best = squared;
                    nearest = k;
                }
            }
            if (Math.sqrt(best) <= radius) {
                counts[nearest]++;
            }
        }
        return counts;
    }

    /**
     * How many modes of a mixture the samples cover: the modes that got at least a quarter of an
     * even share of the samples, n / (4k) for n samples and k modes, by {@link #modeCounts}. A
     * generator that found every mode covers all k; one that collapsed onto a few covers those.
     */
    public static int modesCovered(INDArray samples, INDArray centres, double radius) {
        int[] counts = modeCounts(samples, centres, radius);
        double enough = samples.rows() / (4.0 * counts.length);
        return (int) Arrays.stream(counts).filter(count -> count >= enough).count();
    }

    private static double meanDistance(double[][] p, double[][] q) {
        double sum = 0;
        for (double[] u : p) {
            for (double[] v : q) {
                double squared = 0;
                for (int k = 0; k < u.length; k++) {
                    double d = u[k] - v[k];
                    squared += d * d;
                }
                sum += Math.sqrt(squared);
            }
        }
        return sum / ((double) p.length * q.length);
    }

    /**
     * The reconstruction error (mean squared difference per value) of the laziest possible
     * "autoencoder", which outputs the mean of {@code features} whatever the input: the baseline
     * any trained autoencoder should beat by far. The mean is taken over the examples given, so
     * no single fixed output does better on them.
     */
    public static double baselineError(INDArray features) {
        INDArray x = Rows.checked("baselineError", features, "features");
        INDArray mean = x.mean(true, 0);
        return x.castTo(DataType.DOUBLE).squaredDistance(mean.repeat(0, x.rows()).castTo(DataType.DOUBLE)) / x.length();
    }
}
