package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.scratch.ScratchOptimizer;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OptimizerExercisesTest {

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theCatalogueListsThem() {
        List<Exercise> all = Exercises.all();
        assertTrue(all.contains(Exercises.gradientStep()) && all.contains(Exercises.momentumStep())
                && all.contains(Exercises.divergenceThreshold()));
    }

    @Test
    void gradientStep() {
        Exercise exercise = Exercises.gradientStep();
        assertEquals(Status.NOT_ANSWERED, exercise.check((Object) null).status());
        assertTrue(exercise.check(new double[] {1.8, 0.0}).passed());
        // The library's gradient descent lands on the same point.
        double[] next = ScratchOptimizer.sgd(0.1).path((x, y) -> x * x / 2 + 5 * y * y, new double[] {2, 1}, 1).get(1);
        assertTrue(exercise.check(next).passed(), java.util.Arrays.toString(next));
        CheckResult uphill = exercise.check(new double[] {2.2, 2.0});
        assertEquals(Status.WRONG, uphill.status());
        assertTrue(uphill.toString().contains("uphill"), uphill.toString());
        assertTrue(exercise.check(new double[] {2, 10}).toString().contains("gradient at the start"));
        assertEquals(Status.WRONG, exercise.check(new double[] {1.9, 0.5}).status());
        assertEquals(Status.WRONG, exercise.check(new double[] {1.8}).status(), "one number is not a point");
    }

    @Test
    void momentumStep() {
        Exercise exercise = Exercises.momentumStep();
        assertEquals(Status.NOT_ANSWERED, exercise.check(Double.NaN).status());
        assertTrue(exercise.check(1.835).passed());
        CheckResult plain = exercise.check(1.88);
        assertEquals(Status.WRONG, plain.status());
        assertTrue(plain.toString().contains("plain gradient step"), plain.toString());
        assertTrue(exercise.check(1.65).toString().contains("new velocity"));
        assertEquals(Status.WRONG, exercise.check(1.5).status());
    }

    @Test
    void divergenceThreshold() {
        Exercise exercise = Exercises.divergenceThreshold();
        DoubleUnaryOperator todo = a -> {
            throw new UnsupportedOperationException("TODO");
        };
        assertEquals(Status.NOT_ANSWERED, exercise.check(todo).status());
        assertTrue(exercise.check(a -> 2 / a).passed());
        assertEquals(Status.WRONG, exercise.check(a -> 1 / a).status(), "the limit for a·x², not a·x²/2");
        assertTrue(exercise.solution().toString().contains("2 / a"));
    }
}
