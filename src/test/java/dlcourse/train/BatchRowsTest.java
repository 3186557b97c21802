package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class BatchRowsTest {

    private final int[] rows = {4, 0, 7, 2};

    @Test
    void selectsTheSameRowsAsDataSetGetForTables() {
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, 9, 3), Nd4j.rand(DataType.FLOAT, 9, 2));
        DataSet expected = data.get(rows);
        DataSet picked = new BatchRows.Reused(BatchRows.contiguous(data)).select(rows);
        assertEquals(expected.getFeatures(), picked.getFeatures());
        assertEquals(expected.getLabels(), picked.getLabels());
    }

    @Test
    void selectsSequencesWithTheirMasks() {
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, 9, 3, 5), Nd4j.rand(DataType.FLOAT, 9, 2, 5),
                Nd4j.rand(DataType.FLOAT, 9, 5), Nd4j.rand(DataType.FLOAT, 9, 5));
        DataSet picked = new BatchRows.Reused(BatchRows.contiguous(data)).select(rows);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(data.getFeatures().slice(rows[i]), picked.getFeatures().slice(i));
            assertEquals(data.getLabels().slice(rows[i]), picked.getLabels().slice(i));
            assertEquals(data.getFeaturesMaskArray().getRow(rows[i]), picked.getFeaturesMaskArray().getRow(i));
            assertEquals(data.getLabelsMaskArray().getRow(rows[i]), picked.getLabelsMaskArray().getRow(i));
        }
    }

    @Test
    void selectsFromArraysThatAreViewsOrColumnMajor() {
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, 3, 9).transpose(), Nd4j.rand(DataType.FLOAT, 12, 2).getRows(1, 2, 3, 4, 5, 6, 7, 8, 9));
        DataSet expected = data.get(rows);
        DataSet picked = new BatchRows.Reused(BatchRows.contiguous(data)).select(rows);
        assertEquals(expected.getFeatures(), picked.getFeatures());
        assertEquals(expected.getLabels(), picked.getLabels());
    }

    @Test
    void reusesOneArrayPerBatchSizeAndRefillsIt() {
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, 9, 1, 2, 3), Nd4j.rand(DataType.FLOAT, 9, 2));
        BatchRows.Reused batches = new BatchRows.Reused(BatchRows.contiguous(data));
        DataSet first = batches.select(rows);
        INDArray firstFeatures = first.getFeatures();
        DataSet last = batches.select(new int[] {8});
        assertEquals(data.getFeatures().slice(8), last.getFeatures().slice(0));
        int[] next = {1, 3, 5, 6};
        DataSet again = batches.select(next);
        assertSame(firstFeatures, again.getFeatures(), "a batch of the same size refills the same array");
        assertArrayEquals(new long[] {4, 1, 2, 3}, again.getFeatures().shape());
        for (int i = 0; i < next.length; i++) {
            assertEquals(data.getFeatures().slice(next[i]), again.getFeatures().slice(i));
            assertEquals(data.getLabels().getRow(next[i]), again.getLabels().getRow(i));
        }
    }

    @Test
    void aRangeIsTheRowsFromTo() {
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, 9, 3, 2), Nd4j.rand(DataType.FLOAT, 9, 2));
        DataSet range = BatchRows.range(data, 3, 7);
        assertEquals(4, range.numExamples());
        assertEquals(data.getFeatures().slice(3), range.getFeatures().slice(0));
        assertEquals(data.getLabels().getRow(6), range.getLabels().getRow(3));
    }
}
