package dlcourse.train;

import dlcourse.notebook.LiveDisplay;
import dlcourse.plot.Plots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a network epoch by epoch, in shuffled mini-batches, and records a {@link History}. In a
 * notebook it draws one live chart of the loss that updates in place. It honours the notebook's
 * interrupt button (stopping after the current batch, with the network left usable) and stops
 * with a hint when the loss becomes NaN or infinite.
 *
 * <pre>{@code
 * History history = Trainer.fit(net, data, 100);                       // the common case
 * History tuned = Trainer.builder().epochs(50).batchSize(16).validation(test).build().fit(net, data);
 * }</pre>
 */
public final class Trainer {

    private final int epochs;
    private final int batchSize;
    private final long seed;
    private final boolean live;
    private final DataSet validation;

    private Trainer(Builder b) {
        this.epochs = b.epochs;
        this.batchSize = b.batchSize;
        this.seed = b.seed;
        this.live = b.live;
        this.validation = b.validation;
    }

    /** Trains {@code net} on {@code data} for {@code epochs} epochs with the default settings. */
    public static History fit(MultiLayerNetwork net, DataSet data, int epochs) {
        return builder().epochs(epochs).build().fit(net, data);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains {@code net} on {@code train} with this trainer's settings. */
    public History fit(MultiLayerNetwork net, DataSet train) {
        checkFits(net, train, "training data");
        if (validation != null) {
            checkFits(net, validation, "validation data");
        }
        boolean classifier = train.getLabels().size(1) > 1;
        List<String> metrics = new ArrayList<>(List.of(History.LOSS));
        if (classifier) {
            metrics.add(History.ACCURACY);
        }
        if (validation != null) {
            metrics.add(History.VALIDATION_LOSS);
            if (classifier) {
                metrics.add(History.VALIDATION_ACCURACY);
            }
        }
        History history = new History(metrics, epochs);
        LiveDisplay display = live ? LiveDisplay.create() : null;
        Random random = new Random(seed);
        int n = train.numExamples();
        long start = System.nanoTime();
        boolean interrupted = false;

        for (int epoch = 1; epoch <= epochs && !interrupted; epoch++) {
            int[] order = permutation(n, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < n; from += batchSize) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted = true;
                    break;
                }
                int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(n, from + batchSize));
                net.fit(train.get(rows));
                double loss = net.score();
                if (!Double.isFinite(loss)) {
                    throw new TrainingDivergedException(epoch, loss, learningRate(net));
                }
                lossSum += loss;
                batches++;
            }
            if (interrupted) {
                break;
            }
            Map<String, Double> row = new LinkedHashMap<>();
            row.put(History.LOSS, lossSum / batches);
            if (classifier) {
                row.put(History.ACCURACY, accuracy(net, train));
            }
            if (validation != null) {
                row.put(History.VALIDATION_LOSS, net.score(validation));
                if (classifier) {
                    row.put(History.VALIDATION_ACCURACY, accuracy(net, validation));
                }
            }
            history.add(epoch, row);
            history.finish(seconds(start), false);
            if (display != null) {
                display.offer(() -> Plots.history(history));
            }
        }
        history.finish(seconds(start), interrupted);
        if (display != null && history.epochs() > 0) {
            display.show(Plots.history(history));
        }
        if (interrupted) {
            System.err.println("Training interrupted after " + history.epochs() + " of " + epochs
                    + " epochs. The network keeps what it learned so far and can be used or trained further.");
        }
        return history;
    }

    /** The fraction of examples whose most likely class is the labelled one. */
    public static double accuracy(MultiLayerNetwork net, DataSet data) {
        INDArray predicted = net.output(data.getFeatures()).argMax(1);
        INDArray actual = data.getLabels().argMax(1);
        return predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)
                .meanNumber().doubleValue();
    }

    private static void checkFits(MultiLayerNetwork net, DataSet data, String what) {
        if (net == null) {
            throw new IllegalArgumentException("fit expected a network but was given null; build one,"
                    + " e.g. Mlp.classifier(2, 2, 16)");
        }
        if (data == null || data.isEmpty() || data.numExamples() == 0) {
            throw new IllegalArgumentException("fit expected " + what + " with at least one example but"
                    + " was given " + (data == null ? "null" : "an empty data set"));
        }
        long features = data.getFeatures().size(1);
        long inputs = inputsPerExample(net);
        if (features != inputs) {
            throw new IllegalArgumentException("The network expects " + inputs + " inputs per example"
                    + " but the " + what + " has " + features + " features; build the network with "
                    + features + " inputs or select " + inputs + " feature columns");
        }
        long labels = data.getLabels().size(1);
        long outputs = net.layerSize(net.getnLayers() - 1);
        if (labels != outputs) {
            throw new IllegalArgumentException("The network has " + outputs + " outputs but the " + what
                    + " has " + labels + " label columns; give the network " + labels
                    + " outputs (one per class)");
        }
        if (data.getFeatures().isNaN().any() || data.getFeatures().isInfinite().any()) {
            throw new IllegalArgumentException("The " + what + " contains NaN or infinite feature values;"
                    + " remove or fill those rows before training");
        }
    }

    /**
     * How many values the network reads per example (per time step for recurrent networks). A CNN
     * built for flat image rows reshapes each row itself, so it reads height × width × channels values;
     * a wrapped layer (LastTimeStep, frozen) reads what the layer inside it reads.
     */
    private static long inputsPerExample(MultiLayerNetwork net) {
        if (net.getLayerWiseConfigurations().getInputPreProcess(0) instanceof FeedForwardToCnnPreProcessor image) {
            return image.getInputHeight() * image.getInputWidth() * image.getNumChannels();
        }
        org.deeplearning4j.nn.conf.layers.Layer first = net.getLayerWiseConfigurations().getConf(0).getLayer();
        while (first instanceof BaseWrapperLayer wrapper) {
            first = wrapper.getUnderlying();
        }
        return first instanceof FeedForwardLayer layer ? layer.getNIn() : net.layerInputSize(0);
    }

    private static double learningRate(MultiLayerNetwork net) {
        Double rate = net.getLearningRate(0);
        return rate == null ? Double.NaN : rate;
    }

    private static int[] permutation(int n, Random random) {
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

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Settings for a {@link Trainer}. */
    public static final class Builder {
        private int epochs = 10;
        private int batchSize = 32;
        private long seed = 42;
        private boolean live = true;
        private DataSet validation;

        private Builder() {
        }

        /** How many passes over the training data (default 10). */
        public Builder epochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** How many examples each weight update sees (default 32). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** The seed of the shuffling between epochs (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Whether to draw a live loss chart in the notebook (default true). */
        public Builder live(boolean live) {
            this.live = live;
            return this;
        }

        /** Data to measure after every epoch but never train on. */
        public Builder validation(DataSet validation) {
            this.validation = validation;
            return this;
        }

        public Trainer build() {
            if (epochs < 1) {
                throw new IllegalArgumentException("Trainer expected 1 or more epochs but was given "
                        + epochs + "; try 10 and raise it while the loss still falls");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("Trainer expected a batch size of 1 or more but was"
                        + " given " + batchSize + "; 32 is a good default");
            }
            return new Trainer(this);
        }
    }
}
