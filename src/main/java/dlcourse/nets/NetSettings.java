package dlcourse.nets;

import dlcourse.backend.OneDnn;
import dlcourse.data.Seeds;
import dlcourse.train.JavaAdam;
import dlcourse.train.Optimizer;
import dlcourse.train.StopOnInterrupt;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The settings every network builder of this package shares (activation, optimizer, seed, dropout,
 * L1, L2, weight initialisation, gradient clipping), their checks, and how they become DL4J configuration.
 * Package-private: learners meet these settings through the public builders.
 */
final class NetSettings {

    private final String owner;
    Activation activation;
    WeightInit weightInit;
    Double learningRate;
    private final double defaultLearningRate;
    IUpdater updater;
    boolean updaterGiven;
    long seed = 42;
    double dropout;
    double l1;
    double l2;
    double gradientClipping;

    NetSettings(String owner, Activation activation, WeightInit weightInit, double defaultLearningRate) {
        this.owner = owner;
        this.activation = activation;
        this.weightInit = weightInit;
        this.defaultLearningRate = defaultLearningRate;
    }

    /** Who these settings belong to, as messages name it, e.g. "Mlp". */
    String owner() {
        return owner;
    }

    void validate() {
        if (activation == null) {
            throw new IllegalArgumentException(owner + " expected an activation such as Activation.RELU"
                    + " but was given null; pass one, e.g. .activation(Activation.TANH)");
        }
        if (weightInit == null) {
            throw new IllegalArgumentException(owner + " expected a weight initialisation such as"
                    + " WeightInit.XAVIER but was given null; pass one or leave the default");
        }
        if (learningRate != null) {
            Optimizer.checkLearningRate(owner, learningRate, "0.001 to 0.1 (Adam)", true);
        }
        if (updaterGiven && updater == null) {
            throw new IllegalArgumentException(owner + " expected an updater such as new Adam(0.01) but was"
                    + " given null; pass one or leave the default (Adam)");
        }
        if (learningRate != null && updaterGiven) {
            throw new IllegalArgumentException(owner + " was given both .learningRate(" + learningRate
                    + ") and .updater(" + updater + "); set the rate inside the updater, e.g. .updater(new Sgd("
                    + learningRate + ")), and remove .learningRate");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException(owner + " expected a dropout rate from 0 (none) up to but not"
                    + " including 1 but was given " + dropout + "; it is the fraction of units dropped"
                    + " while training, e.g. .dropout(0.2)");
        }
        if (!(l1 >= 0) || Double.isInfinite(l1)) {
            throw new IllegalArgumentException(owner + " expected an L1 coefficient of 0 or more but was given "
                    + l1 + "; typical values are 0.00001 to 0.001, and 0 turns it off");
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException(owner + " expected an L2 coefficient of 0 or more but was given "
                    + l2 + "; typical values are 0.0001 to 0.01, and 0 turns it off");
        }
        if (!(gradientClipping >= 0) || Double.isInfinite(gradientClipping)) {
            throw new IllegalArgumentException(owner + " expected a gradient clipping threshold of 0 or more"
                    + " but was given " + gradientClipping + "; try 1.0, or 0 to turn clipping off");
        }
    }

    /** The network-wide part of a DL4J configuration: seed, weights, optimizer, L1, L2, clipping. */
    NeuralNetConfiguration.Builder configuration() {
        IUpdater optimizer = updaterGiven
                ? updater.clone()
                : new JavaAdam(learningRate != null ? learningRate : defaultLearningRate);
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(Seeds.of(seed))
                .weightInit(weightInit)
                .updater(optimizer);
        if (l1 > 0) {
            builder.l1(l1);
        }
        if (l2 > 0) {
            builder.l2(l2);
        }
        if (gradientClipping > 0) {
            // Clips each gradient value: one exploding step through time cannot wreck the weights.
            builder.gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
                    .gradientNormalizationThreshold(gradientClipping);
        }
        return builder;
    }

    /**
     * Builds and initialises the network, turning any configuration error DL4J still finds into an
     * {@link IllegalArgumentException} that names the builder.
     */
    MultiLayerNetwork network(NeuralNetConfiguration.ListBuilder layers) {
        MultiLayerNetwork net;
        try {
            net = new MultiLayerNetwork(layers.build());
            net.init();
            OneDnn.useFor(net);
            StopOnInterrupt.attachTo(net);   // the interrupt button stops a learner's own fit loop too
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IllegalArgumentException(owner + " could not build a network from these settings: "
                    + reason + "; change the setting it names or go back to the defaults", e);
        }
        return net;
    }

    /**
     * Drops a fraction of the layer's inputs while training. DL4J's {@code dropOut(p)} takes the
     * probability of KEEPING a unit, the opposite of the rate learners know from Keras and papers.
     */
    <T extends BaseLayer.Builder<T>> T withDropout(T layer) {
        if (dropout > 0) {
            layer.dropOut(1 - dropout);
        }
        return layer;
    }
}
