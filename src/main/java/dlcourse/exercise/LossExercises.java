package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the loss functions chapter: squared error, cross-entropy, Huber. Learners reach
 * them through {@link Exercises}.
 */
final class LossExercises {

    private LossExercises() {
    }

    /** The mean squared error of four predictions, by hand. */
    static Exercise.Builder meanSquaredError() {
        return Exercise.builder("Mean squared error by hand")
                .question("A regressor predicts ŷ = (2.5, 0.0, 2.0, 1.0) for targets y = (3.0, -1.0, 2.0, 0.0)."
                        + " What is the mean squared error, the average of (y − ŷ)²? Answer to 3 decimals.")
                .checker(Checker.number(0.5625, 1e-3, Map.of(
                        2.25, "that is the sum of the squared errors; divide it by the number of examples.",
                        0.625, "that is the mean absolute error; square each error before averaging.",
                        0.75, "that is the root of the mean squared error (RMSE); leave out the square root.")))
                .hints("The errors y − ŷ are 0.5, −1.0, 0.0 and −1.0.",
                        "Square each error, add the squares, divide by 4.")
                .solution("""
                        double myMse = (Math.pow(3.0 - 2.5, 2) + Math.pow(-1.0 - 0.0, 2) + Math.pow(2.0 - 2.0, 2)
                                + Math.pow(0.0 - 1.0, 2)) / 4;                  // 0.5625
                        The squares are 0.25, 1, 0 and 1: the two errors of 1 make up almost all of it.""");
    }

    /** Softmax of three logits, then the cross-entropy of the true class. */
    static Exercise.Builder crossEntropyFromLogits() {
        double sum = Math.exp(2.0) + Math.exp(1.0) + Math.exp(0.1);
        double p1 = Math.exp(1.0) / sum;
        return Exercise.builder("Cross-entropy from logits")
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
                        double myCrossEntropy = -Math.log(Math.exp(1.0) / (Math.exp(2.0) + Math.exp(1.0) + Math.exp(0.1)));   // 1.417
                        The exponentials sum to 11.212, so p₁ = e¹ / 11.212 = 0.2424.
                        The network gives the true class only a quarter of the probability, so the
                        loss is well above the ≈ 0.42 it would be if class 1 had the largest logit.""");
    }

    /** The Huber loss with δ = 2 as a function of the error. */
    static Exercise.Builder huberLoss() {
        return Exercise.builder("The Huber loss with δ = 2")
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
                        beyond it the slope stays 2, which caps how hard an outlier can pull.""");
    }

    /** The Huber loss of an error {@code r}: squared within {@code delta}, linear beyond. */
    private static double huber(double r, double delta) {
        return Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - delta / 2);
    }
}
