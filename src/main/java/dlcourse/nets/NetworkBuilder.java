package dlcourse.nets;

import dlcourse.train.Optimizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The settings that {@link Mlp}, {@link Cnn} and {@link Recurrent} builders share, with the same
 * names and meaning in each: what the network predicts ({@link #outputs}, {@link #task}), how it
 * learns ({@link #learningRate} or another {@link #updater}, {@link #seed}) and how it is kept
 * from overfitting ({@link #dropout}, {@link #l1}, {@link #l2}). Each network's builder adds its
 * own sizes ({@code Mlp.builder().inputs(2).hidden(16)}, {@code Cnn.builder().image(28, 28).conv(16, 3)},
 * {@code Recurrent.lstm().features(1).units(32)}); every setting has a default except those sizes.
 *
 * <pre>{@code
 * MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(8).outputs(2)
 *         .activation(Activation.TANH).dropout(0.2).l2(1e-4).learningRate(0.05).seed(7).build();
 * }</pre>
 *
 * @param <B> the network's own builder, which every setting returns so that calls chain
 */
public abstract class NetworkBuilder<B extends NetworkBuilder<B>> {

    final OutputHead head;
    final NetSettings settings;

    NetworkBuilder(String owner, Activation activation, WeightInit weightInit, double defaultLearningRate) {
        this.head = new OutputHead(owner, Task.MULTICLASS);
        this.settings = new NetSettings(owner, activation, weightInit, defaultLearningRate);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Builds the configured network, initialised and ready to train. Every setting is checked
     * first: the network's own sizes, then the output and the shared settings.
     */
    public final MultiLayerNetwork build() {
        checkSizes();
        head.validate();
        settings.validate();
        return assemble();
    }

    /** Refuses the network's own sizes where they make no network, with a message that names the fix. */
    abstract void checkSizes();

    /** The network's layers from checked settings, as an initialised network. */
    abstract MultiLayerNetwork assemble();

    /**
     * How many outputs: the number of classes for {@link Task#MULTICLASS}, the number of values to
     * predict for {@link Task#REGRESSION}; {@link Task#BINARY} always has one.
     */
    public B outputs(int outputs) {
        head.outputs = outputs;
        return self();
    }

    /** What the network predicts (default {@link Task#MULTICLASS}); picks the output activation and loss. */
    public B task(Task task) {
        head.task = task;
        return self();
    }

    /** The output layer's activation, instead of the task's (softmax, sigmoid or identity). */
    public B outputActivation(Activation activation) {
        if (activation == null) {
            throw new IllegalArgumentException(settings.owner() + " expected an output activation such as"
                    + " Activation.SIGMOID but was given null; pass one or leave the task's default");
        }
        head.activation = activation;
        return self();
    }

    /** The loss, instead of the task's (cross-entropy, binary cross-entropy or mean squared error). */
    public B loss(LossFunction loss) {
        if (loss == null) {
            throw new IllegalArgumentException(settings.owner() + " expected a loss such as LossFunction.MSE"
                    + " but was given null; pass one or leave the task's default");
        }
        head.loss = loss;
        return self();
    }

    /** The activation of the hidden layers (default ReLU; tanh for {@link Recurrent}). */
    public B activation(Activation activation) {
        settings.activation = activation;
        return self();
    }

    /**
     * The fraction of units dropped at random in each training step (default 0, none); 0.2 to 0.5
     * are usual. Prediction always uses every unit. Where it acts: an {@link Mlp}'s hidden units, a
     * {@link Cnn}'s dense and output layers' inputs (convolutions have few, shared weights), a
     * {@link Recurrent} network's later layers' inputs (the sequence itself is never dropped).
     */
    public B dropout(double rate) {
        settings.dropout = rate;
        return self();
    }

    /**
     * The L1 penalty on the weights (default 0, none); try 1e-4. The loss gains
     * {@code coefficient} × the sum of the weights' absolute values (biases are not penalised), so
     * every weight is pulled towards 0 by the same amount and those that matter little end near 0.
     * It can be combined with {@link #l2}. Negative, NaN or infinite coefficients are refused.
     */
    public B l1(double coefficient) {
        settings.l1 = coefficient;
        return self();
    }

    /**
     * The L2 penalty on the weights, which keeps them small (default 0, none); try 1e-4. The loss
     * gains {@code coefficient} × the sum of the squared weights (biases are not penalised).
     */
    public B l2(double coefficient) {
        settings.l2 = coefficient;
        return self();
    }

    /**
     * Clips every gradient value to {@code [-threshold, threshold]} before each update; 0 turns
     * clipping off (default 1.0 for {@link Recurrent}, where one exploding step through time could
     * wreck the weights, 0 otherwise).
     */
    public B gradientClipping(double threshold) {
        settings.gradientClipping = threshold;
        return self();
    }

    /** How the initial weights are drawn (default {@code WeightInit.XAVIER}; {@code RELU} for {@link Cnn}). */
    public B weightInit(WeightInit weightInit) {
        settings.weightInit = weightInit;
        return self();
    }

    /**
     * The Adam optimizer's learning rate (default 0.01 for {@link Mlp}, 0.005 for {@link Cnn} and
     * {@link Recurrent}; LSTMs often become unstable at 0.01).
     */
    public B learningRate(double learningRate) {
        settings.learningRate = learningRate;
        return self();
    }

    /**
     * Another optimizer instead of Adam, with its own learning rate: {@code Optimizer.sgd(0.1)},
     * {@code Optimizer.momentum(0.01, 0.9)}, {@code Optimizer.rmsprop(0.001)}, the same values
     * {@code Trainer.builder().optimizer(...)} takes. Do not combine with {@link #learningRate}.
     */
    public B optimizer(Optimizer optimizer) {
        if (optimizer == null) {
            throw new IllegalArgumentException(settings.owner() + " expected an optimizer such as"
                    + " Optimizer.sgd(0.1) but was given null; pass one or leave the default (Adam)");
        }
        return updater(optimizer.updater());
    }

    /**
     * Any DL4J updater instead of Adam, with its own learning rate, e.g. {@code new Sgd(0.1)} or
     * {@code new AdaGrad(0.1)}: what {@link #optimizer} offers, open to all of DL4J's updaters. Do
     * not combine with {@link #learningRate}.
     */
    public B updater(IUpdater updater) {
        settings.updater = updater;
        settings.updaterGiven = true;
        return self();
    }

    /** The seed of the initial weights (default 42): the same seed gives the same network. */
    public B seed(long seed) {
        settings.seed = seed;
        return self();
    }
}
