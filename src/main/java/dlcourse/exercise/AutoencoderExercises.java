package dlcourse.exercise;

import java.util.Arrays;
import java.util.Map;

/**
 * The exercises of the autoencoder chapter: compression, an anomaly threshold, the VAE's KL term.
 * Learners reach them through {@link Exercises}.
 */
final class AutoencoderExercises {

    private AutoencoderExercises() {
    }

    /** The compression ratio of an autoencoder's bottleneck: inputs per code number. */
    static Exercise.Builder autoencoderCompressionRatio() {
        return Exercise.builder("The compression ratio of a bottleneck")
                .question("An autoencoder squeezes each 28×28 grayscale image (Fashion-MNIST) into a code of"
                        + " 32 numbers. What is its compression ratio: how many input values per code number?")
                .checker(Checker.number(784.0 / 32, 1e-6, Map.of(
                        28.0 / 32, "that uses one side of the image; the input is every pixel, 28 × 28 of them.",
                        32.0 / 784, "that is the code size over the input size, the inverse of the ratio.",
                        784.0 - 32, "that is how many numbers are dropped; the ratio divides instead.")))
                .hints("The ratio is (number of inputs) / (size of the code); the digits in the notebook had"
                                + " 64 / 16 = 4.",
                        "A 28×28 image has 28 · 28 = 784 pixel values.")
                .solution("""
                        double ratio = 28 * 28 / 32.0;   // 24.5
                        Each image's 784 pixels go through 32 numbers, a ratio of 24.5. Note 32.0 rather
                        than 32: in Java, 784 / 32 with two ints is 24. A larger ratio compresses more and
                        loses more detail, as the notebook's codes of 2 to 16 numbers showed.""");
    }

    /** Pick the highest anomaly threshold that still catches a target fraction of the anomalies. */
    static Exercise.Builder anomalyThresholdForRecall() {
        return Exercise.builder("A threshold for 80 % recall")
                .question("An autoencoder gives these reconstruction errors for 10 known anomalies: "
                        + Arrays.toString(ANOMALY_ERRORS) + ". Every example whose error is at or above the"
                        + " threshold is flagged. What is the highest threshold that flags at least 80 % of"
                        + " the anomalies (a recall of at least 0.8)? A higher threshold means fewer false"
                        + " alarms on normal examples.")
                .checker(Checker.number(0.025, 1e-9, Map.of(
                        0.019, "that flags 9 of the 10 (recall 0.9); 80 % is 8, and a higher threshold"
                                + " still catches 8 with fewer false alarms.",
                        0.012, "that flags all 10 anomalies, but also the most normal examples; 8 are enough.",
                        0.031, "that flags only 7 of the 10, a recall of 0.7.",
                        0.8, "that is the recall you want, not the threshold; the threshold is an error"
                                + " value.")))
                .hints("Sort the errors from highest to lowest: the threshold must be low enough to reach the"
                                + " 8th of them.",
                        "Sorted: 0.110, 0.075, 0.060, 0.052, 0.044, 0.036, 0.031, 0.025, 0.019, 0.012. With"
                                + " \"at or above\", the highest threshold that flags the first 8 is the 8th value.")
                .solution("""
                        double chosenThreshold = 0.025;
                        Sorted from highest, the anomalies' errors are 0.110, 0.075, 0.060, 0.052, 0.044,
                        0.036, 0.031, 0.025, ...: flagging errors ≥ 0.025 catches exactly 8 of 10. Any
                        higher threshold catches 7 or fewer. With the normal examples' errors as well,
                        Roc.of(anomalyErrors, normalErrors).thresholdForRecall(0.8) finds the same value,
                        and roc.precision(threshold) tells how many of the flags are real.""");
    }

    /** The KL term of a VAE for one latent dimension, and what it pulls towards. */
    static Exercise.Builder vaeKlDivergence() {
        double mu = 1.0;
        double sigma = 0.5;
        double kl = 0.5 * (mu * mu + sigma * sigma - 1 - Math.log(sigma * sigma));   // 0.8181
        return Exercise.builder("The KL term of a VAE")
                .question("A VAE's encoder maps an example to μ = 1.0 and σ = 0.5 in a one-dimensional"
                        + " latent space. Its loss adds KL = ½ (μ² + σ² − 1 − ln σ²), the KL divergence of"
                        + " N(μ, σ²) from the prior N(0, 1). How large is it? Answer to 4 decimals or better.")
                .checker(Checker.number(kl, 1e-4, Map.of(
                        2 * kl, "that leaves out the factor ½ in front.",
                        0.5 * (mu * mu + sigma * sigma - 1 - Math.log(sigma)),
                                "that uses ln σ; the formula has ln σ², which is 2 ln σ.",
                        0.5 * (mu * mu + sigma - 1 - Math.log(sigma * sigma)),
                                "that uses σ where the formula has σ² = 0.25.",
                        0.5 * (sigma * sigma - 1 - Math.log(sigma * sigma)),
                                "that leaves out μ² = 1: the cost of a mean away from 0.")))
                .hints("σ² = 0.25 and ln 0.25 ≈ −1.3863 (Math.log(0.25)).",
                        "½ (1 + 0.25 − 1 + 1.3863) = ½ · 1.6363.")
                .solution("""
                        double kl = 0.5 * (1.0 * 1.0 + 0.25 - 1 - Math.log(0.25));   // 0.8181
                        The term is 0 only at μ = 0, σ = 1, the prior itself. μ² grows as the mean moves
                        away from 0, and σ² − 1 − ln σ² grows as σ shrinks towards 0 (−ln σ² goes to
                        infinity) or grows above 1. So the KL term pulls every example's code towards the
                        origin and keeps its cloud from shrinking to a point: the clouds overlap, the
                        latent space has no gaps, and points drawn from N(0, 1) decode to plausible
                        examples. Without it a VAE would become a plain autoencoder.""");
    }

    private static final double[] ANOMALY_ERRORS =
            {0.044, 0.012, 0.075, 0.025, 0.110, 0.031, 0.060, 0.019, 0.052, 0.036};
}
