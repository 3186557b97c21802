package dlcourse.exercise;

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
                meanSquaredError(), crossEntropyFromLogits(), huberLoss());
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

    // --- loss functions ---

    /** The mean squared error of four predictions, by hand. */
    public static Exercise meanSquaredError() {
        return made("meanSquaredError", () -> Exercise.builder("meanSquaredError", "Mean squared error by hand")
                .question("A regressor predicts ŷ = (2.5, 0.0, 2.0, 1.0) for targets y = (3.0, -1.0, 2.0, 0.0)."
                        + " What is the mean squared error, the average of (y − ŷ)²? Answer to 3 decimals.")
                .checker(Checker.number(0.5625, 1e-3, Map.of(
                        2.25, "that is the sum of the squared errors; divide it by the number of examples.",
                        0.625, "that is the mean absolute error; square each error before averaging.",
                        0.75, "that is the root of the mean squared error (RMSE); leave out the square root.")))
                .hints("The errors y − ŷ are 0.5, −1.0, 0.0 and −1.0.",
                        "Square each error, add the squares, divide by 4.")
                .solution("""
                        double[] y = {3.0, -1.0, 2.0, 0.0};
                        double[] yHat = {2.5, 0.0, 2.0, 1.0};
                        double mse = IntStream.range(0, 4).mapToDouble(i -> Math.pow(y[i] - yHat[i], 2))
                                .average().orElseThrow();                     // 0.5625
                        The squares are 0.25, 1, 0 and 1: the two errors of 1 make up almost all of it.""")
                .solutionCall("Exercises.meanSquaredError().solution()")
                .build());
    }

    /** Softmax of three logits, then the cross-entropy of the true class. */
    public static Exercise crossEntropyFromLogits() {
        return made("crossEntropyFromLogits", () -> {
            double sum = Math.exp(2.0) + Math.exp(1.0) + Math.exp(0.1);
            double p1 = Math.exp(1.0) / sum;
            return Exercise.builder("crossEntropyFromLogits", "Cross-entropy from logits")
                    .question("A classifier's output layer gives the logits z = (2.0, 1.0, 0.1) for three"
                            + " classes; the true class is class 1 (the second). Turn the logits into"
                            + " probabilities with softmax, p_k = e^(z_k) / Σ_j e^(z_j), and give the"
                            + " cross-entropy loss −ln p₁. Answer to 3 decimals.")
                    .checker(Checker.number(-Math.log(p1), 1e-3, Map.of(
                            p1, "that is the probability p₁; the loss is its negative natural logarithm.",
                            -Math.log10(p1), "that is −log₁₀ p₁; cross-entropy uses the natural logarithm,"
                                    + " Math.log in Java.",
                            -Math.log(Math.exp(2.0) / sum), "that is the loss for class 0; the true class"
                                    + " is class 1, the second logit.",
                            -Math.log(1.0 / 3.1), "that divides the logit by the sum of the logits;"
                                    + " softmax exponentiates each one first.")))
                    .hints("Softmax: exponentiate each logit, then divide each by the sum of the three.",
                            "e² ≈ 7.389, e¹ ≈ 2.718, e^0.1 ≈ 1.105; the sum is about 11.21.",
                            "p₁ = 2.718 / 11.21 ≈ 0.242; the answer is −Math.log(p₁).")
                    .solution("""
                            double[] z = {2.0, 1.0, 0.1};
                            double sum = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);   // 11.212
                            double p1 = Math.exp(z[1]) / sum;                                 // 0.2424
                            double loss = -Math.log(p1);                                      // 1.417
                            The network gives the true class only a quarter of the probability, so the
                            loss is well above the ≈ 0.42 it would be if class 1 had the largest logit.""")
                    .solutionCall("Exercises.crossEntropyFromLogits().solution()")
                    .build();
        });
    }

    /** The Huber loss with δ = 2 as a function of the error. */
    public static Exercise huberLoss() {
        return made("huberLoss", () -> Exercise.builder("huberLoss", "The Huber loss with δ = 2")
                .question("Write the Huber loss with δ = 2 as a DoubleUnaryOperator of the error r = ŷ − y:"
                        + " r²/2 where |r| ≤ δ, and δ·(|r| − δ/2) beyond, so that it grows like the"
                        + " squared error near 0 and like the absolute error far out.")
                .checker(Checker.function(r -> huber(r, 2), 1e-9, -5, -2.5, -2, -1, -0.3, 0, 0.3, 1, 2, 3, 7))
                .hints("Inside |r| ≤ 2 it is 0.5 * r * r; test Math.abs(r) <= 2.",
                        "Outside, the slope is δ = 2 and the two pieces meet at |r| = 2, where both are 2:"
                                + " 2 * (Math.abs(r) - 1).",
                        "r -> Math.abs(r) <= 2 ? 0.5 * r * r : 2 * (Math.abs(r) - 1)")
                .solution("""
                        DoubleUnaryOperator huber = r -> Math.abs(r) <= 2 ? 0.5 * r * r : 2 * (Math.abs(r) - 1);
                        At |r| = 2 both pieces give 2 and both have slope 2, so the curve is smooth;
                        beyond it the slope stays 2, which caps how hard an outlier can pull.""")
                .solutionCall("Exercises.huberLoss().solution()")
                .build());
    }

    /** The Huber loss of an error {@code r}: squared within {@code delta}, linear beyond. */
    private static double huber(double r, double delta) {
        return Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - delta / 2);
    }

    private static Exercise made(String id, Supplier<Exercise> make) {
        return MADE.computeIfAbsent(id, key -> make.get());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
