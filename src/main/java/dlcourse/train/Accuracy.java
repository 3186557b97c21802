package dlcourse.train;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Counting correct predictions, shared by {@link Trainer} for its accuracy columns. */
final class Accuracy {

    private Accuracy() {
    }

    /**
     * Returns {correct, counted} for outputs and labels of the same shape: {@code [n, classes]}, or
     * {@code [n, classes, time]} with an optional {@code [n, time]} mask (masked steps do not count).
     */
    static long[] count(INDArray output, INDArray labels, INDArray labelsMask, boolean binary) {
        INDArray predicted = classes(rows(output), binary);
        INDArray actual = classes(rows(labels), binary);
        INDArray hits = predicted.eq(actual).castTo(DataType.DOUBLE);
        if (labels.rank() == 3 && labelsMask != null && labelsMask.length() == hits.length()) {
            // Explicit long[] shapes: reshape('c', n) would read the char as a size.
            INDArray mask = labelsMask.castTo(DataType.DOUBLE).dup('c').reshape(new long[] {hits.length()}).neq(0)
                    .castTo(DataType.DOUBLE);
            return new long[] {Math.round(hits.reshape(new long[] {hits.length()}).mul(mask).sumNumber().doubleValue()),
                    Math.round(mask.sumNumber().doubleValue())};
        }
        return new long[] {Math.round(hits.sumNumber().doubleValue()), hits.length()};
    }

    /**
     * As {@link #count}, for the common case of one batch: {@code [n, classes]} float arrays in one
     * block each, no mask. Two copies into Java and a loop, where {@link #count} takes about ten
     * native operations; during training, which counts every batch, that difference was 7 % of a
     * small network's time. Returns null for any other case, which {@link #count} handles.
     */
    static long[] countInJava(INDArray output, INDArray labels, INDArray labelsMask, boolean binary) {
        if (output.rank() != 2 || labelsMask != null || !Arrays.equals(output.shape(), labels.shape())
                || !oneBlock(output) || !oneBlock(labels)) {
            return null;
        }
        int width = (int) output.size(1);
        float[] out = output.data().asFloat();
        float[] expected = labels.data().asFloat();
        if (!binary) {
            return countLargest(out, expected, width);
        }
        long correct = 0;
        for (int row = 0; row < out.length; row += width) {
            correct += (out[row] >= 0.5f) == (expected[row] >= 0.5f) ? 1 : 0;
        }
        return new long[] {correct, out.length / width};
    }

    /** {correct, counted} for rows of {@code width} values: a row is correct when both rows' first largest values are at the same place. */
    static long[] countLargest(float[] output, float[] labels, int width) {
        long correct = 0;
        for (int row = 0; row < output.length; row += width) {
            correct += largest(output, row, width) == largest(labels, row, width) ? 1 : 0;
        }
        return new long[] {correct, output.length / width};
    }

    /** A float array that owns exactly its buffer, row by row: its data can be copied out as is. */
    static boolean oneBlock(INDArray array) {
        return array.dataType() == DataType.FLOAT && array.ordering() == 'c' && !array.isView()
                && array.data().length() == array.length() && array.length() > 0;
    }

    /** The index of the first largest value in {@code values[from, from + width)}, as ND4J's argMax picks. */
    private static int largest(float[] values, int from, int width) {
        int best = 0;
        for (int i = 1; i < width; i++) {
            if (values[from + i] > values[from + best]) {
                best = i;
            }
        }
        return best;
    }

    /** Moves the class axis (1) last and flattens the rest: one row per example and time step. */
    static INDArray rows(INDArray array) {
        if (array.rank() == 2) {
            return array;
        }
        int rank = array.rank();
        int[] order = new int[rank];
        order[0] = 0;
        for (int d = 2; d < rank; d++) {
            order[d - 1] = d;
        }
        order[rank - 1] = 1;
        INDArray moved = array.permute(order).dup('c');
        return moved.reshape(new long[] {moved.length() / array.size(1), array.size(1)});
    }

    private static INDArray classes(INDArray rows, boolean binary) {
        if (binary) {
            return rows.getColumn(0).gte(0.5).castTo(DataType.INT64);
        }
        return rows.argMax(1).castTo(DataType.INT64);
    }
}
