package dlcourse.exercise;

import static dlcourse.exercise.Exercises.sigmoid;

import java.util.Arrays;
import java.util.Map;

/**
 * The exercises of the LSTM chapter: parameter counts, a forget gate, the temperature of sampling.
 * Learners reach them through {@link Exercises}.
 */
final class LstmExercises {

    private LstmExercises() {
    }

    /** Count the parameters of an LSTM layer: four gates, each a small dense layer on [x, h]. */
    static Exercise.Builder lstmParameterCount() {
        int in = 10;
        int n = 20;
        double count = 4.0 * (in * n + n * n + n);                       // 2480
        return Exercise.builder("The parameters of an LSTM layer")
                .question("An LSTM layer reads " + in + " features per step and has " + n + " units."
                        + " How many parameters (weights and biases) does it have? DL4J's LSTM has no"
                        + " peephole connections.")
                .checker(Checker.number(count, 0, Map.of(
                        (double) (in * n + n * n + n), "that is one gate's share; an LSTM layer has four:"
                                + " forget, input, output and the candidate.",
                        4.0 * (in * n + n), "the recurrent weights are missing: every gate also reads the"
                                + " previous hidden state, n·n weights each.",
                        4.0 * (in * n + n * n), "the biases are missing: one per unit for each of the four.",
                        3.0 * (in * n + n * n + n), "that counts three gates; the candidate g is a fourth"
                                + " small layer of the same size.")))
                .hints("Each of the four (f, i, o and the candidate g) is a dense layer reading the input x"
                                + " (10 numbers) and the previous hidden state h (20 numbers), with one bias per unit.",
                        "One of them: 10·20 input weights + 20·20 recurrent weights + 20 biases = 620.")
                .solution("""
                        long parameters = 4 * (10 * 20 + 20 * 20 + 20);   // 2480
                        Four small layers, each with n_in·n input weights, n·n recurrent weights and n
                        biases: 4·(n_in·n + n·n + n). A simple RNN layer of the same size has one such
                        layer, 620 parameters, so the LSTM costs four times as much per step.""");
    }

    /** Compute a forget gate's value by hand, for a cell with one unit. */
    static Exercise.Builder forgetGateValue() {
        double z = 0.5 * 2.0 + -1.0 * 0.5 + 1.0;                         // 1.5
        return Exercise.builder("A forget gate by hand")
                .question("An LSTM cell with one unit has the forget-gate weights W_f = 0.5 (input),"
                        + " U_f = -1.0 (recurrent) and bias b_f = 1.0. At this step the input is x = 2.0"
                        + " and the previous hidden state h = 0.5. What is the forget gate's value f?"
                        + " Answer to 3 decimals or better.")
                .checker(Checker.number(sigmoid(z), 1e-3, Map.of(
                        z, "that is the weighted sum; the gate passes it through the sigmoid σ.",
                        Math.tanh(z), "that is tanh of the sum; the gates use the sigmoid, so they lie"
                                + " between 0 and 1.",
                        sigmoid(z - 1.0), "it looks like the bias b_f is missing.",
                        sigmoid(0.5 * 2.0 + 1.0), "the recurrent part U_f·h is missing.")))
                .hints("f = σ(W_f·x + U_f·h + b_f), with σ(z) = 1 / (1 + e^(-z)).",
                        "The sum is 0.5·2.0 + (-1.0)·0.5 + 1.0 = 1.5; now σ(1.5) = 1 / (1 + Math.exp(-1.5)).")
                .solution("""
                        double forgetGate = 1 / (1 + Math.exp(-(0.5 * 2.0 + -1.0 * 0.5 + 1.0)));   // σ(1.5) = 0.8176
                        The cell keeps about 82 % of its state at this step: c = 0.8176·c_previous + i·g.
                        A larger bias b_f pushes f towards 1, so the cell forgets more slowly.""");
    }

    /** How a temperature below 1 changes the probability of the likeliest character. */
    static Exercise.Builder temperatureProbability() {
        double[] p = {0.5, 0.3, 0.2};
        double cold = 0.25 / (0.25 + 0.09 + 0.04);                       // 0.6579
        double root = Math.sqrt(0.5) / (Math.sqrt(0.5) + Math.sqrt(0.3) + Math.sqrt(0.2));
        return Exercise.builder("Sampling at a temperature")
                .question("A character model gives the next character the probabilities "
                        + Arrays.toString(p) + " for 'e', 'a' and 'o'. Sampling at temperature T = 0.5"
                        + " raises each probability to the power 1/T and scales them to sum to 1. What"
                        + " probability does 'e' get? Answer to 3 decimals or better.")
                .checker(Checker.number(cold, 1e-3, Map.of(
                        0.5, "that is the probability at T = 1; at T = 0.5 it changes.",
                        0.25, "that is 0.5² before scaling; divide by the sum of all three squares.",
                        root, "that raises to the power T = 0.5 (a square root), which flattens; the power is"
                                + " 1/T = 2.")))
                .hints("1/T = 2: square each probability, 0.5² = 0.25, 0.3² = 0.09, 0.2² = 0.04.",
                        "Then divide 0.25 by the sum of the three squares.")
                .solution("""
                        double probabilityOfE = 0.25 / (0.25 + 0.09 + 0.04);   // 0.658
                        TextGenerator.withTemperature(new double[] {0.5, 0.3, 0.2}, 0.5) gives the same.
                        Below 1 the likeliest character becomes likelier (0.5 → 0.66) and rare ones rarer
                        (0.2 → 0.105): the text gets safer and more repetitive. Above 1 it is the other
                        way round, and at very high temperatures every character is equally likely.""");
    }
}
