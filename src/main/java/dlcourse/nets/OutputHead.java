package dlcourse.nets;

import java.util.Set;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The output layer of a network: how many outputs, which activation and which loss, chosen from the
 * {@link Task} unless set. Package-private: learners meet it through the public builders.
 */
final class OutputHead {

    /** Losses that compare probabilities, so their outputs must stay within [0, 1]. */
    private static final Set<LossFunction> PROBABILITY_LOSSES = Set.of(
            LossFunction.XENT, LossFunction.MCXENT, LossFunction.NEGATIVELOGLIKELIHOOD);
    private static final Set<Activation> PROBABILITY_ACTIVATIONS = Set.of(
            Activation.SIGMOID, Activation.SOFTMAX, Activation.HARDSIGMOID);

    private final String owner;
    Task task;
    int outputs = -1;
    Activation activation;
    LossFunction loss;

    OutputHead(String owner, Task task) {
        this.owner = owner;
        this.task = task;
    }

    /** The number of outputs once {@link #validate} has passed: a binary task has exactly one. */
    int outputs() {
        return task == Task.BINARY && outputs == -1 ? 1 : outputs;
    }

    Activation activation() {
        return activation != null ? activation : task.outputActivation();
    }

    LossFunction loss() {
        return loss != null ? loss : task.loss();
    }

    void validate() {
        if (task == null) {
            throw new IllegalArgumentException(owner + " expected a task such as Task.MULTICLASS but was given"
                    + " null; pass Task.MULTICLASS, Task.BINARY or Task.REGRESSION");
        }
        switch (task) {
            case MULTICLASS -> {
                if (outputs == -1) {
                    throw new IllegalArgumentException(owner + " expected the number of classes but none was"
                            + " given; set it, e.g. .outputs(2) for two classes");
                }
                if (outputs < 2) {
                    throw new IllegalArgumentException(owner + " expected 2 or more classes but was given "
                            + outputs + "; a yes/no problem has 2 classes: .outputs(2), or one sigmoid output"
                            + " with .task(Task.BINARY)");
                }
            }
            case BINARY -> {
                if (outputs != -1 && outputs != 1) {
                    throw new IllegalArgumentException(owner + " with Task.BINARY has a single output (the"
                            + " probability of yes) but was given .outputs(" + outputs + "); remove .outputs,"
                            + " or use Task.MULTICLASS for one-hot labels with " + outputs + " columns");
                }
            }
            case REGRESSION -> {
                if (outputs == -1) {
                    throw new IllegalArgumentException(owner + " expected the number of outputs for"
                            + " Task.REGRESSION but none was given; set it, e.g. .outputs(1) to predict"
                            + " one number");
                }
                if (outputs < 1) {
                    throw new IllegalArgumentException(owner + " expected 1 or more outputs but was given "
                            + outputs + "; use one output per number to predict, e.g. .outputs(1)");
                }
            }
        }
        if (activation() == Activation.SOFTMAX && outputs() == 1) {
            throw new IllegalArgumentException(owner + " cannot use a softmax output with a single output:"
                    + " the softmax of one number is always 1; use Activation.SIGMOID (as Task.BINARY does)"
                    + " or 2 or more outputs");
        }
        if (PROBABILITY_LOSSES.contains(loss()) && !PROBABILITY_ACTIVATIONS.contains(activation())) {
            throw new IllegalArgumentException(owner + " cannot combine the loss " + loss() + ", which compares"
                    + " probabilities, with the output activation " + activation() + ", whose values can"
                    + " leave [0, 1]; use Activation.SIGMOID or Activation.SOFTMAX, or a loss such as"
                    + " LossFunction.MSE");
        }
    }

    /**
     * A dense output layer on top of {@code inputs} units (0: inferred from the network's input type),
     * dropping some of them while training if {@code dropInputs}.
     */
    OutputLayer denseLayer(long inputs, NetSettings settings, boolean dropInputs) {
        OutputLayer.Builder layer = new OutputLayer.Builder(loss())
                .nIn(inputs).nOut(outputs()).activation(activation());
        return (dropInputs ? settings.withDropout(layer) : layer).build();
    }

    /** An output layer applied at every time step to a sequence of {@code inputs} units per step. */
    RnnOutputLayer everyStepLayer(long inputs, NetSettings settings) {
        return settings.withDropout(new RnnOutputLayer.Builder(loss()))
                .nIn(inputs).nOut(outputs()).activation(activation()).dataFormat(RNNFormat.NCW).build();
    }
}
