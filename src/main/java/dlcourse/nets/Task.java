package dlcourse.nets;

import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * What a network predicts, which decides its output layer and loss unless you set them yourself.
 *
 * <pre>{@code
 * MultiLayerNetwork price = Mlp.builder().inputs(8).hidden(32).outputs(1).task(Task.REGRESSION).build();
 * }</pre>
 */
public enum Task {

    /** One class out of several: one softmax output per class (the class probabilities), cross-entropy loss. */
    MULTICLASS(Activation.SOFTMAX, LossFunction.MCXENT),

    /** Yes or no: a single sigmoid output (the probability of yes), binary cross-entropy loss; labels 0 or 1. */
    BINARY(Activation.SIGMOID, LossFunction.XENT),

    /** Numbers: identity outputs (any value), mean squared error loss; as many outputs as numbers to predict. */
    REGRESSION(Activation.IDENTITY, LossFunction.MSE);

    private final Activation outputActivation;
    private final LossFunction loss;

    Task(Activation outputActivation, LossFunction loss) {
        this.outputActivation = outputActivation;
        this.loss = loss;
    }

    /** The output layer's activation this task uses unless told otherwise. */
    public Activation outputActivation() {
        return outputActivation;
    }

    /** The loss this task uses unless told otherwise. */
    public LossFunction loss() {
        return loss;
    }
}
