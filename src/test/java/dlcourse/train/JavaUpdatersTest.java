package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.saving.ModelFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;

/** The Java momentum and RMSProp updaters against DL4J's native ones, and the helpers JavaAdamTest shares. */
class JavaUpdatersTest {

    /** Runs both updaters on the same gradients (blocks inside a larger array); the largest relative gap. */
    static double largestGap(IUpdater a, IUpdater b, DataType type, int n, int steps, long seed) {
        long stateSize = a.stateSize(n);
        INDArray stateA = Nd4j.zeros(type, 1, stateSize), stateB = Nd4j.zeros(type, 1, stateSize);
        GradientUpdater<?> ua = a.instantiate(stateA, true), ub = b.instantiate(stateB, true);
        Random random = new Random(seed);
        double gap = 0;
        for (int step = 0; step < steps; step++) {
            INDArray wholeA = Nd4j.zeros(type, 1, n + 7), wholeB = Nd4j.zeros(type, 1, n + 7);
            float[] g = new float[n];
            for (int i = 0; i < n; i++) {
                g[i] = (float) (random.nextGaussian() * Math.pow(10, -random.nextInt(4)));
            }
            INDArray gradient = Nd4j.createFromArray(g).castTo(type).reshape(1, n);
            INDArray ga = wholeA.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(3, 3 + n)).assign(gradient);
            INDArray gb = wholeB.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(3, 3 + n)).assign(gradient);
            ua.applyUpdater(ga, step, 0);
            ub.applyUpdater(gb, step, 0);
            gap = Math.max(gap, relativeGap(ga, gb));
            gap = Math.max(gap, relativeGap(stateA, stateB));
            // Nothing outside the block is touched.
            assertEquals(0.0, wholeA.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(0, 3)).amaxNumber().doubleValue());
            assertEquals(0.0, wholeA.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(3 + n, n + 7)).amaxNumber().doubleValue());
        }
        return gap;
    }

    static double relativeGap(INDArray x, INDArray y) {
        double scale = Math.max(x.amaxNumber().doubleValue(), 1e-30);
        return x.sub(y).amaxNumber().doubleValue() / scale;
    }

    @Test
    void momentumGivesDl4jsUpdatesAndState() {
        double gap = largestGap(new JavaNesterovs(0.01, 0.9), new Nesterovs(0.01, 0.9), DataType.FLOAT, 1000, 50, 1);
        assertTrue(gap < 1e-6, "largest relative gap to DL4J's Nesterovs " + gap);
        double other = largestGap(new JavaNesterovs(0.3, 0.5), new Nesterovs(0.3, 0.5), DataType.FLOAT, 300, 30, 2);
        assertTrue(other < 1e-6, "largest relative gap with other settings " + other);
        assertEquals(0.0, largestGap(new JavaNesterovs(0.01, 0.9), new Nesterovs(0.01, 0.9), DataType.DOUBLE, 200, 10, 3));
    }

    @Test
    void rmspropGivesDl4jsUpdatesAndState() {
        double gap = largestGap(new JavaRmsProp(0.01), new RmsProp(0.01), DataType.FLOAT, 1000, 50, 1);
        assertTrue(gap < 1e-6, "largest relative gap to DL4J's RmsProp " + gap);
        double other = largestGap(new JavaRmsProp(0.002, 0.9, 1e-6), new RmsProp(0.002, 0.9, 1e-6), DataType.FLOAT, 300, 30, 2);
        assertTrue(other < 1e-6, "largest relative gap with other settings " + other);
        assertEquals(0.0, largestGap(new JavaRmsProp(0.01), new RmsProp(0.01), DataType.DOUBLE, 200, 10, 3));
    }

    /** A gradient for 20 steps, then none (a unit that stopped firing), for 3000 steps; the final state. */
    private static INDArray stateAfterTheGradientStops(IUpdater updater, int n) {
        INDArray state = Nd4j.zeros(DataType.FLOAT, 1, updater.stateSize(n));
        GradientUpdater<?> u = updater.instantiate(state, true);
        for (int step = 0; step < 3000; step++) {
            u.applyUpdater(Nd4j.valueArrayOf(new long[] {1, n}, step < 20 ? 0.5f : 0f, DataType.FLOAT), step, 0);
        }
        return state;
    }

    static long subnormals(INDArray state) {
        long count = 0;
        for (float v : state.toFloatVector()) {
            if (v != 0 && Math.abs(v) < Float.MIN_NORMAL) {
                count++;
            }
        }
        return count;
    }

    @Test
    void statesOfAStoppedGradientEndAtZeroInsteadOfSubnormal() {
        // DL4J's own keep subnormal state: the trap these classes avoid.
        assertTrue(subnormals(stateAfterTheGradientStops(new Nesterovs(0.01, 0.9), 64)) > 0);
        assertTrue(subnormals(stateAfterTheGradientStops(new RmsProp(0.01), 64)) > 0);
        INDArray velocity = stateAfterTheGradientStops(new JavaNesterovs(0.01, 0.9), 64);
        assertEquals(0, subnormals(velocity));
        assertEquals(0.0, velocity.amaxNumber().doubleValue());
        INDArray average = stateAfterTheGradientStops(new JavaRmsProp(0.01), 64);
        assertEquals(0, subnormals(average));
        assertEquals(0.0, average.amaxNumber().doubleValue());
    }

    @Test
    void areWhatTheLibraryTrainsWithAndDl4jsStayReachable() {
        assertInstanceOf(JavaNesterovs.class, Optimizer.momentum(0.01, 0.9).updater());
        assertInstanceOf(JavaRmsProp.class, Optimizer.rmsprop(0.001).updater());
        assertEquals(Nesterovs.class, Optimizer.of(new Nesterovs(0.01, 0.9)).updater().getClass());
        assertEquals(RmsProp.class, Optimizer.of(new RmsProp(0.001)).updater().getClass());
        assertEquals(new JavaNesterovs(0.01, 0.9), new JavaNesterovs(0.01, 0.9).clone());
        assertEquals(new JavaRmsProp(0.01, 0.9, 1e-6), new JavaRmsProp(0.01, 0.9, 1e-6).clone());
        assertNotEquals(new JavaNesterovs(0.01, 0.9), new Nesterovs(0.01, 0.9));
        assertNotEquals(new RmsProp(0.01), new JavaRmsProp(0.01));
    }

    @Test
    void networksTrainedWithThemSaveAndLoadWithTheirState(@TempDir Path folder) throws Exception {
        DataSet moons = SyntheticData.moons(200, 0.15, 1);
        for (IUpdater updater : new IUpdater[] {new JavaNesterovs(0.05, 0.9), new JavaRmsProp(0.005)}) {
            MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(16).outputs(2).updater(updater).seed(4).build();
            Trainer trainer = Trainer.builder().epochs(3).batchSize(50).live(false).seed(7).build();
            trainer.fit(net, moons);
            Path file = folder.resolve(updater.getClass().getSimpleName() + ".zip");
            ModelFiles.save(net, file.toString());
            MultiLayerNetwork loaded = ModelFiles.load(file.toString());
            assertTrue(Files.size(file) > 0);
            assertEquals(net.params(), loaded.params());
            assertEquals(net.getUpdater().getStateViewArray(), loaded.getUpdater().getStateViewArray());
            assertEquals(updater.getClass(), ((org.deeplearning4j.nn.conf.layers.BaseLayer) loaded.getLayer(0).conf()
                    .getLayer()).getIUpdater().getClass());
            // Training goes on from the loaded state exactly as from the original.
            trainer.fit(net, moons);
            trainer.fit(loaded, moons);
            assertEquals(net.params(), loaded.params());
        }
    }
}
