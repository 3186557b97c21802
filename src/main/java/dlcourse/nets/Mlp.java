package dlcourse.nets;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * A multilayer perceptron: fully connected layers, each a weighted sum, a bias and an activation.
 * The common case is one call; the builder sets the rest; the result is a plain DL4J
 * {@link MultiLayerNetwork}, ready to train. The {@link Task} picks the output layer and the loss:
 * softmax and cross-entropy for classes, one sigmoid output for yes/no, identity outputs and mean
 * squared error for numbers.
 *
 * <pre>{@code
 * MultiLayerNetwork net = Mlp.classifier(2, 2, 16, 16);      // 2 inputs, 2 classes, two hidden layers
 * MultiLayerNetwork yesNo = Mlp.binaryClassifier(2, 16);      // 1 output: the probability of yes
 * MultiLayerNetwork fit = Mlp.regressor(1, 1, 32, 32);        // 1 input, 1 number out
 * MultiLayerNetwork tanh = Mlp.builder().inputs(2).hidden(8).outputs(2)
 *         .activation(Activation.TANH).dropout(0.2).l2(1e-4).learningRate(0.05).seed(7).build();
 * MultiLayerNetwork normalized = Mlp.builder().inputs(2).hidden(64, 64).outputs(2)
 *         .batchNormalization(true).l1(1e-4).build();             // dense, batch norm, dense, batch norm, output
 * }</pre>
 */
public final class Mlp {

    private Mlp() {
    }

    /** A classifier with ReLU hidden layers, a softmax output per class and cross-entropy loss. */
    public static MultiLayerNetwork classifier(int inputs, int classes, int... hidden) {
        return builder().inputs(inputs).hidden(hidden).outputs(classes).build();
    }

    /**
     * A yes/no classifier with ReLU hidden layers and one sigmoid output, the probability of yes,
     * trained with binary cross-entropy on labels of shape {@code [n, 1]} holding 0 or 1.
     */
    public static MultiLayerNetwork binaryClassifier(int inputs, int... hidden) {
        return builder().inputs(inputs).hidden(hidden).task(Task.BINARY).build();
    }

    /** A regressor with ReLU hidden layers, {@code outputs} identity outputs and mean squared error loss. */
    public static MultiLayerNetwork regressor(int inputs, int outputs, int... hidden) {
        return builder().inputs(inputs).hidden(hidden).outputs(outputs).task(Task.REGRESSION).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for an {@link Mlp}; every one has a default except the sizes. */
    public static final class Builder extends NetworkBuilder<Builder> {
        private int inputs = -1;
        private int[] hidden = {16};
        private boolean batchNormalization;

        private Builder() {
            super("Mlp", Activation.RELU, WeightInit.XAVIER, 0.01);
        }

        /** How many numbers describe one example. */
        public Builder inputs(int inputs) {
            this.inputs = inputs;
            return this;
        }

        /** The sizes of the hidden layers, first to last; none for a network with no hidden layer. */
        public Builder hidden(int... sizes) {
            this.hidden = sizes == null ? new int[0] : sizes.clone();
            return this;
        }

        /**
         * Whether to put a batch normalization layer after every hidden layer (default false). While
         * training it rescales each unit's outputs over the mini-batch to mean 0 and variance 1, then
         * applies a learned scale and shift; for prediction it uses running averages of the mean and
         * variance seen in training. Each adds 4 numbers per unit to the parameter count (scale, shift,
         * mean, variance), of which only scale and shift are learned by gradient descent.
         */
        public Builder batchNormalization(boolean on) {
            this.batchNormalization = on;
            return this;
        }

        @Override
        MultiLayerNetwork assemble() {
            NeuralNetConfiguration.ListBuilder layers = settings.configuration().list();
            int in = inputs;
            for (int i = 0; i < hidden.length; i++) {
                DenseLayer.Builder dense = new DenseLayer.Builder().nIn(in).nOut(hidden[i])
                        .activation(settings.activation);
                // Dropout acts on a layer's inputs: leave the raw features whole, drop hidden units.
                layers.layer((i == 0 ? dense : settings.withDropout(dense)).build());
                if (batchNormalization) {
                    // Identity: the layer only normalizes, the dense layer before it already activated.
                    layers.layer(new BatchNormalization.Builder().nIn(hidden[i]).nOut(hidden[i])
                            .activation(Activation.IDENTITY).build());
                }
                in = hidden[i];
            }
            layers.layer(head.denseLayer(in, settings, hidden.length > 0));
            return settings.network(layers);
        }

        @Override
        void checkSizes() {
            if (inputs < 1) {
                throw new IllegalArgumentException("Mlp expected inputs of 1 or more but was given "
                        + inputs + "; set it to the number of features, e.g. .inputs(2) for points in a plane");
            }
            for (int size : hidden) {
                if (size < 1) {
                    throw new IllegalArgumentException("Mlp expected hidden layer sizes of 1 or more but"
                            + " was given " + Arrays.toString(hidden) + "; remove or enlarge the empty layer");
                }
            }
        }
    }
}
