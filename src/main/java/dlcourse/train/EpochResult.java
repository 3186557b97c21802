package dlcourse.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What an {@link EpochCallback} sees after an epoch: its number, its metrics, the network and the
 * history so far, and a way to stop training.
 *
 * <pre>{@code
 * .callback(epoch -> {
 *     System.out.println(epoch);                       // Epoch 3 of 10: loss 0.4127, accuracy 0.8150
 *     if (epoch.metric("loss") < 0.05) {
 *         epoch.stopTraining("the loss is small enough");
 *     }
 * })
 * }</pre>
 */
public final class EpochResult {

    private final int epoch;
    private final Map<String, Double> metrics;
    private final MultiLayerNetwork network;
    private final History history;
    private String stopReason;

    EpochResult(int epoch, Map<String, Double> metrics, MultiLayerNetwork network, History history) {
        this.epoch = epoch;
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        this.network = network;
        this.history = history;
    }

    /** The epoch that just ended, counting from 1. */
    public int epoch() {
        return epoch;
    }

    /** How many epochs training was asked to run. */
    public int plannedEpochs() {
        return history.plannedEpochs();
    }

    /** This epoch's metrics by name ({@code "loss"}, {@code "accuracy"}, ...), in history order. */
    public Map<String, Double> metrics() {
        return metrics;
    }

    /** One of this epoch's metrics. */
    public double metric(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("EpochResult expected one of the metrics " + metrics.keySet()
                    + " but was given '" + name + "'; use one of those names");
        }
        return value;
    }

    /**
     * The network being trained, as it is after this epoch; null when the model is not one DL4J
     * network (a GAN's callback gets the GAN itself).
     */
    public MultiLayerNetwork network() {
        return network;
    }

    /** The history so far, this epoch included. */
    public History history() {
        return history;
    }

    /** Asks the trainer to stop after this epoch; {@code reason} goes into the history. */
    public void stopTraining(String reason) {
        this.stopReason = reason == null || reason.isBlank() ? "a callback asked to stop" : reason;
    }

    /** Whether a callback asked to stop after this epoch. */
    public boolean stopRequested() {
        return stopReason != null;
    }

    String stopReason() {
        return stopReason;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Epoch " + epoch + " of " + plannedEpochs());
        String separator = ": ";
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            s.append(separator).append(metric.getKey()).append(String.format(" %.4f", metric.getValue()));
            separator = ", ";
        }
        return s.toString();
    }
}
