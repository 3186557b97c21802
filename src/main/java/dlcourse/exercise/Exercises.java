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
                leakyRelu(), tanhDerivative(), vanishingGradientFactor());
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

    // --- activations ---

    /** Write leaky ReLU, which keeps a small slope for negative inputs, as a Java function. */
    public static Exercise leakyRelu() {
        return made("leakyRelu", () -> Exercise.builder("leakyRelu", "Leaky ReLU as a function")
                .question("Write leaky ReLU with slope 0.01 for negative inputs, LeakyReLU(z) = z for z > 0"
                        + " and 0.01·z otherwise (DL4J's Activation.LEAKYRELU), as a DoubleUnaryOperator,"
                        + " e.g. DoubleUnaryOperator leakyRelu = z -> ...;")
                .checker(Checker.function(z -> z > 0 ? z : 0.01 * z, 1e-12, -50, -3, -0.5, 0, 0.5, 2, 40))
                .hints("For positive z it is ReLU; only the negative side changes: there it is a small"
                                + " multiple of z instead of 0.",
                        "Use the conditional operator: z > 0 ? (something) : (something else).")
                .solution("""
                        DoubleUnaryOperator leakyRelu = z -> z > 0 ? z : 0.01 * z;
                        Math.max(0.01 * z, z) is the same: for z > 0, z is the larger; for z < 0, 0.01·z is.
                        Its slope is 1 or 0.01, never 0, so a unit with negative sums still learns.""")
                .solutionCall("Exercises.leakyRelu().solution()")
                .build());
    }

    /** The derivative of tanh, written with tanh itself. */
    public static Exercise tanhDerivative() {
        return made("tanhDerivative", () -> Exercise.builder("tanhDerivative", "The slope of tanh")
                .question("Write tanh'(z), the slope of the hyperbolic tangent tanh(z), as a"
                        + " DoubleUnaryOperator. Like the sigmoid's, it can be written with the function itself.")
                .checker(Checker.function(z -> 1 - Math.tanh(z) * Math.tanh(z), 1e-6,
                        -5, -2, -0.5, 0, 0.5, 2, 5))
                .hints("The slope is 1 at z = 0 and falls towards 0 on both sides, where tanh flattens out at -1 and 1.",
                        "tanh'(z) = 1 − tanh(z)²: one minus the square of the output.",
                        "In the lambda, compute double t = Math.tanh(z); then return 1 - t * t.")
                .solution("""
                        DoubleUnaryOperator tanhDerivative = z -> {
                            double t = Math.tanh(z);
                            return 1 - t * t;
                        };
                        With tanh(z) = sinh(z) / cosh(z), the quotient rule gives (cosh² − sinh²) / cosh²
                        = 1 − tanh². Backpropagation reuses the output t saved in the forward pass.""")
                .solutionCall("Exercises.tanhDerivative().solution()")
                .build());
    }

    /** How much the sigmoid's slopes alone can shrink a gradient through ten layers. */
    public static Exercise vanishingGradientFactor() {
        double factor = Math.pow(0.25, 10);                                // 9.54e-7
        return made("vanishingGradientFactor", () -> Exercise.builder("vanishingGradientFactor",
                        "Ten sigmoid layers")
                .question("Backpropagation multiplies a gradient by σ'(z) once at every sigmoid layer it"
                        + " passes. Through 10 sigmoid layers, what is the LARGEST number those 10 slopes can"
                        + " multiply it by together? Answer as a number (a Java expression is fine).")
                .checker(Checker.number(factor, 1e-8, Map.of(
                        0.25, "that is one layer's largest slope; there are 10 layers.",
                        Math.pow(0.5, 10), "0.5 is σ(0), the sigmoid's value at 0, not its slope there.",
                        2.5, "the slopes multiply, they do not add up.")))
                .hints("The sigmoid's slope σ'(z) = σ(z)·(1 − σ(z)) is largest at z = 0. How large?",
                        "σ(0) = 0.5, so the largest slope is 0.5 · 0.5 = 0.25; each layer multiplies by at most that.",
                        "Multiply 0.25 by itself 10 times: Math.pow(0.25, 10).")
                .solution("""
                        double factor = Math.pow(0.25, 10);   // about 9.5e-7
                        Each sigmoid layer multiplies the gradient by a slope of at most 0.25, so ten of them
                        shrink it by a factor of a million or more (the weights can change this, but rarely by
                        enough). tanh's slopes reach 1 and ReLU's are exactly 1 for positive sums.""")
                .solutionCall("Exercises.vanishingGradientFactor().solution()")
                .build());
    }

    private static Exercise made(String id, Supplier<Exercise> make) {
        return MADE.computeIfAbsent(id, key -> make.get());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
