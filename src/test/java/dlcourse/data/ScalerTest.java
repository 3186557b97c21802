package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ScalerTest {

    private static DataSet table(double[][] rows) {
        return SyntheticData.toDataSet(rows, new int[rows.length], 1);
    }

    @Test
    void standardizingGivesMeanZeroAndStandardDeviationOne() {
        DataSet iris = Datasets.iris();
        DataSet scaled = Scaler.standardize().fitTransform(iris);
        INDArray f = scaled.getFeatures();
        for (double mean : f.mean(0).toDoubleVector()) {
            assertEquals(0, mean, 1e-5);
        }
        for (double std : f.std(false, 0).toDoubleVector()) {
            assertEquals(1, std, 1e-4);
        }
        assertEquals(iris.getLabelNamesList(), scaled.getLabelNamesList());
        assertEquals(iris.getLabels(), scaled.getLabels());
    }

    @Test
    void minMaxMapsTheTrainingRangeToTheUnitInterval() {
        DataSet train = table(new double[][] {{0, 10}, {5, 20}, {10, 30}});
        Scaler scaler = Scaler.minMax().fit(train);
        assertArrayEquals(new float[] {0.5f, 0.5f}, scaler.transform(train).getFeatures().getRow(1).toFloatVector());
        // Other data use the training range, so they may fall outside [0, 1].
        DataSet test = table(new double[][] {{20, 0}});
        assertArrayEquals(new float[] {2f, -0.5f}, scaler.transform(test).getFeatures().getRow(0).toFloatVector());
    }

    @Test
    void testDataAreScaledWithTheTrainingStatistics() {
        DataSet train = table(new double[][] {{1}, {3}});
        Scaler scaler = Scaler.standardize().fit(train);
        assertEquals(2.0, scaler.transform(table(new double[][] {{4}})).getFeatures().getDouble(0, 0), 1e-6);
    }

    @Test
    void constantColumnsBecomeZeroNotNaN() {
        DataSet train = table(new double[][] {{0.1, 1}, {0.1, 2}, {0.1, 3}});
        for (Scaler scaler : new Scaler[] {Scaler.standardize(), Scaler.minMax()}) {
            INDArray scaled = scaler.fitTransform(train).getFeatures();
            assertArrayEquals(new double[] {0, 0, 0}, scaled.getColumn(0).toDoubleVector(), 1e-6);
            assertFalse(scaled.isNaN().any(), scaler.toString());
        }
    }

    @Test
    void transformLeavesItsInputAloneAndCopiesTheLabels() {
        DataSet data = SyntheticData.moons(20, 0.1, 1);
        INDArray before = data.getFeatures().dup();
        DataSet scaled = Scaler.standardize().fit(data).transform(data);
        assertEquals(before, data.getFeatures());
        assertNotSame(data.getLabels(), scaled.getLabels());
        scaled.getLabels().assign(0);
        assertEquals(20, data.getLabels().sumNumber().intValue());
    }

    @Test
    void sequencesAreScaledPerFeatureOverAllTimeSteps() {
        INDArray features = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 6, 2, 5);
        features.slice(1, 1).muli(100).addi(50);
        DataSet sequences = new DataSet(features, Nd4j.zeros(6, 1, 5));
        INDArray scaled = Scaler.standardize().fitTransform(sequences).getFeatures();
        assertArrayEquals(new long[] {6, 2, 5}, scaled.shape());
        assertArrayEquals(new double[] {0, 0}, scaled.mean(0, 2).toDoubleVector(), 1e-5);
        assertArrayEquals(new double[] {1, 1}, scaled.std(false, 0, 2).toDoubleVector(), 1e-4);
    }

    @Test
    void fitReturnsTheScalerAndToStringShowsTheStatistics() {
        Scaler scaler = Scaler.minMax();
        assertEquals("Scaler.minMax(), not fitted", scaler.toString());
        assertSame(scaler, scaler.fit(table(new double[][] {{1}, {3}})));
        assertTrue(scaler.isFitted());
        assertEquals("Scaler.minMax(), fitted on 1 columns, minimum [1.00], range [2.00]", scaler.toString());
    }
}
