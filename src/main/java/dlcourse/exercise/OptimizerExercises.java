package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the optimizers chapter: gradient steps, momentum, when a rate diverges.
 * Learners reach them through {@link Exercises}.
 */
final class OptimizerExercises {

    private OptimizerExercises() {
    }

    /** One step of gradient descent on a function of two parameters, by hand. */
    static Exercise.Builder gradientStep() {
        Checker position = Checker.array(new double[] {1.8, 0.0}, 1e-3);
        Checker checker = answer -> {
            double[] given = Answers.numbers(answer);
            if (given != null && given.length == 2) {
                if (Answers.within(given[0], 2.2, 1e-3) && Answers.within(given[1], 2.0, 1e-3)) {
                    return CheckResult.wrong("(2.2, 2.0) is a step uphill: gradient descent subtracts"
                            + " the learning rate times the gradient.");
                }
                if (Answers.within(given[0], 2.0, 1e-3) && Answers.within(given[1], 10.0, 1e-3)) {
                    return CheckResult.wrong("(2, 10) is the gradient at the start; the answer is the"
                            + " point you step to.");
                }
            }
            return position.check(answer);
        };
        return Exercise.builder("One step of gradient descent")
                .question("Take f(x, y) = x²/2 + 5y², whose gradient is (x, 10y). Start at (x, y) = (2, 1)"
                        + " and take one step of gradient descent with learning rate η = 0.1. Where do you"
                        + " land? Answer as new double[] {x, y}.")
                .checker(checker)
                .hints("Gradient descent moves every parameter against its slope: θ ← θ − η · ∂f/∂θ.",
                        "At (2, 1) the gradient is (2, 10); multiply it by 0.1 and subtract it from (2, 1).")
                .solution("""
                        double[] next = {2 - 0.1 * 2, 1 - 0.1 * (10 * 1)};   // gradient (x, 10y) at (2, 1) is (2, 10): {1.8, 0.0}
                        The steep direction y reaches its minimum 0 in one step, since η times its
                        curvature 10 is exactly 1; the shallow direction x only moves 10 % of the way.""");
    }

    /** One update of gradient descent with momentum, by hand. */
    static Exercise.Builder momentumStep() {
        double velocity = 0.9 * 0.5 + 1.2;           // 1.65
        double theta = 2.0 - 0.1 * velocity;          // 1.835
        return Exercise.builder("One momentum update")
                .question("A weight θ = 2.0 has velocity v = 0.5 from earlier steps, and its gradient now"
                        + " is g = 1.2. Momentum updates v ← β·v + g, then θ ← θ − η·v, with β = 0.9 and"
                        + " η = 0.1. What is the new θ? Answer to 3 decimals or better.")
                .checker(Checker.number(theta, 1e-3, Map.of(
                        2.0 - 0.1 * 1.2, "that is a plain gradient step; momentum adds β·v to the gradient first.",
                        2.0 - 0.1 * 0.5, "that step uses the old velocity; update v first, then move θ.",
                        2.0 + 0.1 * velocity, "that moves uphill; θ goes against the velocity.",
                        velocity, "that is the new velocity v; now move θ by −η·v.")))
                .hints("First the new velocity: v = 0.9 · 0.5 + 1.2.",
                        "v = 1.65, so θ = 2.0 − 0.1 · 1.65.")
                .solution("""
                        double newTheta = 2.0 - 0.1 * (0.9 * 0.5 + 1.2);   // 1.835
                        The velocity is 0.9 · 0.5 + 1.2 = 1.65: the old velocity, faded, plus the gradient.
                        The step is 0.165 instead of a plain 0.12: the velocity remembers that earlier
                        gradients pointed the same way, so the weight speeds up.""");
    }

    /** The largest stable learning rate of gradient descent on a parabola of curvature a. */
    static Exercise.Builder divergenceThreshold() {
        return Exercise.builder("When gradient descent diverges")
                .question("Gradient descent on f(x) = a·x²/2 (curvature a > 0) converges to 0 for small"
                        + " learning rates η and diverges for large ones. Write the learning rate where it"
                        + " switches, as a function of a: a DoubleUnaryOperator a -> ....")
                .checker(Checker.function(a -> 2 / a, 1e-9, 0.5, 1, 2, 10, 250))
                .hints("The gradient is a·x, so one step gives x ← x − η·a·x = (1 − η·a)·x.",
                        "Each step multiplies x by (1 − η·a). It shrinks while |1 − η·a| < 1 and grows beyond;"
                                + " solve 1 − η·a = −1 for η.")
                .solution("""
                        DoubleUnaryOperator threshold = a -> 2 / a;
                        One step multiplies x by (1 − η·a). For 0 < η < 2/a that factor lies between −1
                        and 1, so x shrinks to 0 (overshooting and zigzagging when η > 1/a); at η = 2/a it
                        is −1 and x flips sign forever; above, |x| grows every step. Steep directions
                        (large a) set the limit, which is why one learning rate can be too small for a
                        shallow direction and too large for a steep one. For f(x) = a·x² the curvature is
                        2a, so the limit there is 1/a.""");
    }
}
