package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class OneHotTest {

    @Test
    void encodesOneRowPerClassNumber() {
        INDArray oneHot = OneHot.encode(new int[] {0, 2, 1}, 3);
        assertEquals(DataType.FLOAT, oneHot.dataType());
        assertEquals(Nd4j.createFromArray(new float[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}}), oneHot);
    }

    @Test
    void decodingUndoesEncoding() {
        int[] classes = {4, 0, 3, 3, 1};
        assertArrayEquals(classes, OneHot.decode(OneHot.encode(classes, 5)));
        assertArrayEquals(new int[] {2}, OneHot.decode(OneHot.encode(new int[] {2}, 3)));
    }

    @Test
    void decodingTakesTheMostLikelyClassOfProbabilities() {
        INDArray probabilities = Nd4j.createFromArray(new double[][] {{0.2, 0.5, 0.3}, {0.6, 0.1, 0.3}});
        assertArrayEquals(new int[] {1, 0}, OneHot.decode(probabilities));
        assertEquals(List.of("b", "a"), OneHot.decode(probabilities, List.of("a", "b", "c")));
    }
}
