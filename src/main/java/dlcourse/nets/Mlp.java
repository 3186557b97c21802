package dlcourse.nets;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A multilayer perceptron: fully connected layers, each a weighted sum, a bias and an activation.
 * The common case is one call; the builder sets the rest; the result is a plain DL4J
 * {@link MultiLayerNetwork}, ready to train.
 *
 * <pre>{@code
 * MultiLayerNetwork net = Mlp.classifier(2, 2, 16, 16);   // 2 inputs, 2 classes, two hidden layers
 * MultiLayerNetwork tanh = Mlp.builder().inputs(2).hidden(8).outputs(2)
 *         .activation(Activation.TANH).learningRate(0.05).seed(7).build();
 * }</pre>
 */
public final class Mlp {

    private Mlp() {
    }

    /** A classifier with ReLU hidden layers, a softmax output and cross-entropy loss. */
    public static MultiLayerNetwork classifier(int inputs, int classes, int... hidden) {
        return builder().inputs(inputs).hidden(hidden).outputs(classes).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for an {@link Mlp}; every one has a default except the sizes. */
    public static final class Builder {
        private int inputs = -1;
        private int outputs = -1;
        private int[] hidden = {16};
        private Activation activation = Activation.RELU;
        private double learningRate = 0.01;
        private long seed = 42;

        private Builder() {
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

        /** How many classes the network tells apart. */
        public Builder outputs(int classes) {
            this.outputs = classes;
            return this;
        }

        /** The hidden layers' activation (default ReLU). */
        public Builder activation(Activation activation) {
            this.activation = activation;
            return this;
        }

        /** The Adam optimizer's learning rate (default 0.01). */
        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** The seed of the initial weights (default 42): the same seed gives the same network. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public MultiLayerNetwork build() {
            validate();
            NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                    .seed(seed)
                    .weightInit(WeightInit.XAVIER)
                    .updater(new Adam(learningRate))
                    .list();
            int in = inputs;
            for (int size : hidden) {
                layers.layer(new DenseLayer.Builder().nIn(in).nOut(size).activation(activation).build());
                in = size;
            }
            layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                    .nIn(in).nOut(outputs).activation(Activation.SOFTMAX).build());
            MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
            net.init();
            return net;
        }

        private void validate() {
            if (inputs < 1) {
                throw new IllegalArgumentException("Mlp expected inputs of 1 or more but was given "
                        + inputs + "; set it to the number of features, e.g. .inputs(2) for points in a plane");
            }
            if (outputs < 2) {
                throw new IllegalArgumentException("Mlp expected 2 or more classes but was given "
                        + outputs + "; a yes/no problem has 2 classes: .outputs(2)");
            }
            for (int size : hidden) {
                if (size < 1) {
                    throw new IllegalArgumentException("Mlp expected hidden layer sizes of 1 or more but"
                            + " was given " + Arrays.toString(hidden) + "; remove or enlarge the empty layer");
                }
            }
            if (activation == null) {
                throw new IllegalArgumentException("Mlp expected an activation such as Activation.RELU"
                        + " but was given null");
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("Mlp expected a learning rate above 0 but was given "
                        + learningRate + "; values from 0.001 to 0.1 are typical for Adam");
            }
        }
    }
}
