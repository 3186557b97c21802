package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AccuracyTest {

    private static INDArray oneHot(int rows, int classes, Random random) {
        float[][] labels = new float[rows][classes];
        for (float[] row : labels) {
            row[random.nextInt(classes)] = 1;
        }
        return Nd4j.createFromArray(labels);
    }

    @Test
    void theJavaCountAgreesWithTheNativeOneForSoftmaxAndSigmoidOutputs() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int rows = 1 + random.nextInt(70);
            int classes = 2 + random.nextInt(9);
            INDArray labels = oneHot(rows, classes, random);
            // Rounded outputs make ties: both counts must pick the first of equal largest values.
            INDArray output = Nd4j.rand(DataType.FLOAT, rows, classes).muli(4).castTo(DataType.INT32).castTo(DataType.FLOAT);
            assertArrayEquals(Accuracy.count(output, labels, null, false), Accuracy.countInJava(output, labels, null, false));

            INDArray binaryLabels = Nd4j.rand(DataType.FLOAT, rows, 1).gte(0.5).castTo(DataType.FLOAT);
            INDArray probabilities = Nd4j.rand(DataType.FLOAT, rows, 1);
            probabilities.putScalar(0, 0, 0.5f);   // exactly 0.5 counts as class 1 both ways
            assertArrayEquals(Accuracy.count(probabilities, binaryLabels, null, true),
                    Accuracy.countInJava(probabilities, binaryLabels, null, true));
        }
    }

    @Test
    void leavesViewsOtherTypesMasksAndSequencesToTheNativeCount() {
        Random random = new Random(4);
        INDArray labels = oneHot(10, 3, random);
        INDArray output = Nd4j.rand(DataType.FLOAT, 10, 3);
        assertNull(Accuracy.countInJava(output.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 6)),
                labels.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 6)), null, false));
        assertNull(Accuracy.countInJava(output.castTo(DataType.DOUBLE), labels, null, false));
        assertNull(Accuracy.countInJava(output, labels, Nd4j.ones(10, 1), false));
        assertNull(Accuracy.countInJava(Nd4j.rand(DataType.FLOAT, 4, 3, 5), Nd4j.rand(DataType.FLOAT, 4, 3, 5), null, false));
        assertNull(Accuracy.countInJava(output.transpose(), labels.transpose(), null, false));
    }
}
