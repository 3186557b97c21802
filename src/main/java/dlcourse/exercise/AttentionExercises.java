package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the attention chapter: an attention weight by hand, a transformer block's
 * parameters, what a causal mask hides. Learners reach them through {@link Exercises}.
 */
final class AttentionExercises {

    private AttentionExercises() {
    }

    /** One attention weight by hand: two keys, scaled scores, a softmax. */
    static Exercise.Builder attentionWeightByHand() {
        double s1 = (1 * 2 + 0 * 0 + 1 * 0 + 0 * 1) / 2.0, s2 = (1 * 0 + 0 * 1 + 1 * 0 + 0 * 2) / 2.0;   // 1 and 0
        double weight = Math.exp(s1) / (Math.exp(s1) + Math.exp(s2));                                    // 0.731
        return Exercise.builder("An attention weight by hand")
                .question("A query q = (1, 0, 1, 0) attends to two keys, k₁ = (2, 0, 0, 1) and"
                        + " k₂ = (0, 1, 0, 2), with scaled dot-product attention (d = 4). What weight does it"
                        + " give k₁? Answer to 3 decimals or better.")
                .checker(Checker.number(weight, 1e-3, Map.of(
                        Math.exp(2) / (Math.exp(2) + 1), "those scores were not divided by √d = 2.",
                        0.5, "equal weights would mean equal scores; compute q·k₁ and q·k₂ first.",
                        1.0, "softmax never gives all the weight to one key: e^0 = 1 > 0 for the other.",
                        Math.exp(0.5) / (Math.exp(0.5) + 1), "that divides by d = 4; the scaling is √d = 2.")))
                .hints("The scores are q·k / √d: q·k₁ = 1·2 + 0·0 + 1·0 + 0·1 and q·k₂ likewise, then divide by"
                                + " √4 = 2.",
                        "The scores are 1 and 0; the weight of k₁ is e¹ / (e¹ + e⁰).")
                .solution("""
                        double weight = Math.exp(1) / (Math.exp(1) + Math.exp(0));   // 0.731
                        q·k₁ = 2 and q·k₂ = 0; divided by √4 = 2 they are 1 and 0, and softmax turns them into
                        0.731 and 0.269. Without the scaling the weight would be e² / (e² + 1) = 0.881.""");
    }

    /** Count a transformer block's parameters: four projections, a feed-forward part, two norms. */
    static Exercise.Builder transformerBlockParameters() {
        int d = 64, f = 256;
        double count = 4.0 * d * d + 2.0 * d * f + f + d + 4.0 * d;                                    // 49,728
        return Exercise.builder("The parameters of a transformer block")
                .question("A transformer block works on vectors of d = " + d + " numbers with 4 heads, and its"
                        + " feed-forward part has " + f + " hidden units. How many parameters does it have?"
                        + " Count the query, key, value and output projections (no biases, as in the"
                        + " library's block), the feed-forward part's two layers with their biases, and the"
                        + " two layer normalizations' gains and shifts.")
                .checker(Checker.number(count, 0, Map.of(
                        4.0 * d * d / 4 + 2.0 * d * f + f + d + 4.0 * d, "the heads do not divide the projections:"
                                + " each head uses d/4 columns of the same d × d matrices, so the count does not"
                                + " depend on the number of heads.",
                        3.0 * d * d + 2.0 * d * f + f + d + 4.0 * d, "the output projection W_o, also d × d,"
                                + " is missing.",
                        4.0 * d * d + 2.0 * d * f, "the biases of the feed-forward part and the layer"
                                + " normalizations' gains and shifts are missing.",
                        4.0 * d * d + 2.0 * d * f + f + d, "the two layer normalizations have a gain and a"
                                + " shift per number: 4·d more.")))
                .hints("W_q, W_k, W_v and W_o are d × d each; the feed-forward part is d × f plus f biases,"
                                + " then f × d plus d biases.",
                        "Each layer normalization learns a gain and a shift for each of the d numbers; there"
                                + " are two. The number of heads does not change the count.")
                .solution("""
                        long parameters = 4 * 64 * 64 + (64 * 256 + 256) + (256 * 64 + 64) + 2 * 2 * 64;   // 49,728
                        The heads split the d columns of W_q, W_k and W_v between them, so 4 heads cost what
                        1 does. The feed-forward part holds two thirds of the block: 33,088 of 49,728.""");
    }

    /** How many attention weights a causal mask forces to 0 in a sequence of 10 positions. */
    static Exercise.Builder causalMaskZeros() {
        int t = 10;
        double zeros = t * (t - 1) / 2.0;                                                              // 45
        return Exercise.builder("What a causal mask hides")
                .question("A causal transformer reads sequences of " + t + " positions. Its attention weights form"
                        + " a " + t + " × " + t + " matrix per head: row i says how much position i looks at each"
                        + " position j. How many of those " + t * t + " weights does the causal mask force to 0?")
                .checker(Checker.number(zeros, 0, Map.of(
                        t * (t + 1) / 2.0, "that counts the weights that may be non-zero: the diagonal and"
                                + " below. The mask hides the rest.",
                        (double) t * t / 2, "the diagonal is not hidden: each position may look at itself.",
                        (double) t * (t - 1), "that counts both sides of the diagonal; only the future, above"
                                + " it, is hidden.")))
                .hints("Position i may look at positions 0 to i; it must not look at i + 1 to " + (t - 1) + ".",
                        "Row 0 hides 9 weights, row 1 hides 8, …, row 9 hides none.")
                .solution("""
                        long hidden = 10 * 9 / 2;   // 45
                        Row i hides the positions after i: 9 + 8 + … + 0 = 45, the part above the diagonal.
                        The other 55 (the diagonal and below) are the weights a language model can use.""");
    }
}
