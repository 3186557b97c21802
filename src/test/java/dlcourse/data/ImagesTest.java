package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ImagesTest {

    // Two 2 × 3 images, row by row: 1 2 3 / 4 5 6 and its negative.
    private final INDArray two = Nd4j.create(new float[][] {{1, 2, 3, 4, 5, 6}, {-1, -2, -3, -4, -5, -6}});

    @Test
    void rightMovesColumnsAndFillsWithZero() {
        assertArrayEquals(new float[] {0, 1, 2, 0, 4, 5}, Images.shift(two, 2, 3, 1, 0).getRow(0).toFloatVector());
        assertArrayEquals(new float[] {0, -1, -2, 0, -4, -5}, Images.shift(two, 2, 3, 1, 0).getRow(1).toFloatVector());
    }

    @Test
    void negativeValuesMoveLeftAndUp() {
        assertArrayEquals(new float[] {5, 6, 0, 0, 0, 0}, Images.shift(two, 2, 3, -1, -1).getRow(0).toFloatVector());
        assertArrayEquals(new float[] {0, 0, 0, 1, 2, 3}, Images.shift(two, 2, 3, 0, 1).getRow(0).toFloatVector());
    }

    @Test
    void noShiftIsACopyAndTheInputIsUntouched() {
        INDArray same = Images.shift(two, 2, 3, 0, 0);
        assertEquals(two, same);
        same.putScalar(0, 0, 99);
        assertEquals(1, two.getFloat(0, 0));
    }

    @Test
    void dataSetKeepsItsLabelsAndTheDataType() {
        DataSet data = new DataSet(two.castTo(DataType.DOUBLE), Nd4j.eye(2));
        DataSet moved = Images.shift(data, 2, 3, 2, 0);
        assertEquals(data.getLabels(), moved.getLabels());
        assertEquals(DataType.DOUBLE, moved.getFeatures().dataType());
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 4}, moved.getFeatures().getRow(0).toDoubleVector());
    }

    @Test
    void badInputsSayWhatWasExpected() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> Images.shift(two, 3, 3, 1, 0));
        assertTrue(size.getMessage().contains("6 values per row") && size.getMessage().contains("3 × 3"), size.getMessage());
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class, () -> Images.shift(two, 2, 3, 3, 0));
        assertTrue(far.getMessage().contains("smaller than the image"), far.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Images.shift((DataSet) null, 2, 3, 1, 0));
        assertTrue(none.getMessage().contains("FashionMnist.test(2000)"), none.getMessage());
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
                () -> Images.shift(Nd4j.zeros(2, 1, 2, 3), 2, 3, 1, 0));
        assertTrue(rank.getMessage().contains("[2, 1, 2, 3]"), rank.getMessage());
    }
}
