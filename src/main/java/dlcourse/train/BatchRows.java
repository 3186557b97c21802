package dlcourse.train;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Picks examples out of a DataSet quickly. {@code DataSet.get(int[])} copies row by row (about 20
 * times slower than ND4J's native gather for a batch of 32); for small networks that copy costs as
 * much as the training step, so batches are gathered here with {@code Nd4j.pullRows} instead.
 */
final class BatchRows {

    private BatchRows() {
    }

    /** The same data with every array laid out row by row in one block, so rows can be gathered. */
    static DataSet contiguous(DataSet data) {
        return new DataSet(contiguous(data.getFeatures()), contiguous(data.getLabels()),
                contiguous(data.getFeaturesMaskArray()), contiguous(data.getLabelsMaskArray()));
    }

    /** The examples at {@code rows}, copied, in that order. */
    static DataSet select(DataSet data, int[] rows) {
        return new DataSet(select(data.getFeatures(), rows), select(data.getLabels(), rows),
                select(data.getFeaturesMaskArray(), rows), select(data.getLabelsMaskArray(), rows));
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive), as views without copying. */
    static DataSet range(DataSet data, long from, long to) {
        return new DataSet(range(data.getFeatures(), from, to), range(data.getLabels(), from, to),
                range(data.getFeaturesMaskArray(), from, to), range(data.getLabelsMaskArray(), from, to));
    }

    private static INDArray contiguous(INDArray array) {
        if (array == null) {
            return null;
        }
        return array.ordering() == 'c' && !array.isView() ? array : array.dup('c');
    }

    private static INDArray select(INDArray array, int[] rows) {
        if (array == null) {
            return null;
        }
        long[] shape = array.shape();
        long width = array.length() / shape[0];
        INDArray picked = Nd4j.pullRows(array.reshape(shape[0], width), 1, rows);
        long[] pickedShape = Arrays.copyOf(shape, shape.length);
        pickedShape[0] = rows.length;
        return shape.length == 2 ? picked : picked.reshape(pickedShape);
    }

    private static INDArray range(INDArray array, long from, long to) {
        if (array == null) {
            return null;
        }
        return array.get(NDArrayIndex.interval(from, to));   // ND4J keeps the remaining dimensions whole
    }
}
