package dlcourse.train;

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
