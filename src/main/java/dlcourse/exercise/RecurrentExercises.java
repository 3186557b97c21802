package dlcourse.exercise;

import java.util.Map;

/**
 * The exercises of the recurrent networks chapter: parameters, a hidden state by hand, a naive
 * forecast. Learners reach them through {@link Exercises}.
 */
final class RecurrentExercises {

    private RecurrentExercises() {
    }

    /** Count the parameters of a simple RNN layer: input weights, recurrent weights and biases. */
    static Exercise.Builder simpleRnnParameters() {
        int features = 3;
        int units = 16;
        return Exercise.builder("The parameters of a simple RNN layer")
                .question("A simple RNN layer reads sequences of 3 features per time step and has 16 units,"
                        + " h_t = tanh(x_t·Wₓ + h_{t-1}·Wₕ + b). How many parameters (weights plus biases)"
                        + " does the layer have? The number of time steps does not matter.")
                .checker(Checker.number(features * units + units * units + units, 0, Map.of(
                        (double) (features * units + units), "that counts Wₓ and b, as for a dense layer;"
                                + " the recurrent weights Wₕ, from the state to the next state, are missing.",
                        (double) (features * units + units * units), "the 16 biases are missing.",
                        (double) (units * units + units), "the input weights Wₓ, 3 features × 16 units,"
                                + " are missing.",
                        (double) (features * units + 2 * units), "Wₕ connects every unit to every unit:"
                                + " 16 × 16 weights, not 16.")))
                .hints("Three groups: Wₓ from the inputs to the units, Wₕ from the units to the units, and b.",
                        "Wₓ is 3 × 16, Wₕ is 16 × 16 (every unit's state feeds every unit), b has 16 values.")
                .solution("""
                        int parameters = 3 * 16 + 16 * 16 + 16;   // 48 + 256 + 16 = 320
                        The same weights serve every time step, so a sequence of 10 or 1000 steps
                        uses the same 320 numbers. Summary.of(net) shows DL4J's count, in the
                        shapes W {3,16}, RW {16,16} and b {16}.""");
    }

    /** Two steps of the hidden-state recurrence by hand, for a layer of one unit. */
    static Exercise.Builder hiddenStateByHand() {
        double wx = 0.8;
        double wh = 0.5;
        double b = -0.1;
        double h1 = Math.tanh(wx * 1.0 + b);                       // tanh(0.7) = 0.6044
        double h2 = Math.tanh(wx * 0.5 + wh * h1 + b);              // tanh(0.6022) = 0.5385
        return Exercise.builder("Two steps of a hidden state")
                .question("A simple RNN with one unit has the input weight wₓ = 0.8, the recurrent weight"
                        + " wₕ = 0.5 and the bias b = -0.1, and starts from h₀ = 0. It reads x₁ = 1.0 and then"
                        + " x₂ = 0.5, each step computing h_t = tanh(wₓ·x_t + wₕ·h_{t-1} + b). What is h₂?"
                        + " Answer to 3 decimals or better.")
                .checker(Checker.number(h2, 1e-3, Map.of(
                        h1, "that is h₁, the state after the first step; use it to compute h₂.",
                        wx * 0.5 + wh * h1 + b, "that is the sum before the activation; pass it through tanh.",
                        Math.tanh(wx * 0.5 + b), "the recurrent term wₕ·h₁ is missing: the state carries"
                                + " the first input into the second step.",
                        wx * 0.5 + wh * (wx + b) + b, "tanh is missing, in both steps.")))
                .hints("First step: h₁ = tanh(0.8 · 1.0 + 0.5 · 0 + (-0.1)) = tanh(0.7).",
                        "Second step: h₂ = tanh(0.8 · 0.5 + 0.5 · h₁ - 0.1); in Java Math.tanh(...).")
                .solution("""
                        double h2 = Math.tanh(0.8 * 0.5 + 0.5 * Math.tanh(0.8 * 1.0 + 0.5 * 0.0 - 0.1) - 0.1);   // 0.5385
                        Step by step: h₁ = tanh(0.7) = 0.6044, then h₂ = tanh(0.4 + 0.5·0.6044 − 0.1) = tanh(0.6022).
                        h₂ depends on x₁ only through h₁: that is the network's whole memory of the
                        past, and each step mixes it with the new input and squashes it again.""");
    }

    /** What the naive forecast predicts on a short series, and its mean squared error. */
    static Exercise.Builder naiveForecastError() {
        return Exercise.builder("The naive forecast's error")
                .question("The series 2, 3, 5, 4, 6 is cut into windows of 2 steps, each predicting the next"
                        + " value (horizon 1), as Sequences.windows(series, 2, 1) does: (2, 3) → 5, (3, 5) → 4,"
                        + " (5, 4) → 6. The naive forecast predicts the last value of each window. What is its"
                        + " mean squared error (MSE) over the three windows?")
                .checker(Checker.number(3.0, 1e-6, Map.of(
                        Math.sqrt(3.0), "that is the RMSE, the square root of the MSE.",
                        5.0 / 3, "that is the mean absolute error; square the errors instead.",
                        11.0 / 3, "that uses the first value of each window; the naive forecast repeats the"
                                + " last one.",
                        8.5 / 3, "that predicts the mean of each window; the naive forecast repeats its last"
                                + " value.",
                        9.0, "that is the sum of the squared errors; divide by the 3 windows.")))
                .hints("The naive forecasts are 3, 5 and 4 (the last value of each window).",
                        "The errors are 5 - 3, 4 - 5 and 6 - 4; square them and take the mean.")
                .solution("""
                        double naiveMse = (Math.pow(5 - 3, 2) + Math.pow(4 - 5, 2) + Math.pow(6 - 4, 2)) / 3.0;   // 3.0
                        The actual values are 5, 4, 6; the naive forecasts (the last value of each window) 3, 5, 4.
                        Sequences.lastValueForecast(Sequences.windows(new double[] {2, 3, 5, 4, 6}, 2, 1))
                        gives the same forecasts. A model that cannot beat this has not learned the series.""");
    }
}
