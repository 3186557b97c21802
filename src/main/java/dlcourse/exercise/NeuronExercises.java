package dlcourse.exercise;

import static dlcourse.exercise.Exercises.sigmoid;

import java.util.Map;

/**
 * The exercises of the neuron chapter: a neuron by hand, activations as functions, counting
 * parameters. Learners reach them through {@link Exercises}.
 */
final class NeuronExercises {

    private NeuronExercises() {
    }

    /** Work out a neuron's output by hand: weighted sum, bias, sigmoid. */
    static Exercise.Builder neuronOutput() {
        double z = 1.2 * 0.5 + 0.4 * -1.0 + -0.3 * 2.0 + 0.1;   // -0.3
        double sigmoid = 1 / (1 + Math.exp(-z));
        return Exercise.builder("A neuron's output by hand")
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
                        double output = 1 / (1 + Math.exp(-(1.2 * 0.5 + 0.4 * -1.0 + -0.3 * 2.0 + 0.1)));   // z = -0.3 → 0.4256
                        The sum is negative, so the neuron is a little less than half "on".""");
    }

    /** Write ReLU as a Java function. */
    static Exercise.Builder relu() {
        return Exercise.builder("ReLU as a function")
                .question("Write the rectified linear unit ReLU(z) = max(0, z) as a DoubleUnaryOperator,"
                        + " e.g. DoubleUnaryOperator relu = z -> ...;")
                .checker(Checker.function(z -> Math.max(0, z), 1e-12, -3, -1, -0.25, 0, 0.25, 1, 3.7))
                .hints("ReLU passes positive numbers through unchanged and turns negative ones into 0.",
                        "Math.max(a, b) gives the larger of two numbers.")
                .solution("""
                        DoubleUnaryOperator relu = z -> Math.max(0, z);
                        For z > 0 the larger of 0 and z is z itself; for z < 0 it is 0.""");
    }

    /** The derivative of the sigmoid, the slope backpropagation needs. */
    static Exercise.Builder sigmoidDerivative() {
        return Exercise.builder("The sigmoid's slope")
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
                        which is σ(z) · (1 − σ(z)).""");
    }

    /** Choose a hidden layer size that gives a network an exact number of parameters. */
    static Exercise.Builder networkWithParameters() {
        return Exercise.builder("A network with 52 parameters")
                .question("Build a classifier with Mlp.classifier for 2 inputs and 2 classes with one hidden"
                        + " layer, sized so that the network has exactly 52 parameters (weights plus"
                        + " biases).")
                .checker(Checker.network(2, 2, 52))
                .hints("A dense layer from n inputs to m neurons has n·m weights and m biases.",
                        "With h hidden neurons: (2·h + h) + (h·2 + 2) = 5h + 2 parameters."
                                + " Solve 5h + 2 = 52.")
                .solution("""
                        MultiLayerNetwork myNet = Mlp.classifier(2, 2, 10);
                        Hidden layer: 2·10 weights + 10 biases = 30; output layer: 10·2 + 2 = 22;
                        30 + 22 = 52.
                        Summary.of(myNet) lists the same counts.""");
    }
}
