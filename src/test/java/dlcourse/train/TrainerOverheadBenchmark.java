package dlcourse.train;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Not a test: what {@link Trainer} costs on top of a plain DL4J loop over the same batches. Both
 * train the same MLP on the same data for the same epochs and batch size; the plain loop shuffles
 * with the same seeded order and calls {@code net.fit(batch)}. Trainer adds per batch an interrupt
 * and a NaN check, and per epoch one accuracy pass over the training data (for a classifier) and a
 * history row; the shape checks run once per fit. Reports the median of the repeats, of wall time
 * and of this thread's CPU time: run with {@code OMP_NUM_THREADS=1} so that ND4J computes on the
 * calling thread and CPU time ignores other programs on a shared machine.
 *
 * <pre>{@code
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * OMP_NUM_THREADS=1 java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dlcourse.train.TrainerOverheadBenchmark 7
 * }</pre>
 */
public final class TrainerOverheadBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int EPOCHS = 10;
    private static final int BATCH_SIZE = 32;

    private TrainerOverheadBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DataSet classes = SyntheticData.moons(2000, 0.15, 1);
        DataSet numbers = new DataSet(classes.getFeatures().getColumn(0).reshape(2000, 1).dup(),
                classes.getFeatures().getColumn(1).reshape(2000, 1).dup());
        Supplier<MultiLayerNetwork> classifier = () -> Mlp.classifier(2, 2, 32, 32);
        Supplier<MultiLayerNetwork> regression = () -> TrainFixtures.regression(32);

        compare(classifier, classes, 1); // warm up ND4J and the JIT on both paths
        compare(regression, numbers, 1);
        double[][] classifierRatios = new double[2][repeats];
        double[][] regressionRatios = new double[2][repeats];
        for (int r = 0; r < repeats; r++) {
            double[] c = compare(classifier, classes, r + 1);
            double[] g = compare(regression, numbers, r + 1);
            classifierRatios[0][r] = c[0];
            classifierRatios[1][r] = c[1];
            regressionRatios[0][r] = g[0];
            regressionRatios[1][r] = g[1];
        }
        System.out.printf("median Trainer/raw over %d repeats: classifier %.2f wall, %.2f CPU;"
                + " regression %.2f wall, %.2f CPU%n", repeats, median(classifierRatios[0]),
                median(classifierRatios[1]), median(regressionRatios[0]), median(regressionRatios[1]));
    }

    /** Returns {wall ratio, CPU ratio} of Trainer over the raw loop. */
    private static double[] compare(Supplier<MultiLayerNetwork> network, DataSet data, int repeat) {
        MultiLayerNetwork a = network.get();
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        raw(a, data);
        double rawWall = (System.nanoTime() - wall) / 1e9;
        double rawCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;

        MultiLayerNetwork b = network.get();
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();
        Trainer.builder().epochs(EPOCHS).batchSize(BATCH_SIZE).live(false).seed(1).build().fit(b, data);
        double trainerWall = (System.nanoTime() - wall) / 1e9;
        double trainerCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("%s %d: raw %.2f s wall / %.2f s CPU, Trainer %.2f s wall / %.2f s CPU%n",
                b.getOutputLayer().getClass().getSimpleName().equals("OutputLayer") && DataCheck.isClassifier(b)
                        ? "classifier" : "regression", repeat, rawWall, rawCpu, trainerWall, trainerCpu);
        return new double[] {trainerWall / rawWall, trainerCpu / rawCpu};
    }

    /** The loop a learner would write with plain DL4J. */
    static void raw(MultiLayerNetwork net, DataSet data) {
        java.util.Random random = new java.util.Random(1);
        int n = data.numExamples();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            int[] order = new int[n];
            Arrays.setAll(order, i -> i);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += BATCH_SIZE) {
                net.fit(data.get(Arrays.copyOfRange(order, from, Math.min(n, from + BATCH_SIZE))));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
