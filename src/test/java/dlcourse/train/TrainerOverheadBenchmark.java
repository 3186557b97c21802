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
 * Not a test: what {@link Trainer} costs on top of a plain DL4J loop over the same batches. All
 * train the same network on the same data for the same epochs and batch size; the plain loops
 * shuffle with the same seeded order and call {@code net.fit(batch)}, one building each batch with
 * {@code DataSet.get(rows)} (what a learner writes), one with the gather Trainer uses, so that the
 * second ratio is Trainer's own bookkeeping: per batch an interrupt and a NaN check, per epoch one
 * accuracy pass over the training data (for a classifier) and a history row, per fit the shape checks. Reports the median of the repeats, of wall time
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
        // [network][wall, CPU][against DataSet.get, against the same gather][repeat]
        double[][][][] ratios = new double[2][2][2][repeats];
        for (int r = 0; r < repeats; r++) {
            double[][] c = compare(classifier, classes, r + 1);
            double[][] g = compare(regression, numbers, r + 1);
            for (int clock = 0; clock < 2; clock++) {
                for (int loop = 0; loop < 2; loop++) {
                    ratios[0][clock][loop][r] = c[clock][loop];
                    ratios[1][clock][loop][r] = g[clock][loop];
                }
            }
        }
        String[] names = {"classifier", "regression"};
        for (int net = 0; net < 2; net++) {
            System.out.printf("median Trainer/raw over %d repeats, %s: vs DataSet.get loop %.2f wall, %.2f CPU;"
                    + " vs same-gather loop %.2f wall, %.2f CPU%n", repeats, names[net],
                    median(ratios[net][0][0]), median(ratios[net][1][0]), median(ratios[net][0][1]),
                    median(ratios[net][1][1]));
        }
    }

    /** Returns [wall, CPU][against the DataSet.get loop, against the same-gather loop] ratios. */
    private static double[][] compare(Supplier<MultiLayerNetwork> network, DataSet data, int repeat) {
        double[] slow = time(() -> raw(network.get(), data, false));
        double[] same = time(() -> raw(network.get(), data, true));
        MultiLayerNetwork net = network.get();
        double[] trainer = time(() -> Trainer.builder().epochs(EPOCHS).batchSize(BATCH_SIZE).live(false).seed(1)
                .build().fit(net, data));
        System.out.printf("%s %d: raw DataSet.get %.2f s wall / %.2f s CPU, raw same gather %.2f / %.2f,"
                + " Trainer %.2f / %.2f%n", DataCheck.isClassifier(net) ? "classifier" : "regression", repeat,
                slow[0], slow[1], same[0], same[1], trainer[0], trainer[1]);
        return new double[][] {{trainer[0] / slow[0], trainer[0] / same[0]}, {trainer[1] / slow[1], trainer[1] / same[1]}};
    }

    /** {wall seconds, this thread's CPU seconds}. */
    private static double[] time(Runnable run) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        run.run();
        return new double[] {(System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9};
    }

    /** The loop a learner would write with plain DL4J; {@code sameGather}: batches built as Trainer does. */
    static void raw(MultiLayerNetwork net, DataSet data, boolean sameGather) {
        DataSet examples = sameGather ? BatchRows.contiguous(data) : data;
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
                int[] rows = Arrays.copyOfRange(order, from, Math.min(n, from + BATCH_SIZE));
                net.fit(sameGather ? BatchRows.select(examples, rows) : data.get(rows));
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
