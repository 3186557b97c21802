package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.Sequences;
import dlcourse.exercise.CheckResult.Status;
import dlcourse.nets.Recurrent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecurrentExercisesTest {

    private final Exercise parameters = Exercises.simpleRnnParameters();
    private final Exercise state = Exercises.hiddenStateByHand();
    private final Exercise naive = Exercises.naiveForecastError();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(parameters, state, naive)));
    }

    @Test
    void simpleRnnParametersRightWrongAndPlaceholder() {
        assertTrue(parameters.check(320).passed());
        assertTrue(parameters.check(3 * 16 + 16 * 16 + 16.0).passed());
        assertTrue(parameters.check(64).message().contains("recurrent weights"), parameters.check(64).message());
        assertTrue(parameters.check(304).message().contains("biases"));
        assertTrue(parameters.check(272).message().contains("input weights"));
        assertEquals(Status.WRONG, parameters.check(400).status());
        assertEquals(Status.NOT_ANSWERED, parameters.check(Double.NaN).status());
    }

    @Test
    void theParameterCountIsDl4jsOwn() {
        // The output layer adds 16 weights and 1 bias to the recurrent layer's 320.
        assertEquals(320 + 17, Recurrent.simpleRnnRegressor(3, 1, 16).numParams());
    }

    @Test
    void hiddenStateByHandRightWrongAndPlaceholder() {
        double h1 = Math.tanh(0.7);
        assertTrue(state.check(Math.tanh(0.8 * 0.5 + 0.5 * h1 - 0.1)).passed());
        assertTrue(state.check(0.5385).passed());
        assertTrue(state.check(h1).message().contains("h₁"), state.check(h1).message());
        assertTrue(state.check(Math.tanh(0.3)).message().contains("recurrent term"));
        assertTrue(state.check(0.6022).message().contains("tanh"));
        assertEquals(Status.WRONG, state.check(0.9).status());
        assertEquals(Status.NOT_ANSWERED, state.check(Double.NaN).status());
    }

    @Test
    void naiveForecastErrorRightWrongAndPlaceholder() {
        assertTrue(naive.check(3.0).passed());
        assertTrue(naive.check(3).passed());
        assertTrue(naive.check(Math.sqrt(3)).message().contains("RMSE"));
        assertTrue(naive.check(11.0 / 3).message().contains("first value"));
        assertTrue(naive.check(9.0).message().contains("divide"));
        assertEquals(Status.WRONG, naive.check(2.0).status());
        assertEquals(Status.NOT_ANSWERED, naive.check(Double.NaN).status());
    }

    @Test
    void theNaiveForecastMatchesTheLibrary() {
        var windows = Sequences.windows(new double[] {2, 3, 5, 4, 6}, 2, 1);
        double[] forecast = Sequences.lastValueForecast(windows).toDoubleVector();
        double[] actual = windows.getLabels().toDoubleVector();
        double mse = 0;
        for (int i = 0; i < actual.length; i++) {
            mse += Math.pow(actual[i] - forecast[i], 2) / actual.length;
        }
        assertEquals(3.0, mse, 1e-6);
        assertTrue(naive.check(mse).passed());
    }
}
