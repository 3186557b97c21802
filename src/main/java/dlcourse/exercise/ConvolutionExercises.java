package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the convolution chapter: output sizes, parameters, what a kernel detects.
 * Learners reach them through {@link Exercises}.
 */
final class ConvolutionExercises {

    private ConvolutionExercises() {
    }

    /** The output size of a convolution from the input size, kernel, padding and stride. */
    static Exercise.Builder convOutputSize() {
        return Exercise.builder("The size after a convolution")
                .question("A convolution with a 5 × 5 kernel, padding 2 and stride 2 is applied to a 32 × 32"
                        + " image. How many pixels wide is its output?")
                .checker(Checker.number(16, 0, Map.of(
                        15.0, "that is ⌊(n + 2p − k)/s⌋ without the + 1: count the first position of the"
                                + " kernel too.",
                        14.0, "that leaves out the padding: 2 zeros on each side make the input 36 wide.",
                        15.5, "that divides without rounding down: the kernel cannot stop half-way.",
                        16.5, "that divides without rounding down: the kernel cannot stop half-way.",
                        32.0, "that is the size with stride 1; stride 2 skips every other position.",
                        28.0, "that is the size with no padding and stride 1.")))
                .hints("Use ⌊(n + 2p − k) / s⌋ + 1 with n = 32, k = 5, p = 2, s = 2.",
                        "n + 2p − k = 32 + 4 − 5 = 31; 31 / 2 rounded down is 15.")
                .solution("""
                        int width = (32 + 2 * 2 - 5) / 2 + 1;   // 16 (Java's int division rounds down)
                        The padded image is 36 wide; a 5-wide kernel fits at 32 positions with stride 1,
                        and every second one of them with stride 2: 16. Padding (k − 1)/2 = 2 keeps the
                        size at stride 1, so stride 2 halves it, as pooling would.""");
    }

    /** Count the weights and biases of one convolution layer. */
    static Exercise.Builder convLayerParameters() {
        return Exercise.builder("The parameters of a convolution layer")
                .question("A convolution layer has 24 filters of 5 × 5 and its input has 8 channels (the"
                        + " feature maps of the layer before). How many parameters (weights and biases)"
                        + " does it have?")
                .checker(Checker.number(5 * 5 * 8 * 24 + 24, 0, Map.of(
                        4800.0, "that counts the weights only; each filter also has one bias.",
                        624.0, "that forgets the input channels: each filter has a 5 × 5 kernel for every"
                                + " one of the 8 channels.",
                        600.0, "that forgets the input channels and the biases.",
                        208.0, "that is one filter (5 · 5 · 8 weights and a bias); there are 24.")))
                .hints("One filter looks at all 8 input channels: it has 5 · 5 · 8 weights and 1 bias.",
                        "24 filters of (5 · 5 · 8 + 1) parameters each.")
                .solution("""
                        int parameters = 24 * (5 * 5 * 8 + 1);   // 4824
                        The count does not depend on the image size: the same weights slide over every
                        position. A dense layer from a 28 × 28 × 8 input to 24 units would need
                        6272 · 24 + 24 = 150,552.""");
    }

    /** Say which edges a 3 × 3 kernel responds to. */
    static Exercise.Builder kernelDetects() {
        return Exercise.builder("What a kernel detects")
                .question("Which edges does the kernel {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}} respond to most"
                        + " strongly: \"vertical\", \"horizontal\" or \"none\" (it blurs)? Answer with the word.")
                .checker(answer -> {
                    if (answer == null) {
                        return CheckResult.notAnswered("not answered yet; the answer is null");
                    }
                    if (!(answer instanceof CharSequence text)) {
                        return CheckResult.invalid("expected a word in quotes, such as \"vertical\", but was"
                                + " given " + Answers.describe(answer));
                    }
                    String word = text.toString().trim().toLowerCase(java.util.Locale.ROOT);
                    return switch (word) {
                        case "horizontal" -> CheckResult.correct("\"horizontal\" is right: it subtracts the"
                                + " row above from the row below, so it is large where dark meets bright"
                                + " from top to bottom.");
                        case "vertical" -> CheckResult.wrong("\"vertical\" is not it: along each row the"
                                + " kernel's weights are all the same sign; left and right are not compared.");
                        case "none", "blur" -> CheckResult.wrong("\"" + word + "\" is not it: a blur has"
                                + " only positive weights; these sum to 0, so a flat patch gives 0.");
                        default -> CheckResult.invalid("expected one of \"vertical\", \"horizontal\" or"
                                + " \"none\" but was given \"" + text + "\"");
                    };
                })
                .hints("The weights sum to 0: on a patch of one grey the output is 0. What must differ"
                                + " inside the patch to give a large output?",
                        "The top row is negative and the bottom row positive: the kernel compares the"
                                + " pixels above with those below.")
                .solution("""
                        String edges = "horizontal";
                        It is the vertical-edge kernel of this chapter turned by 90°: bottom row minus
                        top row, the middle column weighted twice. A horizontal edge (dark above,
                        bright below) gives a large positive output, bright above dark a large
                        negative one, and a vertical edge gives 0.""");
    }
}
