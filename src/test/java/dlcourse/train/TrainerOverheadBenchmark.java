package dlcourse.train;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Not a test: measures what {@link Trainer} costs on top of a plain DL4J loop over the same batches.
 * Run with {@code java -cp target/test-classes:target/classes:<dependencies> dlcourse.train.TrainerOverheadBenchmark [repeats]}.
 * Both train the same MLP on the same data for the same epochs and batch size; the plain loop
 * shuffles with the same seeded order and calls {@code net.fit(batch)}. Trainer adds per batch an
 * interrupt check and a NaN check, and per epoch an accuracy pass over the training data (and a
 * row in the history). Prints the median of the repeats, since the machine may be shared.
 */
public final class TrainerOverheadBenchmark {

    private TrainerOverheadBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int epochs = 20;
        int batchSize = 32;
        DataSet data = SyntheticData.moons(2000, 0.15, 1);
        DataSet regression = new DataSet(data.getFeatures(), data.getFeatures().getColumn(0).reshape(2000, 1).dup());

        // Warm up ND4J and the JIT on both paths.
        trainer(epochs, batchSize).fit(Mlp.classifier(2, 2, 32, 32), data);
        raw(Mlp.classifier(2, 2, 32, 32), data, epochs, batchSize);

        List<Double> rawTimes = new ArrayList<>();
        List<Double> trainerTimes = new ArrayList<>();
        List<Double> trainerNoAccuracyTimes = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            MultiLayerNetwork a = Mlp.classifier(2, 2, 32, 32);
            long t0 = System.nanoTime();
            raw(a, data, epochs, batchSize);
            rawTimes.add((System.nanoTime() - t0) / 1e9);

            MultiLayerNetwork b = Mlp.classifier(2, 2, 32, 32);
            t0 = System.nanoTime();
            trainer(epochs, batchSize).fit(b, data);
            trainerTimes.add((System.nanoTime() - t0) / 1e9);

            MultiLayerNetwork c = TrainFixtures.regression(32);
            MultiLayerNetwork d = TrainFixtures.regression(32);
            DataSet oneFeature = new DataSet(data.getFeatures().getColumn(1).reshape(2000, 1).dup(), regression.getLabels());
            t0 = System.nanoTime();
            raw(c, oneFeature, epochs, batchSize);
            double rawRegression = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            trainer(epochs, batchSize).fit(d, oneFeature);
            trainerNoAccuracyTimes.add((System.nanoTime() - t0) / 1e9 / rawRegression);
            System.out.printf("repeat %d: raw %.2f s, Trainer %.2f s (ratio %.2f); regression ratio %.2f%n", r + 1,
                    rawTimes.get(r), trainerTimes.get(r), trainerTimes.get(r) / rawTimes.get(r),
                    trainerNoAccuracyTimes.get(r));
        }
        double[] ratios = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            ratios[r] = trainerTimes.get(r) / rawTimes.get(r);
        }
        System.out.printf("median raw %.2f s, median Trainer %.2f s, median ratio %.2f (classifier, with the"
                + " accuracy pass); median ratio %.2f (regression, no accuracy)%n",
                median(rawTimes.stream().mapToDouble(Double::doubleValue).toArray()),
                median(trainerTimes.stream().mapToDouble(Double::doubleValue).toArray()), median(ratios),
                median(trainerNoAccuracyTimes.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static Trainer trainer(int epochs, int batchSize) {
        return Trainer.builder().epochs(epochs).batchSize(batchSize).live(false).seed(1).build();
    }

    /** The loop a learner would write with plain DL4J. */
    static void raw(MultiLayerNetwork net, DataSet data, int epochs, int batchSize) {
        java.util.Random random = new java.util.Random(1);
        int n = data.numExamples();
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = new int[n];
            Arrays.setAll(order, i -> i);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += batchSize) {
                net.fit(data.get(Arrays.copyOfRange(order, from, Math.min(n, from + batchSize))));
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
