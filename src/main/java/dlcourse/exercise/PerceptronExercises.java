package dlcourse.exercise;

import java.util.Arrays;
import java.util.Map;

/**
 * The exercises of the perceptron chapter: the perceptron rule, NAND, the hidden neurons XOR
 * needs. Learners reach them through {@link Exercises}.
 */
final class PerceptronExercises {

    private PerceptronExercises() {
    }

    /** One step of the perceptron rule, by hand: the new weights and bias after one example. */
    static Exercise.Builder perceptronUpdate() {
        double[] unchanged = {0.5, -0.3, 0.1};
        double[] right = {0.3, -0.5, -0.1};        // z = 0.3 > 0, so ŷ = 1, error = 0 - 1 = -1
        double[] wrongSign = {0.7, -0.1, 0.3};     // the error taken as +1
        double[] biasForgotten = {0.3, -0.5, 0.1};
        Checker exact = Checker.array(right, 1e-6);
        return Exercise.builder("One step of the perceptron rule")
                .question("A perceptron has weights w = (0.5, -0.3), bias b = 0.1 and learning rate"
                        + " η = 0.2; it outputs 1 when w·x + b > 0 and 0 otherwise. It sees the example"
                        + " x = (1, 1) with label y = 0. Apply the perceptron rule once and give the new"
                        + " {w₁, w₂, b} as a double[] of three numbers.")
                .checker(answer -> {
                    double[] given = Answers.numbers(answer);
                    if (given != null && given.length == 3) {
                        if (sameNumbers(given, unchanged, 1e-6)) {
                            return CheckResult.wrong("those are the old weights: the perceptron gets this"
                                    + " example wrong, so they change.");
                        }
                        if (sameNumbers(given, wrongSign, 1e-6)) {
                            return CheckResult.wrong("the weights moved the wrong way: the error"
                                    + " y − ŷ is negative here.");
                        }
                        if (sameNumbers(given, biasForgotten, 1e-6)) {
                            return CheckResult.wrong("the weights are right, but the bias changes too"
                                    + " (it acts like a weight on an input that is always 1).");
                        }
                    }
                    return exact.check(answer);
                })
                .hints("First the prediction: z = 0.5·1 + (−0.3)·1 + 0.1. Is it above 0?",
                        "z = 0.3, so ŷ = 1 and the error y − ŷ = −1. Then wᵢ ← wᵢ + η·(y − ŷ)·xᵢ"
                                + " and b ← b + η·(y − ŷ).",
                        "Each of the three numbers moves by η·(−1)·1 = −0.2.")
                .solution("""
                        double[] updated = {0.3, -0.5, -0.1};
                        z = 0.5·1 − 0.3·1 + 0.1 = 0.3 > 0, so the perceptron says ŷ = 1 but y = 0:
                        the error y − ŷ is −1. Every weight moves by η·(y − ŷ)·xᵢ = 0.2·(−1)·1 = −0.2,
                        and the bias by η·(y − ŷ) = −0.2. The new sum for this x is −0.3: now it says 0.""");
    }

    /** Weights and a bias that make one step neuron compute NAND, checked on the truth table. */
    static Exercise.Builder nandWeights() {
        return Exercise.builder("A neuron that computes NAND")
                .question("NAND (not and) is 0 only when both inputs are 1: (0,0)→1, (0,1)→1, (1,0)→1,"
                        + " (1,1)→0. Find weights and a bias {w₁, w₂, b} so that a step neuron, which"
                        + " outputs 1 when w₁x₁ + w₂x₂ + b > 0 and 0 otherwise, computes NAND. Give them"
                        + " as a double[] of three numbers.")
                .checker(PerceptronExercises::checkNand)
                .hints("Start from a neuron for AND, e.g. w = (1, 1), b = −1.5, and think about what"
                                + " flipping the sign of every number does to the output.",
                        "The sum must be above 0 for (0,0), so b > 0, and below or at 0 for (1,1), so"
                                + " w₁ + w₂ + b ≤ 0. Also (0,1) and (1,0) need w₂ + b > 0 and w₁ + b > 0.",
                        "Try equal negative weights w₁ = w₂ = w < 0 and a bias b with −w < b ≤ −2w, e.g. w = −1 and"
                                + " b between 1 (not included) and 2.")
                .solution("""
                        double[] nand = {-1, -1, 1.5};
                        The sums are 1.5, 0.5, 0.5 and −0.5 for (0,0), (0,1), (1,0) and (1,1): above 0
                        except for (1,1). It is the AND neuron (1, 1, −1.5) with every sign flipped, which
                        flips the output of every input that is not exactly on the line.""");
    }

    /** The fewest hidden step neurons that let a layered network compute XOR. */
    static Exercise.Builder xorHiddenNeurons() {
        return Exercise.builder("How many hidden neurons XOR needs")
                .question("XOR is 1 when exactly one input is 1: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0."
                        + " Build it from step neurons (output 1 when w·x + b > 0, else 0) in layers: the"
                        + " inputs feed a hidden layer, and one output neuron sees only the hidden layer."
                        + " What is the smallest number of hidden neurons that can compute XOR exactly?")
                .checker(Checker.number(2, 1e-9, Map.of(
                        0.0, "with no hidden layer the output neuron sees x₁ and x₂ directly: that is the"
                                + " single neuron, and its one line gets at most 3 of the 4 points right.",
                        1.0, "with one hidden neuron the output sees a single 0-or-1 value, so the network"
                                + " still splits the plane along that one neuron's line.",
                        3.0, "3 works, but fewer can do it.",
                        4.0, "4 works (the network above uses 4), but fewer can do it.")))
                .hints("The 1s of XOR lie between two parallel lines: x₁ + x₂ = 0.5 and x₁ + x₂ = 1.5.",
                        "XOR(x₁, x₂) = AND(OR(x₁, x₂), NAND(x₁, x₂)): you have met neurons for OR and"
                                + " NAND in this chapter.",
                        "Each hidden neuron contributes one line; count the lines the hint before uses.")
                .solution("""
                        double hiddenNeurons = 2;
                        One hidden neuron computes OR, e.g. w = (1, 1), b = −0.5; the other NAND, e.g.
                        w = (−1, −1), b = 1.5. The output neuron computes AND of the two, e.g. w = (1, 1),
                        b = −1.5: it fires only between the two lines, where exactly one input is 1.
                        With one hidden neuron the output sees one 0-or-1 value, so the plane is still cut
                        along a single line, and a single line gets at most 3 of the 4 points right.""");
    }

    private static boolean sameNumbers(double[] given, double[] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            if (!Answers.within(given[i], expected[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static CheckResult checkNand(Object answer) {
        double[] given = Answers.numbers(answer);
        if (answer == null) {
            return CheckResult.notAnswered("not answered yet; the answer is null");
        }
        if (given == null || given.length != 3) {
            return CheckResult.invalid("expected three numbers {w₁, w₂, b} as a double[] but was given "
                    + Answers.describe(answer));
        }
        if (Arrays.stream(given).allMatch(Double::isNaN)) {
            return CheckResult.notAnswered("not answered yet; replace the NaNs with your weights and bias");
        }
        if (!Arrays.stream(given).allMatch(Double::isFinite)) {
            return CheckResult.invalid("expected three finite numbers but was given "
                    + Arrays.toString(given));
        }
        int[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (int[] x : inputs) {
            double z = given[0] * x[0] + given[1] * x[1] + given[2];
            int output = z > 0 ? 1 : 0;
            int nand = x[0] == 1 && x[1] == 1 ? 0 : 1;
            if (output != nand) {
                return CheckResult.wrong("for input (" + x[0] + ", " + x[1] + ") the sum is "
                        + Answers.show(z) + ", so your neuron outputs " + output + ", but NAND gives "
                        + nand + ".");
            }
        }
        return CheckResult.correct("your neuron gives NAND on all four inputs.");
    }
}
