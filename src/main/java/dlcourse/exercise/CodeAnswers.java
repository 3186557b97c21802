package dlcourse.exercise;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The checkers of the exercises whose answer is code or needs code to judge: a function compared
 * with a reference at test points, a network's sizes, weights tried on a truth table. Their texts
 * are in the exercise files like every other's ({@link ExerciseBook}); their answer there is
 * {@code code}, and this gives the checker by the exercise's id.
 */
final class CodeAnswers {

    private CodeAnswers() {
    }

    static Checker of(String id) {
        return switch (id) {
            case "relu" -> Checker.function(z -> Math.max(0, z), 1e-12, -3, -1, -0.25, 0, 0.25, 1, 3.7);
            case "sigmoidDerivative" -> Checker.function(z -> sigmoid(z) * (1 - sigmoid(z)), 1e-6,
                    -6, -2, -0.5, 0, 0.5, 2, 6);
            case "networkWithParameters" -> Checker.network(2, 2, 52);
            case "nandWeights" -> CodeAnswers::checkNand;
            case "leakyRelu" -> Checker.function(z -> z > 0 ? z : 0.01 * z, 1e-12, -50, -3, -0.5, 0, 0.5, 2, 40);
            case "tanhDerivative" -> Checker.function(z -> 1 - Math.tanh(z) * Math.tanh(z), 1e-6,
                    -5, -2, -0.5, 0, 0.5, 2, 5);
            case "huberLoss" -> Checker.function(r -> huber(r, 2), 1e-9, -5, -2.5, -2, -1, -0.3, 0, 0.3, 1, 2, 3, 7);
            case "divergenceThreshold" -> Checker.function(a -> 2 / a, 1e-9, 0.5, 1, 2, 10, 250);
            case "logUniformLearningRate" -> CodeAnswers::checkLogUniformRate;
            default -> throw new IllegalStateException("exercise " + id + " has the answer \"code\" in its file,"
                    + " but CodeAnswers has no checker for it; add one there, or give the answer in the file");
        };
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The Huber loss of an error {@code r}: squared within {@code delta}, linear beyond. */
    private static double huber(double r, double delta) {
        return Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - delta / 2);
    }

    // Any weights that give NAND on the truth table are right, so the check runs the neuron.
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

    // The reference at test points, and a word for the usual mistake: a rate uniform in [1e-4, 1e-1].
    private static CheckResult checkLogUniformRate(Object u) {
        CheckResult result = Checker.function(rate -> Math.pow(10, -4 + 3 * rate), 1e-9,
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
    }

    private static double safely(DoubleUnaryOperator f, double u) {
        try {
            return f.applyAsDouble(u);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
