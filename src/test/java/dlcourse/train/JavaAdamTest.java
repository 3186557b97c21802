package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

class JavaAdamTest {

    @Test
    void givesDl4jsAdamUpdatesAndState() {
        double gap = JavaUpdatersTest.largestGap(new JavaAdam(0.01), new Adam(0.01), DataType.FLOAT, 1000, 50, 1);
        assertTrue(gap < 1e-6, "largest relative gap to DL4J's Adam " + gap);
        double withSettings = JavaUpdatersTest.largestGap(new JavaAdam(0.002, 0.5, 0.99, 1e-7), new Adam(0.002, 0.5, 0.99, 1e-7),
                DataType.FLOAT, 300, 30, 2);
        assertTrue(withSettings < 1e-6, "largest relative gap with other settings " + withSettings);
    }

    @Test
    void doublePrecisionNetworksGetDl4jsArithmetic() {
        assertEquals(0.0, JavaUpdatersTest.largestGap(new JavaAdam(0.01), new Adam(0.01), DataType.DOUBLE, 200, 10, 3));
    }

    @Test
    void averagesOfAStoppedGradientEndAtZeroInsteadOfSubnormal() {
        int n = 64;
        INDArray javaState = Nd4j.zeros(DataType.FLOAT, 1, 2 * n), dl4jState = Nd4j.zeros(DataType.FLOAT, 1, 2 * n);
        GradientUpdater<?> java = new JavaAdam(0.001).instantiate(javaState, true);
        GradientUpdater<?> dl4j = new Adam(0.001).instantiate(dl4jState, true);
        for (int step = 0; step < 3000; step++) {
            // A gradient for 20 steps, then none: a unit that stopped firing.
            float value = step < 20 ? 0.5f : 0f;
            java.applyUpdater(Nd4j.valueArrayOf(new long[] {1, n}, value, DataType.FLOAT), step, 0);
            dl4j.applyUpdater(Nd4j.valueArrayOf(new long[] {1, n}, value, DataType.FLOAT), step, 0);
        }
        // β₁ = 0.9: m falls below the smallest normal float after about 800 steps.
        assertEquals(0, JavaUpdatersTest.subnormals(javaState));
        assertTrue(JavaUpdatersTest.subnormals(dl4jState) > 0, "DL4J's Adam keeps subnormal state (the trap this class avoids)");
        assertEquals(0.0, javaState.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(0, n)).amaxNumber().doubleValue());
    }

    @Test
    void trainsANetworkAsDl4jsAdamDoes() {
        DataSet moons = SyntheticData.moons(400, 0.15, 1);
        MultiLayerNetwork java = Mlp.builder().inputs(2).hidden(32, 32).outputs(2).updater(new JavaAdam(0.01)).seed(4).build();
        MultiLayerNetwork dl4j = Mlp.builder().inputs(2).hidden(32, 32).outputs(2).updater(new Adam(0.01)).seed(4).build();
        Trainer trainer = Trainer.builder().epochs(5).batchSize(50).live(false).trainingAccuracy(false).build();
        History a = trainer.fit(java, moons), b = trainer.fit(dl4j, moons);
        assertEquals(b.last("loss"), a.last("loss"), 1e-4 * b.last("loss"));
        assertTrue(JavaUpdatersTest.relativeGap(java.params(), dl4j.params()) < 1e-4);
    }

    @Test
    void isWhatTheLibraryTrainsWith() {
        assertInstanceOf(JavaAdam.class, Optimizer.adam(0.01).updater());
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        assertInstanceOf(JavaAdam.class, ((BaseLayer) net.getLayer(0).conf().getLayer()).getIUpdater());
        // DL4J's own stays reachable.
        assertInstanceOf(Adam.class, Optimizer.of(new Adam(0.01)).updater());
        assertNotEquals(JavaAdam.class, Optimizer.of(new Adam(0.01)).updater().getClass());
    }

    @Test
    void equalsComparesTheClassAndTheSettings() {
        assertEquals(new JavaAdam(0.01), new JavaAdam(0.01));
        assertEquals(new JavaAdam(0.01).hashCode(), new JavaAdam(0.01).hashCode());
        assertEquals(new JavaAdam(0.01, 0.5, 0.999, 1e-8), new JavaAdam(0.01, 0.5, 0.999, 1e-8).clone());
        assertNotEquals(new JavaAdam(0.01), new JavaAdam(0.02));
        assertNotEquals(new JavaAdam(0.01), new Adam(0.01));
        assertNotEquals(new Adam(0.01), new JavaAdam(0.01));
    }
}
