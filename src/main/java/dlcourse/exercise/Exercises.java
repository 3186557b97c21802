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
                gradientStep(), momentumStep(), divergenceThreshold());
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

    // --- optimizers --- (gradient descent and optimizers chapter) -----------------------------------

    /** One step of gradient descent on a function of two parameters, by hand. */
    public static Exercise gradientStep() {
        return made("gradientStep", () -> {
            Checker position = Checker.array(new double[] {1.8, 0.0}, 1e-3);
            Checker checker = answer -> {
                double[] given = Answers.numbers(answer);
                if (given != null && given.length == 2) {
                    if (Answers.within(given[0], 2.2, 1e-3) && Answers.within(given[1], 2.0, 1e-3)) {
                        return CheckResult.wrong("(2.2, 2.0) is a step uphill: gradient descent subtracts"
                                + " the learning rate times the gradient.");
                    }
                    if (Answers.within(given[0], 2.0, 1e-3) && Answers.within(given[1], 10.0, 1e-3)) {
                        return CheckResult.wrong("(2, 10) is the gradient at the start; the answer is the"
                                + " point you step to.");
                    }
                }
                return position.check(answer);
            };
            return Exercise.builder("gradientStep", "One step of gradient descent")
                    .question("Take f(x, y) = x²/2 + 5y², whose gradient is (x, 10y). Start at (x, y) = (2, 1)"
                            + " and take one step of gradient descent with learning rate η = 0.1. Where do you"
                            + " land? Answer as new double[] {x, y}.")
                    .checker(checker)
                    .hints("Gradient descent moves every parameter against its slope: θ ← θ − η · ∂f/∂θ.",
                            "At (2, 1) the gradient is (2, 10); multiply it by 0.1 and subtract it from (2, 1).")
                    .solution("""
                            double[] gradient = {2, 10 * 1};                     // (x, 10y) at (2, 1)
                            double[] next = {2 - 0.1 * gradient[0], 1 - 0.1 * gradient[1]};   // {1.8, 0.0}
                            The steep direction y reaches its minimum 0 in one step, since η times its
                            curvature 10 is exactly 1; the shallow direction x only moves 10 % of the way.""")
                    .solutionCall("Exercises.gradientStep().solution()")
                    .build();
        });
    }

    /** One update of gradient descent with momentum, by hand. */
    public static Exercise momentumStep() {
        return made("momentumStep", () -> {
            double velocity = 0.9 * 0.5 + 1.2;           // 1.65
            double theta = 2.0 - 0.1 * velocity;          // 1.835
            return Exercise.builder("momentumStep", "One momentum update")
                    .question("A weight θ = 2.0 has velocity v = 0.5 from earlier steps, and its gradient now"
                            + " is g = 1.2. Momentum updates v ← β·v + g, then θ ← θ − η·v, with β = 0.9 and"
                            + " η = 0.1. What is the new θ? Answer to 3 decimals or better.")
                    .checker(Checker.number(theta, 1e-3, Map.of(
                            2.0 - 0.1 * 1.2, "that is a plain gradient step; momentum adds β·v to the gradient first.",
                            2.0 - 0.1 * 0.5, "that step uses the old velocity; update v first, then move θ.",
                            2.0 + 0.1 * velocity, "that moves uphill; θ goes against the velocity.",
                            velocity, "that is the new velocity v; now move θ by −η·v.")))
                    .hints("First the new velocity: v = 0.9 · 0.5 + 1.2.",
                            "v = 1.65, so θ = 2.0 − 0.1 · 1.65.")
                    .solution("""
                            double v = 0.9 * 0.5 + 1.2;       // 1.65: the old velocity, faded, plus the gradient
                            double theta = 2.0 - 0.1 * v;     // 1.835
                            The step is 0.165 instead of a plain 0.12: the velocity remembers that earlier
                            gradients pointed the same way, so the weight speeds up.""")
                    .solutionCall("Exercises.momentumStep().solution()")
                    .build();
        });
    }

    /** The largest stable learning rate of gradient descent on a parabola of curvature a. */
    public static Exercise divergenceThreshold() {
        return made("divergenceThreshold", () -> Exercise.builder("divergenceThreshold",
                        "When gradient descent diverges")
                .question("Gradient descent on f(x) = a·x²/2 (curvature a > 0) converges to 0 for small"
                        + " learning rates η and diverges for large ones. Write the learning rate where it"
                        + " switches, as a function of a: a DoubleUnaryOperator a -> ....")
                .checker(Checker.function(a -> 2 / a, 1e-9, 0.5, 1, 2, 10, 250))
                .hints("The gradient is a·x, so one step gives x ← x − η·a·x = (1 − η·a)·x.",
                        "Each step multiplies x by (1 − η·a). It shrinks while |1 − η·a| < 1 and grows beyond;"
                                + " solve 1 − η·a = −1 for η.")
                .solution("""
                        DoubleUnaryOperator threshold = a -> 2 / a;
                        One step multiplies x by (1 − η·a). For 0 < η < 2/a that factor lies between −1
                        and 1, so x shrinks to 0 (overshooting and zigzagging when η > 1/a); at η = 2/a it
                        is −1 and x flips sign forever; above, |x| grows every step. Steep directions
                        (large a) set the limit, which is why one learning rate can be too small for a
                        shallow direction and too large for a steep one. For f(x) = a·x² the curvature is
                        2a, so the limit there is 1/a.""")
                .solutionCall("Exercises.divergenceThreshold().solution()")
                .build());
    }

    private static Exercise made(String id, Supplier<Exercise> make) {
        return MADE.computeIfAbsent(id, key -> make.get());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
