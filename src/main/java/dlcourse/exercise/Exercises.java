package dlcourse.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The course's exercises, one method each, named by what they practise (type {@code Exercises.}
 * and press Tab to see them). Each method returns the same {@link Exercise} every time, so hints
 * carry on from one run of a cell to the next. The reference answers live here, not in the notebooks.
 *
 * <pre>{@code
 * double output = Double.NaN;                 // TODO: your number
 * Exercises.neuronOutput().check(output)      // ✓ or ✗ with a hint
 * Exercises.neuronOutput().solution()         // when you want to see one
 * }</pre>
 */
public final class Exercises {

    private static final Map<String, Exercise> MADE = new ConcurrentHashMap<>();

    private Exercises() {
    }

    /** Every exercise in the catalogue, in course order. */
    public static List<Exercise> all() {
        return List.of(neuronOutput(), relu(), sigmoidDerivative(), networkWithParameters(),
                l2Penalty(), dropoutKeptUnits(), earlyStoppingEpochs());
    }

    // --- A single neuron, activations, and counting parameters (the neuron chapter). -------------

    /** Work out a neuron's output by hand: weighted sum, bias, sigmoid. */
    public static Exercise neuronOutput() {
        return made("neuronOutput", () -> {
            double z = 1.2 * 0.5 + 0.4 * -1.0 + -0.3 * 2.0 + 0.1;   // -0.3
            double sigmoid = 1 / (1 + Math.exp(-z));
            return Exercise.builder("neuronOutput", "A neuron's output by hand")
                    .question("A neuron has inputs x = (0.5, -1.0, 2.0), weights w = (1.2, 0.4, -0.3),"
                            + " bias b = 0.1 and the sigmoid activation σ(z) = 1 / (1 + e^(-z))."
                            + " What is its output? Answer to 3 decimals or better.")
                    .checker(Checker.number(sigmoid, 1e-3, Map.of(
                            z, "that is the weighted sum z; the neuron passes it through σ.",
                            1 / (1 + Math.exp(-(z - 0.1))), "it looks like the bias b is missing from z.",
                            Math.max(0, z), "that is ReLU(z); this neuron uses the sigmoid.")))
                    .hints("First the weighted sum z = w₁x₁ + w₂x₂ + w₃x₃ + b, then σ(z).",
                            "z = 0.6 - 0.4 - 0.6 + 0.1; in Java, σ(z) is 1 / (1 + Math.exp(-z)).")
                    .solution("""
                            double z = 1.2 * 0.5 + 0.4 * -1.0 + -0.3 * 2.0 + 0.1;   // -0.3
                            double output = 1 / (1 + Math.exp(-z));                // 0.4256
                            The sum is negative, so the neuron is a little less than half "on".""")
                    .solutionCall("Exercises.neuronOutput().solution()")
                    .build();
        });
    }

    /** Write ReLU as a Java function. */
    public static Exercise relu() {
        return made("relu", () -> Exercise.builder("relu", "ReLU as a function")
                .question("Write the rectified linear unit ReLU(z) = max(0, z) as a DoubleUnaryOperator,"
                        + " e.g. DoubleUnaryOperator relu = z -> ...;")
                .checker(Checker.function(z -> Math.max(0, z), 1e-12, -3, -1, -0.25, 0, 0.25, 1, 3.7))
                .hints("ReLU passes positive numbers through unchanged and turns negative ones into 0.",
                        "Math.max(a, b) gives the larger of two numbers.")
                .solution("""
                        DoubleUnaryOperator relu = z -> Math.max(0, z);
                        For z > 0 the larger of 0 and z is z itself; for z < 0 it is 0.""")
                .solutionCall("Exercises.relu().solution()")
                .build());
    }

    /** The derivative of the sigmoid, the slope backpropagation needs. */
    public static Exercise sigmoidDerivative() {
        return made("sigmoidDerivative", () -> Exercise.builder("sigmoidDerivative", "The sigmoid's slope")
                .question("Write σ'(z), the slope of the sigmoid σ(z) = 1 / (1 + e^(-z)), as a"
                        + " DoubleUnaryOperator. Backpropagation multiplies by it at every sigmoid neuron.")
                .checker(Checker.function(z -> sigmoid(z) * (1 - sigmoid(z)), 1e-6,
                        -6, -2, -0.5, 0, 0.5, 2, 6))
                .hints("The slope is largest at z = 0, where it is 0.25, and falls towards 0 on both sides.",
                        "The derivative can be written with σ itself: σ'(z) = σ(z) · (1 − σ(z)).",
                        "In the lambda, compute double s = 1 / (1 + Math.exp(-z)); then return s * (1 - s).")
                .solution("""
                        DoubleUnaryOperator sigmoidDerivative = z -> {
                            double s = 1 / (1 + Math.exp(-z));
                            return s * (1 - s);
                        };
                        From σ(z) = (1 + e^(-z))^(-1), the chain rule gives e^(-z) / (1 + e^(-z))²,
                        which is σ(z) · (1 − σ(z)).""")
                .solutionCall("Exercises.sigmoidDerivative().solution()")
                .build());
    }

    /** Choose a hidden layer size that gives a network an exact number of parameters. */
    public static Exercise networkWithParameters() {
        return made("networkWithParameters", () -> Exercise.builder("networkWithParameters",
                        "A network with 52 parameters")
                .question("Build a classifier with Mlp.classifier for 2 inputs and 2 classes with one hidden"
                        + " layer, sized so that the network has exactly 52 parameters (weights plus"
                        + " biases).")
                .checker(Checker.network(2, 2, 52))
                .hints("A dense layer from n inputs to m neurons has n·m weights and m biases.",
                        "With h hidden neurons: (2·h + h) + (h·2 + 2) = 5h + 2 parameters."
                                + " Solve 5h + 2 = 52.")
                .solution("""
                        MultiLayerNetwork net = Mlp.classifier(2, 2, 10);
                        Hidden layer: 2·10 weights + 10 biases = 30; output layer: 10·2 + 2 = 22;
                        30 + 22 = 52.
                        net.summary() lists the same counts.""")
                .solutionCall("Exercises.networkWithParameters().solution()")
                .build());
    }

    // --- Overfitting and regularization: the L2 penalty, dropout, early stopping. ----------------

    /** Work out the L2 penalty of a small weight vector, in DL4J's convention (λ/2)·Σw². */
    public static Exercise l2Penalty() {
        return made("l2Penalty", () -> {
            double[] w = {0.5, -1.0, 2.0, 0.0};
            double lambda = 0.01;
            double squares = Arrays.stream(w).map(v -> v * v).sum();          // 5.25
            double absolutes = Arrays.stream(w).map(Math::abs).sum();         // 3.5
            return Exercise.builder("l2Penalty", "The L2 penalty of four weights")
                    .question("A layer has the weights w = (0.5, -1.0, 2.0, 0.0) and is trained with"
                            + " .l2(0.01), so λ = 0.01. DL4J adds the penalty (λ/2)·Σ wᵢ² to the loss."
                            + " How large is the penalty? Answer to 5 decimals or better.")
                    .checker(Checker.number(lambda / 2 * squares, 1e-5, Map.of(
                            lambda * squares, "that is λ·Σw²; DL4J's penalty has a factor 1/2 in front.",
                            lambda / 2 * absolutes, "that sums |wᵢ|, the L1 penalty; L2 squares each weight.",
                            lambda * absolutes, "that is λ·Σ|wᵢ|, the L1 penalty; L2 squares each weight.",
                            squares, "that is Σw² alone; multiply it by λ/2.")))
                    .hints("Square each weight, add the squares, then multiply by λ/2 = 0.005.",
                            "0.5² + (-1.0)² + 2.0² + 0² = 0.25 + 1 + 4 + 0 = 5.25.")
                    .solution("""
                            double[] w = {0.5, -1.0, 2.0, 0.0};
                            double penalty = 0.01 / 2 * Arrays.stream(w).map(v -> v * v).sum();   // 0.02625
                            The largest weight, 2.0, contributes 4 of the 5.25: L2 punishes large weights
                            most, so training shrinks those first. The weight 0 costs nothing.""")
                    .solutionCall("Exercises.l2Penalty().solution()")
                    .build();
        });
    }

    /** The expected number of units a dropout layer keeps in one training step. */
    public static Exercise dropoutKeptUnits() {
        return made("dropoutKeptUnits", () -> Exercise.builder("dropoutKeptUnits", "Units kept by dropout")
                .question("A hidden layer of 200 units feeds a layer built with .dropout(0.3). In one"
                        + " training step, how many of the 200 units does dropout keep, on average?")
                .checker(Checker.number(140, 1e-9, Map.of(
                        60.0, "that is how many are dropped; the rate 0.3 is the fraction dropped.",
                        0.7, "that is the fraction kept; multiply it by the 200 units.",
                        200.0, "that is every unit, as in prediction; while training some are dropped.")))
                .hints("The dropout rate is the probability that a unit is dropped in a training step;"
                                + " each unit is kept with probability 1 − rate.",
                        "Expected kept units = 200 · (1 − 0.3).")
                .solution("""
                        double kept = 200 * (1 - 0.3);   // 140
                        Each unit is kept with probability 0.7, independently, so on average 140 are kept
                        (the exact number varies from step to step). To keep the next layer's input the
                        same size on average, the kept units are multiplied by 1 / 0.7 while training;
                        prediction uses all 200 unscaled.""")
                .solutionCall("Exercises.dropoutKeptUnits().solution()")
                .build());
    }

    /** Read off where early stopping stops, and which epoch it restores, from a validation curve. */
    public static Exercise earlyStoppingEpochs() {
        return made("earlyStoppingEpochs", () -> Exercise.builder("earlyStoppingEpochs",
                        "Where early stopping stops")
                .question("Training for 12 epochs with .earlyStopping(3) records these validation losses,"
                        + " epoch 1 first: " + Arrays.toString(EARLY_STOPPING_CURVE) + ". After which epoch"
                        + " does training stop, and which epoch's parameters does the network get back?"
                        + " Answer int[] {restored epoch, last epoch trained}.")
                .checker(Checker.array(new double[] {7, 10}, 1e-9))
                .hints("Patience 3 means: stop once 3 epochs in a row bring no new lowest validation loss."
                                + " A new lowest value resets the count.",
                        "The loss is lowest so far in epoch 5 (0.36), but epoch 7 (0.35) beats it; count 3"
                                + " epochs without improvement after epoch 7.")
                .solution("""
                        int[] answer = {7, 10};
                        Epoch 5 reaches 0.36; epoch 6 is worse (count 1); epoch 7 reaches 0.35, a new
                        best, so the count restarts. Epochs 8, 9 and 10 are all worse than 0.35: the
                        count reaches 3 after epoch 10 and training stops there, two epochs early. The
                        network gets back the parameters of epoch 7.""")
                .solutionCall("Exercises.earlyStoppingEpochs().solution()")
                .build());
    }

    private static final double[] EARLY_STOPPING_CURVE =
            {0.62, 0.48, 0.41, 0.37, 0.36, 0.38, 0.35, 0.36, 0.37, 0.39, 0.40, 0.42};

    private static Exercise made(String id, Supplier<Exercise> make) {
        return MADE.computeIfAbsent(id, key -> make.get());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
