package dlcourse.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Cuts a DataSet into mini-batches for DL4J's own training loop ({@code net.fit(iterator, epochs)})
 * or for evaluation ({@code net.evaluate(iterator)}). {@code Trainer} does its own batching; this
 * is for when you use DL4J directly.
 *
 * <pre>{@code
 * DataSetIterator batches = Batches.of(train, 32);
 * net.fit(batches, 10);                          // 10 epochs over the same batches
 * }</pre>
 */
public final class Batches {

    private Batches() {
    }

    /**
     * The examples' order for one epoch: {@code 0 .. n-1} shuffled (Fisher-Yates), the same for the
     * same {@code random} state. Training loops and splits all shuffle this one way.
     */
    public static int[] shuffledOrder(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * An iterator over consecutive batches of {@code batchSize} examples (the last one may be
     * smaller), in the data's order, that can be reset; it knows the class names.
     */
    public static DataSetIterator of(DataSet data, int batchSize) {
        if (data == null || data.getFeatures() == null || data.getLabels() == null || data.numExamples() == 0) {
            throw new IllegalArgumentException("Batches.of expected a data set with features, labels and at least"
                    + " one example but was given " + (data == null ? "null" : "an empty one"));
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batches.of expected a batch size of 1 or more but was given "
                    + batchSize + "; 32 is a common choice");
        }
        int n = data.numExamples();
        List<DataSet> batches = new ArrayList<>();
        for (int from = 0; from < n; from += batchSize) {
            int[] rows = new int[Math.min(batchSize, n - from)];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = from + i;
            }
            batches.add(DataSplit.rows(data, rows));
        }
        return new ExistingDataSetIterator(batches, data.getLabelNamesList());
    }
}
