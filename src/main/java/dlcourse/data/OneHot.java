package dlcourse.data;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Class numbers to one-hot rows and back. A one-hot row has a 1 in the column of its class and 0
 * elsewhere; decoding takes the column with the largest value (argmax), so it also turns a
 * network's predicted probabilities into classes.
 *
 * <pre>{@code
 * INDArray labels = OneHot.encode(new int[] {0, 2, 1}, 3);    // [[1,0,0], [0,0,1], [0,1,0]]
 * int[] classes = OneHot.decode(net.output(features));        // most likely class per row
 * List<String> names = OneHot.decode(net.output(features), data.getLabelNamesList());
 * }</pre>
 */
public final class OneHot {

    private OneHot() {
    }

    /** One row per entry of {@code classes}, FLOAT, shape {@code [classes.length, numberOfClasses]}. */
    public static INDArray encode(int[] classes, int numberOfClasses) {
        if (classes == null || classes.length == 0) {
            throw new IllegalArgumentException("OneHot.encode expected at least one class number but was given "
                    + (classes == null ? "null" : "an empty array") + "; pass e.g. new int[] {0, 2, 1}");
        }
        if (numberOfClasses < 1) {
            throw new IllegalArgumentException("OneHot.encode expected 1 or more classes but was given "
                    + numberOfClasses + "; pass the number of different classes, e.g. 3");
        }
        float[] values = new float[classes.length * numberOfClasses];
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= numberOfClasses) {
                throw new IllegalArgumentException("OneHot.encode expected class numbers from 0 to "
                        + (numberOfClasses - 1) + " but entry " + i + " is " + classes[i]
                        + "; check the numbers or pass a larger number of classes");
            }
            values[i * numberOfClasses + classes[i]] = 1f;
        }
        return Nd4j.create(values, new long[] {classes.length, numberOfClasses});
    }

    /** The column of the largest value in each row of a {@code [n, classes]} matrix. */
    public static int[] decode(INDArray oneHot) {
        if (oneHot == null || oneHot.rank() != 2 || oneHot.size(0) == 0 || oneHot.size(1) == 0) {
            throw new IllegalArgumentException("OneHot.decode expected a matrix [examples, classes] but was"
                    + " given " + (oneHot == null ? "null" : "shape " + java.util.Arrays.toString(oneHot.shape()))
                    + "; pass one-hot labels or a network's output, e.g. net.output(features)");
        }
        return oneHot.argMax(1).castTo(DataType.INT32).toIntVector();
    }

    /** The name of the most likely class in each row, e.g. with {@code data.getLabelNamesList()}. */
    public static List<String> decode(INDArray oneHot, List<String> classNames) {
        int[] classes = decode(oneHot);
        if (classNames == null || classNames.size() != oneHot.size(1)) {
            throw new IllegalArgumentException("OneHot.decode expected " + oneHot.size(1) + " class names,"
                    + " one per column, but was given " + (classNames == null ? "null" : classNames.size())
                    + "; pass data.getLabelNamesList() of the data set these rows belong to");
        }
        List<String> names = new ArrayList<>(classes.length);
        for (int c : classes) {
            names.add(classNames.get(c));
        }
        return names;
    }
}
