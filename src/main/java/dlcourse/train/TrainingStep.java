package dlcourse.train;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What one model does with one mini-batch: the part of training that differs between a classifier,
 * a VAE, a GAN and the scratch network of chapter 04. {@link TrainingLoop} does the rest for every
 * model alike (epochs, shuffled batches, the interrupt button, the NaN stop, the history, early
 * stopping, callbacks and the live chart), as Keras's {@code fit} calls a model's {@code train_step}.
 *
 * <pre>{@code
 * // a model of your own: one DL4J network trained on the rows of a DataSet
 * TrainingStep step = new TrainingStep() {
 *     public List<String> metrics() { return List.of("loss"); }
 *     public int examples() { return data.numExamples(); }
 *     public double[] train(int[] rows, int epoch) {
 *         net.fit(data.get(rows));
 *         return new double[] {net.score()};
 *     }
 * };
 * History history = TrainingLoop.builder().epochs(10).batchSize(32).build().run(step);
 * }</pre>
 */
public interface TrainingStep {

    /** The names of the values {@link #train} returns for a batch, e.g. {@code List.of("loss")}. */
    List<String> metrics();

    /** How many examples one epoch passes over; the loop hands out their row numbers 0 … n−1. */
    int examples();

    /** Trains on the examples with these row numbers (one mini-batch); returns one value per metric. */
    double[] train(int[] rows, int epoch);

    /**
     * The metrics of a history row, in order: {@link #metrics()} and whatever {@link #endEpoch}
     * adds (e.g. accuracy, validation loss).
     */
    default List<String> epochMetrics() {
        return metrics();
    }

    /** Called once before the first epoch. */
    default void start() {
    }

    /**
     * The epoch's row of the history, given the batch metrics averaged over its batches; a step
     * may add what it measures after the epoch (validation loss, accuracy).
     */
    default Map<String, Double> endEpoch(int epoch, Map<String, Double> batchAverages) {
        return batchAverages;
    }

    /** Called once when training ends for any reason (finished, stopped, interrupted, diverged, failed). */
    default void finish() {
    }

    /**
     * A way back to the model's current state (parameters and optimizer state), for early stopping
     * and for the NaN stop to restore the best epoch; null when the model offers none.
     */
    default Runnable checkpoint() {
        return null;
    }

    /** The message when a batch's {@code metric} became {@code value} (NaN or infinite): what to try. */
    default String divergenceAdvice(int epoch, String metric, double value) {
        return "Training diverged: the " + metric + " became " + value + " in epoch " + epoch + ". Usually"
                + " the learning rate is too high: try one ten times smaller. If that does not help, check"
                + " that the inputs are normalized (mean 0, standard deviation 1) and contain no NaN values.";
    }

    /**
     * What one call of {@link #train} works on, for progress messages ("batch 6 of 10"): "batch",
     * or "episode" for an agent that learns by acting.
     */
    default String batchName() {
        return "batch";
    }

    /** What is being trained, in a few words, for messages: "the network", "the VAE". */
    default String name() {
        return "the model";
    }

    /** The DL4J network trained, for {@link EpochResult#network()}; null if there is not one. */
    default MultiLayerNetwork network() {
        return null;
    }
}
