package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the GAN chapter: the losses at equilibrium, the optimal discriminator,
 * parameters. Learners reach them through {@link Exercises}.
 */
final class GanExercises {

    private GanExercises() {
    }

    /** The discriminator loss Gan reports when the discriminator answers 0.5 for every example. */
    static Exercise.Builder discriminatorLossAtEquilibrium() {
        return Exercise.builder("The discriminator's loss when it cannot tell")
                .question("Gan trains its discriminator on a batch of b real examples (label 1) and b generated"
                        + " ones (label 0) and reports the mean binary cross-entropy over those 2b examples,"
                        + " −[y·ln D(x) + (1 − y)·ln(1 − D(x))] each. Suppose the generator is perfect and the"
                        + " discriminator answers D(x) = 0.5 for every example. What discriminator loss does"
                        + " train report? Answer to 3 decimals or better.")
                .checker(Checker.number(Math.log(2), 1e-3, Map.of(
                        2 * Math.log(2), "that is ln 4, the sum of the two terms of the minimax value"
                                + " (one real, one generated); Gan averages over all 2b examples.",
                        -Math.log(2), "a cross-entropy is never negative: it is −ln of a probability.",
                        -2 * Math.log(2), "that is the minimax value V(D, G) = −ln 4 at equilibrium;"
                                + " the loss Gan reports is the mean cross-entropy per example.",
                        0.5, "that is D(x) itself; the loss is −ln of the probability given to the right label.",
                        Math.log10(2), "use the natural logarithm, Math.log in Java.")))
                .hints("Every example, real or generated, gets probability 0.5 for its right label.",
                        "The loss of one example is −ln 0.5, and the mean of equal numbers is that number.")
                .solution("""
                        double loss = -Math.log(0.5);   // ln 2 = 0.6931
                        A real example costs −ln D(x) = −ln 0.5 and a generated one −ln(1 − D(x)) =
                        −ln 0.5: every one of the 2b examples costs ln 2, so their mean is ln 2. The
                        minimax value adds one real and one generated term, 2·ln 0.5 = −ln 4; Gan's
                        number is the same thing per example, with the sign of a loss. The generator's
                        loss −ln D(G(z)) is ln 2 there too. So when both curves sit near 0.69 neither
                        player is winning.""");
    }

    /** The optimal discriminator D*(x) = p_data(x) / (p_data(x) + p_g(x)) at one point. */
    static Exercise.Builder optimalDiscriminator() {
        return Exercise.builder("The best possible discriminator")
                .question("For a fixed generator, the discriminator that maximizes the GAN objective is"
                        + " D*(x) = p_data(x) / (p_data(x) + p_g(x)), where p_data and p_g are the densities"
                        + " of the real and the generated examples. At a point x where p_data(x) = 0.3 and"
                        + " p_g(x) = 0.1 (the generator puts too little there), what is D*(x)?")
                .checker(Checker.number(0.75, 1e-3, Map.of(
                        0.25, "that is p_g / (p_data + p_g), the probability of \"generated\"; D gives the"
                                + " probability of \"real\".",
                        3.0, "that is the ratio p_data / p_g; D* divides by the sum p_data + p_g.",
                        0.5, "D* = 0.5 only where the two densities are equal; here real examples are more"
                                + " common.",
                        0.3, "that is p_data alone; divide it by p_data + p_g.")))
                .hints("D*(x) is the share of the examples near x that are real, when real and generated"
                                + " examples are equally many.",
                        "0.3 / (0.3 + 0.1).")
                .solution("""
                        double best = 0.3 / (0.3 + 0.1);   // 0.75
                        Near x, real examples are three times as common as generated ones, so the best
                        guess is "real" with probability 3/4. The generator's gradient then pushes its
                        samples towards x, where D is high, until p_g = p_data and D* = 0.5 everywhere:
                        the equilibrium of the game.""");
    }

    /** Count the parameters of a GAN's generator, layer by layer. */
    static Exercise.Builder generatorParameters() {
        long expected = (16 * 128 + 128) + (128 * 128 + 128) + (128 * 64 + 64);   // 26,944
        return Exercise.builder("How large is the generator?")
                .question("The digit GAN's generator is built with .noiseSize(16).dataSize(64)"
                        + ".generatorHidden(128, 128): 16 noise values → 128 → 128 → 64 pixels, dense"
                        + " layers with a weight per connection and a bias per unit. How many"
                        + " parameters does it have? Check with gan.generator().numParams().")
                .checker(Checker.number(expected, 1e-6, Map.of(   // relative: exactly this count
                        (double) (16 * 128 + 128 * 128 + 128 * 64), "those are the weights only; each"
                                + " unit also has a bias.",
                        (double) ((64 * 128 + 128) + (128 * 128 + 128) + (128 + 1)), "that is the"
                                + " discriminator (64 → 128 → 128 → 1).",
                        (double) ((16 * 128 + 128) + (128 * 64 + 64)), "the generator has two hidden"
                                + " layers of 128: count the 128 → 128 layer too.")))
                .hints("A dense layer from n inputs to m units has n·m weights and m biases.",
                        "Three layers: 16 → 128, 128 → 128 and 128 → 64.")
                .solution("""
                        long params = (16 * 128 + 128) + (128 * 128 + 128) + (128 * 64 + 64);   // 26,944
                        2,176 + 16,512 + 8,256. The middle layer holds most of them. The generator
                        never sees a real digit: all it learns comes through the discriminator's
                        gradient.""");
    }
}
