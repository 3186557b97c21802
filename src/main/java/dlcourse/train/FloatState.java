package dlcourse.train;

import java.util.Map;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.learning.GradientUpdater;

/**
 * The plumbing the Java updaters ({@link JavaAdam}, {@link JavaNesterovs}, {@link JavaRmsProp})
 * share: copying an updater's gradient block and state between ND4J's native memory and Java
 * arrays in one bulk copy each way, and the rule that keeps their state out of the subnormal range.
 */
final class FloatState {

    private FloatState() {
    }

    /**
     * Float values side by side in memory, starting where the array's buffer starts: what a bulk
     * copy can read. DL4J hands updaters such blocks of its flat gradient and state arrays; anything
     * else (double precision, strided views) goes to DL4J's own arithmetic.
     */
    static boolean plain(INDArray array) {
        return array != null && array.dataType() == DataType.FLOAT && array.length() <= Integer.MAX_VALUE
                && Shape.isContiguousInBuffer(array) && array.elementWiseStride() == 1
                && array.offset() == array.data().offset();
    }

    /** The first n values of a {@link #plain} array into {@code into}. */
    private static void read(INDArray from, float[] into, int n) {
        new FloatPointer(from.data().addressPointer()).get(into, 0, n);
    }

    /** The first n values of {@code from} into a {@link #plain} array. */
    private static void write(float[] from, INDArray into, int n) {
        new FloatPointer(into.data().addressPointer()).put(from, 0, n);
    }

    /**
     * 0 for a value below the smallest normal float (1.2e-38) in size, else the value. A running
     * average whose gradient stopped decays towards 0 but, rounded to the nearest float, sticks at
     * a few subnormal steps above it for good; every operation on a subnormal float takes a slow
     * path in x86 processors. Such a value moves no weight by a measurable amount.
     */
    static float flush(float value) {
        return Math.abs(value) < Float.MIN_NORMAL ? 0f : value;
    }

    /**
     * Java copies of an updater's gradient block and state arrays, reused from step to step: {@link
     * #load} reads them if all are {@link #plain} and of one length, {@link #store} writes them back.
     */
    static final class Copies {
        private float[][] arrays = new float[0][0];
        private INDArray[] sources = new INDArray[0];
        private int n;

        /**
         * Reads an updater's gradient block and state arrays for a step in Java. False, reading
         * nothing, after running {@code dl4jStep} instead, when one of them cannot be read in bulk
         * (double precision, strided views); an error naming the updater when its state is missing.
         */
        boolean loadOrElse(String updater, Runnable dl4jStep, INDArray gradient, INDArray... state) {
            for (INDArray array : state) {
                if (array == null) {
                    throw noState(updater);
                }
            }
            INDArray[] all = new INDArray[state.length + 1];
            all[0] = gradient;
            System.arraycopy(state, 0, all, 1, state.length);
            if (!load(all)) {
                dl4jStep.run();
                return false;
            }
            return true;
        }

        /** Reads the arrays (gradient first); false, reading nothing, if one cannot be read in bulk. */
        boolean load(INDArray... from) {
            for (INDArray array : from) {
                if (!plain(array) || array.length() != from[0].length()) {
                    return false;
                }
            }
            n = (int) from[0].length();
            if (arrays.length != from.length || arrays[0].length < n) {
                arrays = new float[from.length][n];
            }
            sources = from;
            for (int a = 0; a < from.length; a++) {
                read(from[a], arrays[a], n);
            }
            return true;
        }

        /** The Java copy of the {@code index}-th array given to {@link #load}. */
        float[] get(int index) {
            return arrays[index];
        }

        /** How many values each array has. */
        int length() {
            return n;
        }

        /** Writes every copy back into the array it was read from. */
        void store() {
            for (int a = 0; a < sources.length; a++) {
                write(arrays[a], sources[a], n);
            }
        }
    }

    /** An updater given the state DL4J saved (or a fresh one): what every updater's instantiate(Map, ...) does. */
    static <U extends GradientUpdater<?>> U withState(U updater, Map<String, INDArray> state, boolean initialize) {
        updater.setState(state, initialize);
        return updater;
    }

    /** The message for an updater used before DL4J gave it its state. */
    private static IllegalStateException noState(String updater) {
        return new IllegalStateException(updater + "'s state was not set: DL4J calls setStateViewArray before"
                + " the first update; to use the updater by hand, instantiate it from its configuration"
                + " with a state array of stateSize(n) values");
    }
}
