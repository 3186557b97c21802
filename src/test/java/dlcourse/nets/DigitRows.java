package dlcourse.nets;

import dlcourse.data.Datasets;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Slices of the 1,797 8×8 digits ({@link Datasets#digits()}) as pixel rows in [0, 1]. */
final class DigitRows {

    private DigitRows() {
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), {@code [to - from, 64]}. */
    static INDArray rows(int from, int to) {
        return Datasets.digits().getFeatures().get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).dup();
    }
}
