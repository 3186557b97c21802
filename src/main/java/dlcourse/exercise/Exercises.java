package dlcourse.exercise;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The course's exercises, one method each, named by what they practise (type {@code Exercises.}
 * and press Tab to see them). Each method returns the same {@link Exercise} every time, so hints
 * carry on from one run of a cell to the next. Their texts and reference answers live in the
 * library, not in the notebooks: one Markdown file per chapter (see {@link ExerciseBook}).
 *
 * <pre>{@code
 * double output = Double.NaN;                 // TODO: your number
 * Exercises.neuronOutput().check(output)      // ✓ or ✗ with a hint
 * Exercises.neuronOutput().solution()         // when you want to see one
 * }</pre>
 */
public final class Exercises {

    private static final Map<String, Exercise.Builder> BOOK = ExerciseBook.read();
    private static final Map<String, Exercise> MADE = new ConcurrentHashMap<>();

    private Exercises() {
    }

    /** Every exercise in the catalogue, in course order. */
    public static List<Exercise> all() {
        return BOOK.keySet().stream().map(Exercises::exercise).toList();
    }

    /** Work out a neuron's output by hand: weighted sum, bias, sigmoid. */
    public static Exercise neuronOutput() {
        return made();
    }

    /** Write ReLU as a Java function. */
    public static Exercise relu() {
        return made();
    }

    /** The derivative of the sigmoid, the slope backpropagation needs. */
    public static Exercise sigmoidDerivative() {
        return made();
    }

    /** Choose a hidden layer size that gives a network an exact number of parameters. */
    public static Exercise networkWithParameters() {
        return made();
    }

    /** The local derivative of a tanh node, from its output. */
    public static Exercise tanhLocalDerivative() {
        return made();
    }

    /** A bias gradient in the chapter's tiny network, by the chain rule, for a new input. */
    public static Exercise tinyNetworkBiasGradient() {
        return made();
    }

    /** What happens to a gradient when backward() runs twice without zeroGrad. */
    public static Exercise gradientWithoutZeroGrad() {
        return made();
    }

    /** One step of the perceptron rule, by hand: the new weights and bias after one example. */
    public static Exercise perceptronUpdate() {
        return made();
    }

    /** Weights and a bias that make one step neuron compute NAND, checked on the truth table. */
    public static Exercise nandWeights() {
        return made();
    }

    /** The fewest hidden step neurons that let a layered network compute XOR. */
    public static Exercise xorHiddenNeurons() {
        return made();
    }

    /** One step of gradient descent on a function of two parameters, by hand. */
    public static Exercise gradientStep() {
        return made();
    }

    /** One update of gradient descent with momentum, by hand. */
    public static Exercise momentumStep() {
        return made();
    }

    /** The largest stable learning rate of gradient descent on a parabola of curvature a. */
    public static Exercise divergenceThreshold() {
        return made();
    }

    /** The mean squared error of four predictions, by hand. */
    public static Exercise meanSquaredError() {
        return made();
    }

    /** Softmax of three logits, then the cross-entropy of the true class. */
    public static Exercise crossEntropyFromLogits() {
        return made();
    }

    /** The Huber loss with δ = 2 as a function of the error. */
    public static Exercise huberLoss() {
        return made();
    }

    /** Write leaky ReLU, which keeps a small slope for negative inputs, as a Java function. */
    public static Exercise leakyRelu() {
        return made();
    }

    /** The derivative of tanh, written with tanh itself. */
    public static Exercise tanhDerivative() {
        return made();
    }

    /** How much the sigmoid's slopes alone can shrink a gradient through ten layers. */
    public static Exercise vanishingGradientFactor() {
        return made();
    }

    /** Count the trainings a grid search needs. */
    public static Exercise gridSearchSize() {
        return made();
    }

    /** Turn a uniform number u in [0, 1] into a log-uniform learning rate. */
    public static Exercise logUniformLearningRate() {
        return made();
    }

    /** Which data set decides between configurations, and which one is only for the final report. */
    public static Exercise setForChoosingTheModel() {
        return made();
    }

    /** Work out the L2 penalty of a small weight vector, in DL4J's convention (λ/2)·Σw². */
    public static Exercise l2Penalty() {
        return made();
    }

    /** The expected number of units a dropout layer keeps in one training step. */
    public static Exercise dropoutKeptUnits() {
        return made();
    }

    /** Read off where early stopping stops, and which epoch it restores, from a validation curve. */
    public static Exercise earlyStoppingEpochs() {
        return made();
    }

    /** Count the parameters of a simple RNN layer: input weights, recurrent weights and biases. */
    public static Exercise simpleRnnParameters() {
        return made();
    }

    /** Two steps of the hidden-state recurrence by hand, for a layer of one unit. */
    public static Exercise hiddenStateByHand() {
        return made();
    }

    /** What the naive forecast predicts on a short series, and its mean squared error. */
    public static Exercise naiveForecastError() {
        return made();
    }

    /** The discriminator loss Gan reports when the discriminator answers 0.5 for every example. */
    public static Exercise discriminatorLossAtEquilibrium() {
        return made();
    }

    /** The optimal discriminator D*(x) = p_data(x) / (p_data(x) + p_g(x)) at one point. */
    public static Exercise optimalDiscriminator() {
        return made();
    }

    /** Count the parameters of a GAN's generator, layer by layer. */
    public static Exercise generatorParameters() {
        return made();
    }

    /** The output size of a convolution from the input size, kernel, padding and stride. */
    public static Exercise convOutputSize() {
        return made();
    }

    /** Count the weights and biases of one convolution layer. */
    public static Exercise convLayerParameters() {
        return made();
    }

    /** Say which edges a 3 × 3 kernel responds to. */
    public static Exercise kernelDetects() {
        return made();
    }

    /** Count the parameters of an LSTM layer: four gates, each a small dense layer on [x, h]. */
    public static Exercise lstmParameterCount() {
        return made();
    }

    /** Compute a forget gate's value by hand, for a cell with one unit. */
    public static Exercise forgetGateValue() {
        return made();
    }

    /** How a temperature below 1 changes the probability of the likeliest character. */
    public static Exercise temperatureProbability() {
        return made();
    }

    /** The compression ratio of an autoencoder's bottleneck: inputs per code number. */
    public static Exercise autoencoderCompressionRatio() {
        return made();
    }

    /** Pick the highest anomaly threshold that still catches a target fraction of the anomalies. */
    public static Exercise anomalyThresholdForRecall() {
        return made();
    }

    /** The KL term of a VAE for one latent dimension, and what it pulls towards. */
    public static Exercise vaeKlDivergence() {
        return made();
    }

    /**
     * The exercise of the method that calls this: its id is that method's name, so the method and the
     * heading "## id: title" in the exercise file are all it takes (a test checks that they match).
     */
    private static Exercise made() {
        return exercise(StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow().getMethodName());
    }

    // Made once, so hints carry on from one run of a cell to the next.
    private static Exercise exercise(String id) {
        Exercise.Builder parts = BOOK.get(id);
        if (parts == null) {
            throw new IllegalStateException("Exercises." + id + "() has no exercise \"## " + id + ": ...\" in"
                    + " the exercise files (src/main/resources/dlcourse/exercises/)");
        }
        return MADE.computeIfAbsent(id, key -> parts.id(key).solutionCall("Exercises." + key + "().solution()").build());
    }

    /** One attention weight by hand: two keys, scaled scores, a softmax. */
    public static Exercise attentionWeightByHand() {
        return made();
    }

    /** Count a transformer block's parameters: four projections, a feed-forward part, two norms. */
    public static Exercise transformerBlockParameters() {
        return made();
    }

    /** How many attention weights a causal mask forces to 0 in a sequence of 10 positions. */
    public static Exercise causalMaskZeros() {
        return made();
    }

    /** One Q-learning update of one table entry. */
    public static Exercise bellmanUpdateByHand() {
        return made();
    }

    /** The discounted return of four rewards. */
    public static Exercise discountedReturn() {
        return made();
    }

    /** The discounted return of a reward of 1 on every step, forever. */
    public static Exercise discountHorizon() {
        return made();
    }

    /** Reading the table of an agent that never explored: where its arrows do not lead to the goal. */
    public static Exercise cellsWithoutAWay() {
        return made();
    }
}
