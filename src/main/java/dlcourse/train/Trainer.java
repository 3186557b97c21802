package dlcourse.train;

import dlcourse.backend.OneDnn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;

/**
 * Trains a network epoch by epoch, in shuffled mini-batches, and records a {@link History}. In a
 * notebook it draws one live chart of the loss that updates in place. It honours the notebook's
 * interrupt button (stopping after the current batch, with the network left usable) and stops
 * with a hint when the loss becomes NaN or infinite. It trains every shape of network the course
 * builds: rows of features, flattened images for CNNs, sequences {@code [n, features, time]},
 * autoencoders (labels = features) and regression; classifiers also get accuracy columns. The
 * training loss and accuracy of an epoch are averages over its batches, taken as it trains.
 *
 * <pre>{@code
 * History history = Trainer.fit(net, data, 100);                       // the common case
 * History tuned = Trainer.builder().epochs(200).batchSize(16).validation(test)
 *         .optimizer(Optimizer.adam(0.001))                            // replaces the network's own
 *         .earlyStopping(5)                                            // and restores the best epoch
 *         .callback(epoch -> System.out.println(epoch))
 *         .build().fit(net, data);
 * }</pre>
 */
public final class Trainer {

    /** Examples per forward pass when measuring accuracy and validation loss (bounds memory for CNNs). */
    private static final int MEASURE_CHUNK = 512;

    private final LoopSettings loop;
    private final boolean trainingAccuracy;
    private final DataSet validation;
    private final Optimizer optimizer;
    private final double learningRate;

    private Trainer(Builder b, LoopSettings loop) {
        this.loop = loop;
        this.trainingAccuracy = b.trainingAccuracy;
        this.validation = b.validation;
        this.optimizer = b.optimizer;
        this.learningRate = b.learningRate;
    }

    /** Trains {@code net} on {@code data} for {@code epochs} epochs with the default settings. */
    public static History fit(MultiLayerNetwork net, DataSet data, int epochs) {
        return builder().epochs(epochs).build().fit(net, data);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains {@code net} on {@code train} with this trainer's settings. An optimizer or learning rate
     * set on this trainer replaces the network's own, and the network keeps it afterwards.
     */
    public History fit(MultiLayerNetwork net, DataSet train) {
        DataCheck.check(net, train, "training data");
        if (validation != null) {
            DataCheck.check(net, validation, "validation data");
        }
        // A network built with plain DL4J gets the fast convolutions too (a no-op without oneDNN).
        OneDnn.useFor(net);
        boolean classifier = DataCheck.isClassifier(net);
        List<String> metrics = new ArrayList<>(List.of(History.LOSS));
        if (classifier && trainingAccuracy) {
            metrics.add(History.ACCURACY);
        }
        if (validation != null) {
            metrics.add(History.VALIDATION_LOSS);
            if (classifier) {
                metrics.add(History.VALIDATION_ACCURACY);
            }
        }
        checkMonitoredMetric(metrics);
        applyOptimizer(net);
        return new TrainingLoop(loop).run(new NetworkStep(net, train, metrics, classifier));
    }

    /** A DL4J network's step: {@code net.fit} on the batch's rows, then the epoch's measurements. */
    private final class NetworkStep implements TrainingStep {
        private final MultiLayerNetwork net;
        private final DataSet train;
        private final DataSet examples;
        private final BatchRows.Reused batches;
        private final List<String> metrics;
        private final boolean classifier;
        // Training accuracy from the training steps' own forward passes, where the output layer allows.
        private final RunningAccuracy running;
        private final List<TrainingListener> listeners;
        private int batch;

        NetworkStep(MultiLayerNetwork net, DataSet train, List<String> metrics, boolean classifier) {
            this.net = net;
            this.train = train;
            this.examples = BatchRows.contiguous(train);
            this.batches = new BatchRows.Reused(examples);
            this.metrics = metrics;
            this.classifier = classifier;
            this.running = classifier && trainingAccuracy && RunningAccuracy.supports(net)
                    ? new RunningAccuracy(net, DataCheck.isBinaryClassifier(net)) : null;
            this.listeners = new ArrayList<>(net.getListeners());
        }

        @Override
        public List<String> metrics() {
            return List.of(History.LOSS);
        }

        @Override
        public List<String> epochMetrics() {
            return metrics;
        }

        @Override
        public int examples() {
            return examples.numExamples();
        }

        @Override
        public void start() {
            if (running != null) {
                net.addListeners(running);
            }
        }

        @Override
        public double[] train(int[] rows, int epoch) {
            if (running != null && batch == 0) {
                running.reset();
            }
            DataSet batchData = batches.select(rows);
            if (running != null) {
                running.batch(batchData);
            }
            batch++;
            try {
                net.fit(batchData);
            } catch (RuntimeException e) {
                // DataCheck catches the mistakes it knows before training; this frames whatever
                // else DL4J finds (it checks some shapes only when computing gradients).
                throw new IllegalStateException("DL4J could not train on batch " + batch + " of epoch " + epoch
                        + " (features " + DataCheck.shape(batchData.getFeatures()) + ", labels "
                        + DataCheck.shape(batchData.getLabels()) + "): " + e.getMessage() + ". The data passed"
                        + " the shape checks, so compare the network's layers (their nIn/nOut and input types)"
                        + " with the data; the cause below has DL4J's details", e);
            }
            return new double[] {net.score()};
        }

        @Override
        public Map<String, Double> endEpoch(int epoch, Map<String, Double> batchAverages) {
            batch = 0;
            return measure(net, train, batchAverages.get(History.LOSS), classifier, running);
        }

        @Override
        public void finish() {
            net.setListeners(listeners);
        }

        @Override
        public Runnable checkpoint() {
            INDArray parameters = net.params().dup();
            INDArray state = net.getUpdater() == null ? null : net.getUpdater().getStateViewArray();
            INDArray updaterState = state == null ? null : state.dup();
            return () -> {
                net.setParams(parameters);
                INDArray now = net.getUpdater() == null ? null : net.getUpdater().getStateViewArray();
                if (now != null && updaterState != null && now.length() == updaterState.length()) {
                    now.assign(updaterState);
                }
            };
        }

        @Override
        public String divergenceAdvice(int epoch, String metric, double value) {
            return TrainingDivergedException.advice(epoch, value, learningRate(net));
        }

        @Override
        public String name() {
            return "the network";
        }

        @Override
        public MultiLayerNetwork network() {
            return net;
        }
    }

    /** The epoch's row of the history: the training loss, then what is measured after the epoch. */
    private Map<String, Double> measure(MultiLayerNetwork net, DataSet train, double loss, boolean classifier,
                                        RunningAccuracy running) {
        Map<String, Double> row = new LinkedHashMap<>();
        row.put(History.LOSS, loss);
        if (running != null) {
            row.put(History.ACCURACY, running.accuracy());
        } else if (classifier && trainingAccuracy) {
            row.put(History.ACCURACY, accuracyOf(net, train));   // an output layer RunningAccuracy cannot follow
        }
        if (validation != null) {
            row.put(History.VALIDATION_LOSS, lossOf(net, validation));
            if (classifier) {
                row.put(History.VALIDATION_ACCURACY, accuracyOf(net, validation));
            }
        }
        return row;
    }

    /**
     * The fraction of examples whose predicted class is the labelled one: the largest output for a
     * softmax classifier, output ≥ 0.5 for a single sigmoid output. For sequence labels
     * {@code [n, classes, time]} every (unmasked) time step counts once.
     */
    public static double accuracy(MultiLayerNetwork net, DataSet data) {
        DataCheck.check(net, data, "data");
        DataCheck.checkClassifier(net, "accuracy",
                "for numeric outputs use the loss or RegressionReport.of(net, data)");
        DataCheck.noteIfUntrained(net, "accuracy");
        return accuracyOf(net, data);
    }

    private static double accuracyOf(MultiLayerNetwork net, DataSet data) {
        boolean binary = DataCheck.isBinaryClassifier(net);
        long correct = 0;
        long total = 0;
        for (DataSet chunk : chunks(data)) {
            INDArray output = net.output(chunk.getFeatures(), false, chunk.getFeaturesMaskArray(),
                    chunk.getLabelsMaskArray());
            long[] counts = Accuracy.count(output, chunk.getLabels(), chunk.getLabelsMaskArray(), binary);
            correct += counts[0];
            total += counts[1];
        }
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    private static double lossOf(MultiLayerNetwork net, DataSet data) {
        double sum = 0;
        for (DataSet chunk : chunks(data)) {
            sum += net.score(chunk, false) * chunk.numExamples();
        }
        return sum / data.numExamples();
    }

    private static List<DataSet> chunks(DataSet data) {
        int n = data.numExamples();
        if (n <= MEASURE_CHUNK) {
            return List.of(data);
        }
        List<DataSet> chunks = new ArrayList<>();
        for (int from = 0; from < n; from += MEASURE_CHUNK) {
            chunks.add(BatchRows.range(data, from, Math.min(n, from + MEASURE_CHUNK)));
        }
        return chunks;
    }

    /** Early stopping's metric must be one this training records; the message says how to get it. */
    private void checkMonitoredMetric(List<String> metrics) {
        String wanted = loop.monitor();
        if (wanted != null && !metrics.contains(wanted)) {
            throw new IllegalArgumentException("Early stopping expected one of the metrics this training"
                    + " records " + metrics + " but was given '" + wanted + "'; "
                    + (wanted.startsWith("validation") && validation == null
                    ? "add validation data with .validation(testData)" : "choose one of those"));
        }
    }

    /**
     * DL4J builds the updater (the optimizer with its running state) from the layer configurations
     * once, and caches it in the network's solver; later changes to the configuration are ignored
     * until that cache is dropped. So we change every layer's configuration, then drop the cache.
     */
    private void applyOptimizer(MultiLayerNetwork net) {
        if (optimizer != null) {
            for (org.deeplearning4j.nn.conf.NeuralNetConfiguration conf : net.getLayerWiseConfigurations().getConfs()) {
                replaceUpdater(conf.getLayer());
            }
            for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
                replaceUpdater(layer.conf().getLayer());
            }
            // A fresh optimizer starts at step 0: Adam's bias correction and any schedule count from it.
            net.getLayerWiseConfigurations().setIterationCount(0);
            net.getLayerWiseConfigurations().setEpochCount(0);
            net.setUpdater(null);
        } else if (!Double.isNaN(learningRate)) {
            for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
                setRate(layer.conf().getLayer());
            }
            // Rebuilds the cached updater and carries its state (Adam's moments) over.
            net.setLearningRate(learningRate);
        }
    }

    private void replaceUpdater(Layer layer) {
        if (layer instanceof FrozenLayer || layer instanceof FrozenLayerWithBackprop) {
            return; // frozen on purpose (transfer learning): they keep their no-op updater
        }
        forEachWeighted(layer, base -> {
            if (!(base.getIUpdater() instanceof NoOp)) {
                base.setIUpdater(optimizer.updater());
                base.setBiasUpdater(null);
            }
        });
    }

    private void setRate(Layer layer) {
        forEachWeighted(layer, base -> {
            for (IUpdater updater : new IUpdater[] {base.getIUpdater(), base.getBiasUpdater()}) {
                if (updater != null && updater.hasLearningRate()) {
                    updater.setLrAndSchedule(learningRate, null);
                }
            }
        });
    }

    /** The layers with weights (and so an updater) in {@code layer}: itself, or those a wrapper holds. */
    private static void forEachWeighted(Layer layer, Consumer<BaseLayer> action) {
        if (layer instanceof BaseWrapperLayer wrapper) {
            forEachWeighted(wrapper.getUnderlying(), action);
        } else if (layer instanceof Bidirectional both) {
            forEachWeighted(both.getFwd(), action);
            forEachWeighted(both.getBwd(), action);
        } else if (layer instanceof BaseLayer base) {
            action.accept(base);
        }
    }

    private static double learningRate(MultiLayerNetwork net) {
        for (int i = 0; i < net.getnLayers(); i++) {
            Double rate = net.getLearningRate(i);
            if (rate != null) {
                return rate;
            }
        }
        return Double.NaN;
    }

    @Override
    public String toString() {
        return "Trainer(" + loop.epochs() + " epochs, batch size " + loop.batchSize() + ", seed " + loop.seed()
                + (optimizer != null ? ", " + optimizer : "")
                + (!Double.isNaN(learningRate) ? ", learning rate " + learningRate : "")
                + (validation != null ? ", " + validation.numExamples() + " validation examples" : "")
                + (loop.monitor() != null ? ", early stopping on " + loop.monitor() + " with patience " + loop.patience() : "")
                + (loop.callbacks().isEmpty() ? "" : ", " + loop.callbacks().size() + " callback"
                + (loop.callbacks().size() == 1 ? "" : "s"))
                + ")";
    }

    /** Settings for a {@link Trainer}: those of every run ({@link LoopBuilder}) and a network's own. */
    public static final class Builder extends LoopBuilder<Builder> {
        private boolean trainingAccuracy = true;
        private DataSet validation;
        private Optimizer optimizer;
        private double learningRate = Double.NaN;

        private Builder() {
        }

        /**
         * Whether a classifier's training accuracy is recorded (default true): the share of the
         * epoch's training examples the network classified right as it trained on them, counted
         * from the training steps' own outputs, as Keras does (so it costs almost nothing, comes
         * with dropout on, and lags the accuracy at the epoch's end a little, as the loss does).
         * For the accuracy of the finished network, use {@link Trainer#accuracy}. With {@code false}
         * the history has no "accuracy" column (validation metrics are still measured).
         */
        public Builder trainingAccuracy(boolean measure) {
            this.trainingAccuracy = measure;
            return this;
        }

        /** Data to measure after every epoch but never train on. */
        public Builder validation(DataSet validation) {
            this.validation = validation;
            return this;
        }

        /**
         * The optimizer to train with, e.g. {@code Optimizer.sgd(0.1)}; it replaces the network's own
         * in every layer (except frozen ones), starting with fresh state. Default: keep the network's.
         */
        public Builder optimizer(Optimizer optimizer) {
            if (optimizer == null) {
                throw new IllegalArgumentException("optimizer expected an Optimizer but was given null; use"
                        + " e.g. Optimizer.adam(0.001), or leave it out to keep the network's own");
            }
            this.optimizer = optimizer;
            return this;
        }

        /**
         * A new learning rate for the network's own optimizer, in every layer; its state (e.g. Adam's
         * running averages) is kept, so this suits lowering the rate to fine-tune.
         */
        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate expected a rate above 0 but was given "
                        + learningRate + "; values from 0.0001 to 0.1 are typical");
            }
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Stops when the validation loss has not improved for {@code patience} epochs in a row, and
         * gives the network back the parameters of its best epoch. Needs {@link #validation}.
         */
        public Builder earlyStopping(int patience) {
            return earlyStopping(History.VALIDATION_LOSS, patience);
        }

        public Trainer build() {
            if (optimizer != null && !Double.isNaN(learningRate)) {
                throw new IllegalStateException("Trainer was given both an optimizer (" + optimizer
                        + ") and a learning rate (" + learningRate + "); set the rate in the optimizer,"
                        + " e.g. .optimizer(Optimizer.adam(" + learningRate + ")), and drop .learningRate");
            }
            LoopSettings loop = settings();
            if (loop.monitor() != null && loop.monitor().startsWith("validation") && validation == null) {
                throw new IllegalStateException("Early stopping watches the " + loop.monitor() + ", but no"
                        + " validation data was given; add .validation(testData), or watch the training"
                        + " loss with .earlyStopping(\"loss\", " + loop.patience() + ")");
            }
            return new Trainer(this, loop);
        }
    }
}
