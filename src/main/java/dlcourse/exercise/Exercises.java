package dlcourse.exercise;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
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
                gridSearchSize(), logUniformLearningRate(), setForChoosingTheModel());
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

    // --- tuning ---------------------------------------------------------------------------------

    /** Count the trainings a grid search needs. */
    public static Exercise gridSearchSize() {
        return made("gridSearchSize", () -> Exercise.builder("gridSearchSize", "The size of a grid")
                .question("A grid search tries 4 learning rates, 3 widths and 2 depths, one training for"
                        + " every combination. How many networks does it train?")
                .checker(Checker.number(24, 0, Map.of(
                        9.0, "that is 4 + 3 + 2, the values tried one setting at a time; a grid tries"
                                + " every combination of them.",
                        12.0, "that covers two of the settings; the depth doubles it again.",
                        64.0, "that would be 4 values for each of the three settings.")))
                .hints("Fix a width and a depth: how many learning rates are tried with them?",
                        "Each of the 3 × 2 (width, depth) pairs is tried with each of the 4 learning rates.")
                .solution("""
                        int trainings = 4 * 3 * 2;   // 24
                        A grid multiplies: every new setting with k values makes the search k times
                        longer. With 5 settings of 4 values each it would be 4^5 = 1024 trainings.""")
                .solutionCall("Exercises.gridSearchSize().solution()")
                .build());
    }

    /** Turn a uniform number u in [0, 1] into a log-uniform learning rate. */
    public static Exercise logUniformLearningRate() {
        return made("logUniformLearningRate", () -> Exercise.builder("logUniformLearningRate",
                        "A log-uniform learning rate")
                .question("Write a DoubleUnaryOperator that turns u, uniform in [0, 1], into a learning rate"
                        + " between 1e-4 (at u = 0) and 1e-1 (at u = 1), log-uniform: each factor of 10"
                        + " (1e-4 to 1e-3, 1e-3 to 1e-2, 1e-2 to 1e-1) gets the same share of the draws.")
                .checker(u -> {
                    CheckResult result = Checker.function(Exercises::logUniformRate, 1e-9,
                            0, 0.1, 1.0 / 3, 0.5, 2.0 / 3, 0.9, 1).check(u);
                    DoubleUnaryOperator f = Answers.function(u);
                    if (!result.passed() && f != null && result.status() == CheckResult.Status.WRONG) {
                        double half = safely(f, 0.5);
                        if (Math.abs(half - (1e-4 + 0.5 * (1e-1 - 1e-4))) < 1e-9) {
                            return CheckResult.wrong("your rate is uniform, not log-uniform: at u = 0.5 it"
                                    + " gives 0.05, so half the draws land between 0.05 and 0.1. The middle"
                                    + " of 1e-4 and 1e-1 on a log scale is about 0.0032.");
                        }
                    }
                    return result;
                })
                .hints("Draw the exponent, not the rate: the exponent goes from -4 to -1 as u goes from 0 to 1.",
                        "The exponent is -4 + 3u; the rate is 10 to that power: Math.pow(10, ...).")
                .solution("""
                        DoubleUnaryOperator rate = u -> Math.pow(10, -4 + 3 * u);
                        u = 0 gives 10^-4, u = 1 gives 10^-1, and u = 1/3 gives 10^-3: each third of
                        the draws covers one factor of 10. In general, between a and b:
                        Math.exp(Math.log(a) + u * (Math.log(b) - Math.log(a))).""")
                .solutionCall("Exercises.logUniformLearningRate().solution()")
                .build());
    }

    /** Which data set decides between configurations, and which one is only for the final report. */
    public static Exercise setForChoosingTheModel() {
        return made("setForChoosingTheModel", () -> Exercise.builder("setForChoosingTheModel",
                        "The set that chooses")
                .question("You trained 20 configurations and must pick the one to keep. On which set do you"
                        + " compare them: \"training\", \"validation\" or \"test\"? Answer with the word.")
                .checker(answer -> {
                    if (answer == null) {
                        return CheckResult.notAnswered("not answered yet; the answer is null");
                    }
                    if (!(answer instanceof CharSequence text)) {
                        return CheckResult.invalid("expected a word in quotes, such as \"training\", but was"
                                + " given " + Answers.describe(answer));
                    }
                    String word = text.toString().trim().toLowerCase(java.util.Locale.ROOT);
                    return switch (word) {
                        case "validation" -> CheckResult.correct("\"validation\" is right: the test set stays"
                                + " untouched until the single final evaluation.");
                        case "test" -> CheckResult.wrong("\"test\" is not it: picking the best of 20 on the"
                                + " test set tunes to its quirks, so its score is no longer an honest"
                                + " estimate for new data.");
                        case "training", "train" -> CheckResult.wrong("\"" + word + "\" is not it: the"
                                + " training score rewards memorising; the biggest network and longest"
                                + " training would always win.");
                        default -> CheckResult.invalid("expected one of \"training\", \"validation\" or"
                                + " \"test\" but was given \"" + text + "\"");
                    };
                })
                .hints("One set is used to fit the weights, one to compare settings, one to report once.",
                        "A score you have chosen by can no longer tell you, without bias, how well the choice"
                                + " does on new data.")
                .solution("""
                        String set = "validation";
                        Training data fits the weights; validation data compares the configurations
                        (and decides when to stop); the test set is used once, at the very end, for
                        the number you report. Choosing on the test set makes that number optimistic.""")
                .solutionCall("Exercises.setForChoosingTheModel().solution()")
                .build());
    }

    private static double logUniformRate(double u) {
        return Math.pow(10, -4 + 3 * u);
    }

    private static double safely(DoubleUnaryOperator f, double u) {
        try {
            return f.applyAsDouble(u);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Exercise made(String id, Supplier<Exercise> make) {
        return MADE.computeIfAbsent(id, key -> make.get());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
