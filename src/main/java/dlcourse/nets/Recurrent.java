package dlcourse.nets;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * A recurrent network for sequences in DL4J's layout {@code [n, features, time]}: one or more layers
 * of simple RNN or LSTM cells that read the sequence step by step, then an output layer. By default
 * the network reads the whole sequence and answers once, from the last step (sequence → one, labels
 * {@code [n, outputs]}); with {@link Builder#sequenceToSequence()} it answers at every step (labels
 * {@code [n, outputs, time]}). Gradients are clipped by default, which keeps long sequences from
 * blowing up training. The result is a plain DL4J {@link MultiLayerNetwork}, ready to train.
 *
 * <pre>{@code
 * MultiLayerNetwork lstm = Recurrent.lstmClassifier(2, 2, 32);          // 2 features, 2 classes, 32 units
 * MultiLayerNetwork rnn = Recurrent.simpleRnnClassifier(2, 2, 32);      // the same with simple RNN cells
 * MultiLayerNetwork forecaster = Recurrent.lstmRegressor(1, 1, 32);     // predicts the next value
 * MultiLayerNetwork tagger = Recurrent.lstm().features(3).units(16, 16).outputs(4)
 *         .sequenceToSequence().dropout(0.2).learningRate(0.002).seed(7).build();
 * }</pre>
 */
public final class Recurrent {

    private Recurrent() {
    }

    /** An LSTM classifier: sequence in, one softmax output per class out. */
    public static MultiLayerNetwork lstmClassifier(int features, int classes, int... units) {
        return lstm().features(features).units(units).outputs(classes).build();
    }

    /** A simple RNN classifier: sequence in, one softmax output per class out. */
    public static MultiLayerNetwork simpleRnnClassifier(int features, int classes, int... units) {
        return simpleRnn().features(features).units(units).outputs(classes).build();
    }

    /** An LSTM regressor: sequence in, {@code outputs} numbers out (mean squared error loss). */
    public static MultiLayerNetwork lstmRegressor(int features, int outputs, int... units) {
        return lstm().features(features).units(units).outputs(outputs).task(Task.REGRESSION).build();
    }

    /** A simple RNN regressor: sequence in, {@code outputs} numbers out (mean squared error loss). */
    public static MultiLayerNetwork simpleRnnRegressor(int features, int outputs, int... units) {
        return simpleRnn().features(features).units(units).outputs(outputs).task(Task.REGRESSION).build();
    }

    /**
     * Settings for a network of LSTM cells, which learn through gates what to keep, add and forget,
     * so they can carry information across many steps.
     */
    public static Builder lstm() {
        return new Builder(true);
    }

    /**
     * Settings for a network of simple RNN cells, {@code h = tanh(W x + U h + b)}, whose memory of
     * early steps fades quickly.
     */
    public static Builder simpleRnn() {
        return new Builder(false);
    }

    /** Settings for a {@link Recurrent} network; every one has a default except the sizes. */
    public static final class Builder extends NetworkBuilder<Builder> {
        private final boolean lstm;
        private int features = -1;
        private int[] units = {32};
        private boolean sequenceToSequence;
        private double forgetGateBias = 3.0;

        private Builder(boolean lstm) {
            super(lstm ? "Recurrent.lstm()" : "Recurrent.simpleRnn()", Activation.TANH, WeightInit.XAVIER, 0.005);
            this.lstm = lstm;
            settings.gradientClipping = 1.0;
        }

        /** How many numbers describe one time step (the size of dimension 1 of the data). */
        public Builder features(int features) {
            this.features = features;
            return this;
        }

        /** The number of units of each recurrent layer, first to last (default one layer of 32). */
        public Builder units(int... units) {
            this.units = units == null ? new int[0] : units.clone();
            return this;
        }

        /** An output at every time step (labels {@code [n, outputs, time]}) instead of one at the end. */
        public Builder sequenceToSequence() {
            this.sequenceToSequence = true;
            return this;
        }

        /**
         * The initial bias of the LSTM forget gates (default 3, DL4J's own default is 1). The gate keeps
         * {@code sigmoid(bias)} of the memory each step: 0.95 at 3, so from the start the memory, and
         * the gradient, reach some 20 steps back instead of 3, and long dependencies are found sooner.
         */
        public Builder forgetGateBias(double bias) {
            if (!lstm) {
                throw new IllegalStateException("Recurrent.simpleRnn() has no forget gate, so .forgetGateBias("
                        + bias + ") does not apply; use Recurrent.lstm() or remove the call");
            }
            this.forgetGateBias = bias;
            return this;
        }

        @Override
        MultiLayerNetwork assemble() {
            NeuralNetConfiguration.ListBuilder layers = settings.configuration().list();
            int in = features;
            for (int i = 0; i < units.length; i++) {
                BaseRecurrentLayer.Builder<?> cell = lstm
                        ? new LSTM.Builder().forgetGateBiasInit(forgetGateBias)
                        : new SimpleRnn.Builder();
                cell.nIn(in).nOut(units[i]).activation(settings.activation);
                if (i > 0 && settings.dropout > 0) {
                    cell.dropOut(1 - settings.dropout);   // DL4J takes the probability of keeping a unit
                }
                Layer layer = cell.build();
                boolean last = i == units.length - 1;
                // Sequence → one: only the last step's state goes on to the output layer.
                layers.layer(last && !sequenceToSequence ? new LastTimeStep(layer) : layer);
                in = units[i];
            }
            layers.layer(sequenceToSequence
                    ? head.everyStepLayer(in, settings)
                    : head.denseLayer(in, settings, true));
            return settings.network(layers);
        }

        @Override
        void checkSizes() {
            String owner = settings.owner();
            if (features < 1) {
                throw new IllegalArgumentException(owner + " expected features of 1 or more but was given "
                        + features + "; set it to the size of dimension 1 of the data [n, features, time],"
                        + " e.g. .features(1) for a single series");
            }
            if (units.length == 0) {
                throw new IllegalArgumentException(owner + " expected at least one recurrent layer but was"
                        + " given no units; set the layer sizes, e.g. .units(32)");
            }
            for (int size : units) {
                if (size < 1) {
                    throw new IllegalArgumentException(owner + " expected layer sizes of 1 or more but was"
                            + " given " + Arrays.toString(units) + "; remove or enlarge the empty layer");
                }
            }
            if (!Double.isFinite(forgetGateBias)) {
                throw new IllegalArgumentException(owner + " expected a finite forget gate bias but was given "
                        + forgetGateBias + "; 1 to 5 are usual, 3 is the default");
            }
        }
    }
}
