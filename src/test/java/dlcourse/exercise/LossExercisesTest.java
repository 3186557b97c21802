package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossExercisesTest {

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void meanSquaredErrorOfFourPredictions() {
        Exercise mse = Exercises.meanSquaredError();
        assertTrue(mse.check(0.5625).passed());
        assertTrue(mse.check(0.563).passed(), "3 decimals are enough");
        CheckResult sum = mse.check(2.25);
        assertEquals(Status.WRONG, sum.status());
        assertTrue(sum.message().contains("sum of the squared errors"), sum.message());
        assertTrue(mse.check(0.625).message().contains("mean absolute error"));
        assertEquals(Status.NOT_ANSWERED, mse.check(Double.NaN).status());
        assertTrue(mse.solution().contains("0.5625"));
    }

    @Test
    void crossEntropyOfTheSecondClass() {
        Exercise crossEntropy = Exercises.crossEntropyFromLogits();
        assertTrue(crossEntropy.check(1.417).passed());
        CheckResult probability = crossEntropy.check(0.2424);
        assertEquals(Status.WRONG, probability.status());
        assertTrue(probability.message().contains("negative natural logarithm"), probability.message());
        assertTrue(crossEntropy.check(0.4170).message().contains("class 0"));
        assertTrue(crossEntropy.check(0.6155).message().contains("log₁₀"));
        assertEquals(Status.NOT_ANSWERED, crossEntropy.check(Double.NaN).status());
    }

    @Test
    void huberLossWithDeltaTwo() {
        Exercise huber = Exercises.huberLoss();
        assertTrue(huber.check(r -> Math.abs(r) <= 2 ? 0.5 * r * r : 2 * (Math.abs(r) - 1)).passed());
        DoubleUnaryOperator deltaOne = r -> Math.abs(r) <= 1 ? 0.5 * r * r : Math.abs(r) - 0.5;
        assertEquals(Status.WRONG, huber.check(deltaOne).status());
        DoubleUnaryOperator notContinuous = r -> Math.abs(r) <= 2 ? 0.5 * r * r : 2 * Math.abs(r);
        assertEquals(Status.WRONG, huber.check(notContinuous).status());
        CheckResult todo = huber.check((DoubleUnaryOperator) r -> {
            throw new UnsupportedOperationException("TODO");
        });
        assertEquals(Status.NOT_ANSWERED, todo.status());
    }

    @Test
    void theLossExercisesAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(Exercises.meanSquaredError(),
                Exercises.crossEntropyFromLogits(), Exercises.huberLoss())));
    }
}
