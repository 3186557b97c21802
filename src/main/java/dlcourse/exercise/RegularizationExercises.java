package dlcourse.exercise;

import java.util.Arrays;
import java.util.Map;

/**
 * The exercises of the regularization chapter: the L2 penalty, dropout, early stopping. Learners
 * reach them through {@link Exercises}.
 */
final class RegularizationExercises {

    private RegularizationExercises() {
    }

    /** Work out the L2 penalty of a small weight vector, in DL4J's convention (λ/2)·Σw². */
    static Exercise.Builder l2Penalty() {
        double[] w = {0.5, -1.0, 2.0, 0.0};
        double lambda = 0.01;
        double squares = Arrays.stream(w).map(v -> v * v).sum();          // 5.25
        double absolutes = Arrays.stream(w).map(Math::abs).sum();         // 3.5
        return Exercise.builder("The L2 penalty of four weights")
                .question("A layer has the weights w = (0.5, -1.0, 2.0, 0.0) and is trained with"
                        + " .l2(0.01), so λ = 0.01. DL4J adds the penalty (λ/2)·Σ wᵢ² to the loss."
                        + " How large is the penalty? Answer to 5 decimals or better.")
                .checker(Checker.number(lambda / 2 * squares, 1e-5, Map.of(
                        lambda * squares, "that is λ·Σw²; DL4J's penalty has a factor 1/2 in front.",
                        lambda / 2 * absolutes, "that sums |wᵢ|, the L1 penalty; L2 squares each weight.",
                        lambda * absolutes, "that is λ·Σ|wᵢ|, the L1 penalty; L2 squares each weight.",
                        squares, "that is Σw² alone; multiply it by λ/2.")))
                .hints("Square each weight, add the squares, then multiply by λ/2 = 0.005.",
                        "0.5² + (-1.0)² + 2.0² + 0² = 0.25 + 1 + 4 + 0 = 5.25.")
                .solution("""
                        double penalty = 0.01 / 2 * (0.5 * 0.5 + -1.0 * -1.0 + 2.0 * 2.0 + 0.0 * 0.0);   // 0.02625
                        The largest weight, 2.0, contributes 4 of the 5.25: L2 punishes large weights
                        most, so training shrinks those first. The weight 0 costs nothing.""");
    }

    /** The expected number of units a dropout layer keeps in one training step. */
    static Exercise.Builder dropoutKeptUnits() {
        return Exercise.builder("Units kept by dropout")
                .question("A hidden layer of 200 units feeds a layer built with .dropout(0.3). In one"
                        + " training step, how many of the 200 units does dropout keep, on average?")
                .checker(Checker.number(140, 1e-9, Map.of(
                        60.0, "that is how many are dropped; the rate 0.3 is the fraction dropped.",
                        0.7, "that is the fraction kept; multiply it by the 200 units.",
                        200.0, "that is every unit, as in prediction; while training some are dropped.")))
                .hints("The dropout rate is the probability that a unit is dropped in a training step;"
                                + " each unit is kept with probability 1 − rate.",
                        "Expected kept units = 200 · (1 − 0.3).")
                .solution("""
                        double kept = 200 * (1 - 0.3);   // 140
                        Each unit is kept with probability 0.7, independently, so on average 140 are kept
                        (the exact number varies from step to step). To keep the next layer's input the
                        same size on average, the kept units are multiplied by 1 / 0.7 while training;
                        prediction uses all 200 unscaled.""");
    }

    /** Read off where early stopping stops, and which epoch it restores, from a validation curve. */
    static Exercise.Builder earlyStoppingEpochs() {
        return Exercise.builder("Where early stopping stops")
                .question("Training for 12 epochs with .earlyStopping(3) records these validation losses,"
                        + " epoch 1 first: " + Arrays.toString(EARLY_STOPPING_CURVE) + ". After which epoch"
                        + " does training stop, and which epoch's parameters does the network get back?"
                        + " Answer int[] {restored epoch, last epoch trained}.")
                .checker(Checker.array(new double[] {7, 10}, 1e-9))
                .hints("Patience 3 means: stop once 3 epochs in a row bring no new lowest validation loss."
                                + " A new lowest value resets the count.",
                        "The loss is lowest so far in epoch 5 (0.36), but epoch 7 (0.35) beats it; count 3"
                                + " epochs without improvement after epoch 7.")
                .solution("""
                        int[] answer = {7, 10};
                        Epoch 5 reaches 0.36; epoch 6 is worse (count 1); epoch 7 reaches 0.35, a new
                        best, so the count restarts. Epochs 8, 9 and 10 are all worse than 0.35: the
                        count reaches 3 after epoch 10 and training stops there, two epochs early. The
                        network gets back the parameters of epoch 7.""");
    }

    private static final double[] EARLY_STOPPING_CURVE =
            {0.62, 0.48, 0.41, 0.37, 0.36, 0.38, 0.35, 0.36, 0.37, 0.39, 0.40, 0.42};
}
