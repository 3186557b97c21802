package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the backpropagation chapter: local derivatives and gradients by hand. Learners
 * reach them through {@link Exercises}.
 */
final class BackpropagationExercises {

    private BackpropagationExercises() {
    }

    // The tiny network of the backpropagation chapter: x → tanh(w1·x + b1) = h → w2·h + b2 = ŷ,
    // loss L = (ŷ − y)², with w1 = 0.8, b1 = 0.1, w2 = −1.5, b2 = 0.3, y = 1.

    /** The local derivative of a tanh node, from its output. */
    static Exercise.Builder tanhLocalDerivative() {
        return Exercise.builder("A tanh node's local derivative")
                .question("In a computational graph, a tanh node received some z and output h = tanh(z) ="
                        + " 0.6. What is its local derivative dh/dz? (You need only h.)")
                .checker(Checker.number(1 - 0.6 * 0.6, 1e-3, Map.of(
                        1 - Math.pow(Math.tanh(0.6), 2), "that is 1 − tanh²(0.6), as if 0.6 were the input"
                                + " z; 0.6 is the output h.",
                        1 - 0.6, "the slope of tanh uses h squared.",
                        0.6, "that is the node's output h, not its slope.")))
                .hints("The derivative of tanh can be written with its own output: d/dz tanh(z) = 1 − tanh²(z).",
                        "tanh(z) is h = 0.6, so dh/dz = 1 − h².")
                .solution("""
                        double localDerivative = 1 - 0.6 * 0.6;     // 0.64, with h = 0.6
                        d/dz tanh(z) = 1 − tanh²(z) = 1 − h². Value.tanh() uses exactly this in its
                        backward step: grad += (1 - out.data * out.data) * out.grad, so it needs no z.""");
    }

    /** A bias gradient in the chapter's tiny network, by the chain rule, for a new input. */
    static Exercise.Builder tinyNetworkBiasGradient() {
        double x = -1.0;
        double h = Math.tanh(0.8 * x + 0.1);
        double dLdYhat = 2 * (-1.5 * h + 0.3 - 1.0);
        double slope = 1 - h * h;
        double db1 = dLdYhat * -1.5 * slope;                      // -0.3933
        return Exercise.builder("A bias gradient by the chain rule")
                .question("The tiny network computes h = tanh(w1·x + b1), ŷ = w2·h + b2 and the loss"
                        + " L = (ŷ − y)², with w1 = 0.8, b1 = 0.1, w2 = −1.5, b2 = 0.3 and target y = 1."
                        + " For the input x = −1.0, what is dL/db1? Answer to 3 decimals or better.")
                .checker(Checker.number(db1, 1e-3, Map.of(
                        db1 * x, "that is dL/dw1: on the path to w1 the last factor is dz/dw1 = x,"
                                + " on the path to b1 it is dz/db1 = 1.",
                        db1 / 2, "the derivative of (ŷ − y)² is 2(ŷ − y): the factor 2 is missing.",
                        dLdYhat * -1.5, "the factor dh/dz = 1 − h², tanh's slope, is missing.",
                        3.2869796973, "that is dL/db1 for x = 0.5, the chapter's input; redo the"
                                + " forward pass with x = −1.0.")))
                .hints("Forward first: z = w1·x + b1, h = tanh(z), ŷ = w2·h + b2. Then multiply the local"
                                + " derivatives along the path L → ŷ → h → z → b1.",
                        "dL/db1 = 2(ŷ − y) · w2 · (1 − h²) · 1, with z = −0.7.",
                        "Check yourself with Value: build the same computation from Value.of(...),"
                                + " call backward() on the loss and read b1.grad().")
                .solution("""
                        double dL_db1 = 2 * (-1.5 * Math.tanh(0.8 * -1.0 + 0.1) + 0.3 - 1.0) * -1.5
                                * (1 - Math.pow(Math.tanh(0.8 * -1.0 + 0.1), 2));      // -0.3933
                        Step by step: h = tanh(w1·x + b1) = tanh(−0.7) = −0.6044, ŷ = w2·h + b2 = 1.2066, and
                        ∂L/∂b1 = 2(ŷ − y) · w2 · (1 − h²) · 1.
                        The prediction is above the target, so the loss falls when ŷ falls; ŷ = w2·h
                        with w2 < 0 falls when h rises, and h rises with b1: raising b1 lowers the loss,
                        so its gradient is negative.""");
    }

    /** What happens to a gradient when backward() runs twice without zeroGrad. */
    static Exercise.Builder gradientWithoutZeroGrad() {
        double h = Math.tanh(0.8 * 0.5 + 0.1);
        double dw2 = 2 * (-1.5 * h + 0.3 - 1.0) * h;                  // -1.2876
        return Exercise.builder("Gradients add up")
                .question("In the tiny network (x = 0.5, w1 = 0.8, b1 = 0.1, w2 = −1.5, b2 = 0.3, y = 1)"
                        + " every gradient starts at 0. You compute the loss, call backward(), then"
                        + " compute the loss again from the same weights and call backward() on the"
                        + " new loss, without zeroGrad() in between. What does w2.grad() hold now?")
                .checker(Checker.number(2 * dw2, 1e-3, Map.of(
                        dw2, "that is dL/dw2 after one backward(). Each backward step adds (+=)"
                                + " into the gradient; what does the second call add?",
                        0.0, "backward() does not reset gradients; only zeroGrad() does.")))
                .hints("Every backward step in Value does grad += ..., never grad = ...",
                        "The second backward() adds the same dL/dw2 again (about −1.29) on top of the"
                                + " first.")
                .solution("""
                        w2.grad() is 2 · dL/dw2 = 2 · (−1.2876) = −2.5752.
                        Gradients accumulate because a value used twice must get the sum of both
                        contributions. So before each new backward() a training loop calls zeroGrad();
                        without it, every step would use the sum of all gradients so far, and the
                        steps would grow larger and larger.""");
    }
}
