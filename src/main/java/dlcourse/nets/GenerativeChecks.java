package dlcourse.nets;

import dlcourse.train.Optimizer;
import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks and small numeric helpers that {@link Autoencoder}, {@link Vae} and {@link Gan} share, so
 * each bad input gets the same kind of message wherever it is passed.
 */
final class GenerativeChecks {

    private GenerativeChecks() {
    }

    /** Rejects data outside [0, 1] where the network's output is a sigmoid. */
    static void inUnitInterval(String method, INDArray x, String fix) {
        double min = x.minNumber().doubleValue();
        double max = x.maxNumber().doubleValue();
        if (min < 0 || max > 1) {
            throw new IllegalArgumentException(method + " expected values from 0 to 1 (the network's"
                    + " sigmoid output can only produce those) but was given values from " + min + " to "
                    + max + "; " + fix);
        }
    }

    static void positive(String what, String method, int value, String fix) {
        if (value < 1) {
            throw new IllegalArgumentException(method + " expected " + what + " of 1 or more but was"
                    + " given " + value + "; " + fix);
        }
    }

    static void sizes(String what, String method, int[] sizes, String example) {
        if (sizes == null) {
            throw new IllegalArgumentException(method + " expected " + what + " but was given null; pass"
                    + " none for no hidden layer, or sizes such as " + example);
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException(method + " expected " + what + " of 1 or more but was"
                        + " given " + Arrays.toString(sizes) + "; remove or enlarge the empty layer, e.g. "
                        + example);
            }
        }
    }

    static void learningRate(String method, double rate) {
        Optimizer.checkLearningRate(method, rate, "0.0001 to 0.01 (Adam)", true);
    }

    /** A {@code [rows, columns]} FLOAT matrix of standard normal numbers from {@code random}. */
    static INDArray gaussian(Random random, int rows, int columns) {
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }

    /** The mean of the squared differences over every value of two same-shape matrices. */
    static double meanSquaredError(INDArray a, INDArray b) {
        return a.castTo(DataType.DOUBLE).squaredDistance(b.castTo(DataType.DOUBLE)) / a.length();
    }
}
