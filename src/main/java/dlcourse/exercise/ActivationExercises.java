package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the activations chapter: leaky ReLU, tanh's slope, vanishing gradients.
 * Learners reach them through {@link Exercises}.
 */
final class ActivationExercises {

    private ActivationExercises() {
    }

    /** Write leaky ReLU, which keeps a small slope for negative inputs, as a Java function. */
    static Exercise.Builder leakyRelu() {
        return Exercise.builder("Leaky ReLU as a function")
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
                        Its slope is 1 or 0.01, never 0, so a unit with negative sums still learns.""");
    }

    /** The derivative of tanh, written with tanh itself. */
    static Exercise.Builder tanhDerivative() {
        return Exercise.builder("The slope of tanh")
                .question("The chapter derived the slope of the hyperbolic tangent from the function itself:"
                        + " tanh'(z) = 1 − tanh(z)². Write it as a DoubleUnaryOperator that calls Math.tanh only"
                        + " once, as backpropagation does when it reuses the output saved in the forward pass.")
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
                        = 1 − tanh². Backpropagation reuses the output t saved in the forward pass.""");
    }

    /** How much the sigmoid's slopes alone can shrink a gradient through ten layers. */
    static Exercise.Builder vanishingGradientFactor() {
        double factor = Math.pow(0.25, 10);                                // 9.54e-7
        return Exercise.builder("Ten sigmoid layers")
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
                        enough). tanh's slopes reach 1 and ReLU's are exactly 1 for positive sums.""");
    }
}
