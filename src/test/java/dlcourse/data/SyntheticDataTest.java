package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Mlp;
import dlcourse.train.Trainer;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class SyntheticDataTest {

    @Test
    void classificationSetsNameTheirClasses() {
        assertEquals(List.of("class 0", "class 1"), SyntheticData.moons(10, 0.1, 1).getLabelNamesList());
        assertEquals(List.of("class 0", "class 1", "class 2"), SyntheticData.blobs(30, 3, 1, 1).getLabelNamesList());
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3"),
                SyntheticData.spirals(40, 4, 0.05, 1).getLabelNamesList());
        assertEquals(List.of("class 0", "class 1", "class 2"),
                SyntheticData.toDataSet(new double[][] {{1}, {2}}, new int[] {0, 2}, 3).getLabelNamesList());
    }

    @Test
    void blobsAreGaussianClustersAroundEvenlySpacedCentres() {
        DataSet blobs = SyntheticData.blobs(3000, 3, 0.5, 7);
        assertArrayEquals(new long[] {3000, 2}, blobs.getFeatures().shape());
        assertArrayEquals(new long[] {3000, 3}, blobs.getLabels().shape());
        assertEquals(DataType.FLOAT, blobs.getFeatures().dataType());
        int[] classes = OneHot.decode(blobs.getLabels());
        for (int k = 0; k < 3; k++) {
            double sumX = 0, sumY = 0, sumSquares = 0;
            int count = 0;
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] == k) {
                    double x = blobs.getFeatures().getDouble(i, 0);
                    double y = blobs.getFeatures().getDouble(i, 1);
                    sumX += x;
                    sumY += y;
                    sumSquares += x * x;
                    count++;
                }
            }
            assertEquals(1000, count);
            double meanX = sumX / count;
            assertEquals(3 * Math.cos(2 * Math.PI * k / 3), meanX, 0.1);
            assertEquals(3 * Math.sin(2 * Math.PI * k / 3), sumY / count, 0.1);
            assertEquals(0.5, Math.sqrt(sumSquares / count - meanX * meanX), 0.05);
        }
    }

    @Test
    void spiralsStayWithinTheUnitDiscAndTurn() {
        DataSet spirals = SyntheticData.spirals(900, 3, 0, 3);
        assertArrayEquals(new long[] {900, 2}, spirals.getFeatures().shape());
        INDArray radius = spirals.getFeatures().mul(spirals.getFeatures()).sum(1);
        assertTrue(radius.maxNumber().doubleValue() <= 1.0 + 1e-6);
        // One and a half turns: every arm has points in all four quadrants.
        int[] classes = OneHot.decode(spirals.getLabels());
        for (int k = 0; k < 3; k++) {
            boolean[] quadrants = new boolean[4];
            for (int i = 0; i < 900; i++) {
                if (classes[i] == k) {
                    double x = spirals.getFeatures().getDouble(i, 0);
                    double y = spirals.getFeatures().getDouble(i, 1);
                    quadrants[(x >= 0 ? 0 : 1) + (y >= 0 ? 0 : 2)] = true;
                }
            }
            assertArrayEquals(new boolean[] {true, true, true, true}, quadrants);
        }
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        assertEquals(SyntheticData.spirals(50, 2, 0.1, 5).getFeatures(), SyntheticData.spirals(50, 2, 0.1, 5).getFeatures());
        assertNotEquals(SyntheticData.spirals(50, 2, 0.1, 5).getFeatures(), SyntheticData.spirals(50, 2, 0.1, 6).getFeatures());
        assertEquals(SyntheticData.blobs(50, 2, 1, 5).getFeatures(), SyntheticData.blobs(50, 2, 1, 5).getFeatures());
        assertEquals(SyntheticData.regression(50, 0.1, 5).getLabels(), SyntheticData.regression(50, 0.1, 5).getLabels());
        assertNotEquals(SyntheticData.regression(50, 0.1, 5).getLabels(), SyntheticData.regression(50, 0.1, 6).getLabels());
    }

    @Test
    void regressionSamplesTheWavyCurveOnSortedX() {
        DataSet curve = SyntheticData.regression(500, 0, 2);
        assertArrayEquals(new long[] {500, 1}, curve.getFeatures().shape());
        assertArrayEquals(new long[] {500, 1}, curve.getLabels().shape());
        assertTrue(curve.getLabelNamesList() == null || curve.getLabelNamesList().isEmpty());
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 500; i++) {
            double x = curve.getFeatures().getDouble(i, 0);
            assertTrue(x >= -3 && x <= 3 && x >= previous, "x = " + x);
            assertEquals(Math.sin(2 * x) + x / 2, curve.getLabels().getDouble(i, 0), 1e-5);
            previous = x;
        }
    }

    @Test
    void regressionNoiseHasTheRequestedStandardDeviation() {
        DataSet noisy = SyntheticData.regression(4000, x -> 2 * x, 0, 1, 0.3, 9);
        INDArray residual = noisy.getLabels().sub(noisy.getFeatures().mul(2));
        assertEquals(0, residual.meanNumber().doubleValue(), 0.02);
        assertEquals(0.3, residual.stdNumber().doubleValue(), 0.02);
    }

    @Test
    @Tag("slow")
    void aSmallNetworkLearnsTheSpirals() {
        DataSet train = SyntheticData.spirals(400, 2, 0.03, 1);
        DataSet test = SyntheticData.spirals(200, 2, 0.03, 2);
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(32, 32).outputs(2).learningRate(0.03).build();
        Trainer.builder().epochs(60).batchSize(32).live(false).build().fit(net, train);
        double accuracy = Trainer.accuracy(net, test);
        System.out.println("spirals test accuracy " + accuracy);
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
    }

    @Test
    void ringPointsLieAroundTheCircle() {
        DataSet ring = SyntheticData.ring(2000, 2, 0.1, 4);
        assertArrayEquals(new long[] {2000, 2}, ring.getFeatures().shape());
        assertArrayEquals(new long[] {2000, 1}, ring.getLabels().shape());
        INDArray x = ring.getFeatures();
        INDArray radius = org.nd4j.linalg.ops.transforms.Transforms.sqrt(x.mul(x).sum(1));
        assertEquals(2.0, radius.meanNumber().doubleValue(), 0.02);
        assertEquals(0.1, radius.stdNumber().doubleValue(), 0.02);
        assertEquals(0.0, x.mean(0).getDouble(0), 0.1, "angles are uniform, so the mean is near the origin");
        assertEquals(x, SyntheticData.ring(2000, 2, 0.1, 4).getFeatures());
    }

    @Test
    void blobCentresAreTheClassMeansOfBlobs() {
        INDArray centres = SyntheticData.blobCentres(4);
        assertArrayEquals(new long[] {4, 2}, centres.shape());
        assertEquals(3.0, centres.getDouble(0, 0), 1e-6);
        assertEquals(3.0, centres.getDouble(1, 1), 1e-6);
        assertEquals(-3.0, centres.getDouble(2, 0), 1e-6);
        DataSet blobs = SyntheticData.blobs(400, 4, 0, 1);
        for (int i = 0; i < 8; i++) {
            int k = OneHot.decode(blobs.getLabels())[i];
            assertEquals(centres.getDouble(k, 0), blobs.getFeatures().getDouble(i, 0), 1e-6);
            assertEquals(centres.getDouble(k, 1), blobs.getFeatures().getDouble(i, 1), 1e-6);
        }
    }
}
