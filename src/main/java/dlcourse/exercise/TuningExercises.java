package dlcourse.exercise;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The exercises of the tuning chapter: grid sizes, log-uniform rates, which set chooses the model.
 * Learners reach them through {@link Exercises}.
 */
final class TuningExercises {

    private TuningExercises() {
    }

    /** Count the trainings a grid search needs. */
    static Exercise.Builder gridSearchSize() {
        return Exercise.builder("The size of a grid")
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
                        longer. With 5 settings of 4 values each it would be 4^5 = 1024 trainings.""");
    }

    /** Turn a uniform number u in [0, 1] into a log-uniform learning rate. */
    static Exercise.Builder logUniformLearningRate() {
        return Exercise.builder("A log-uniform learning rate")
                .question("Write a DoubleUnaryOperator that turns u, uniform in [0, 1], into a learning rate"
                        + " between 1e-4 (at u = 0) and 1e-1 (at u = 1), log-uniform: each factor of 10"
                        + " (1e-4 to 1e-3, 1e-3 to 1e-2, 1e-2 to 1e-1) gets the same share of the draws.")
                .checker(u -> {
                    CheckResult result = Checker.function(TuningExercises::logUniformRate, 1e-9,
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
                        Math.exp(Math.log(a) + u * (Math.log(b) - Math.log(a))).""");
    }

    /** Which data set decides between configurations, and which one is only for the final report. */
    static Exercise.Builder setForChoosingTheModel() {
        return Exercise.builder("The set that chooses")
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
                        the number you report. Choosing on the test set makes that number optimistic.""");
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
}
