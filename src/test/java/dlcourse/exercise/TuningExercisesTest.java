package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TuningExercisesTest {

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void gridSearchSize() {
        Exercise grid = Exercises.gridSearchSize();
        assertTrue(grid.check(24).passed());
        CheckResult sum = grid.check(9);
        assertEquals(Status.WRONG, sum.status());
        assertTrue(sum.message().contains("every combination"), sum.message());
        assertEquals(Status.NOT_ANSWERED, grid.check(Double.NaN).status());
        assertTrue(Exercises.all().contains(grid));
    }

    @Test
    void logUniformLearningRate() {
        Exercise rate = Exercises.logUniformLearningRate();
        assertTrue(rate.check(u -> Math.pow(10, -4 + 3 * u)).passed());
        assertTrue(rate.check(u -> Math.exp(Math.log(1e-4) + u * (Math.log(1e-1) - Math.log(1e-4)))).passed());
        CheckResult uniform = rate.check(u -> 1e-4 + u * (1e-1 - 1e-4));
        assertEquals(Status.WRONG, uniform.status());
        assertTrue(uniform.message().contains("uniform, not log-uniform"), uniform.message());
        assertEquals(Status.WRONG, rate.check(u -> Math.pow(10, -1 + 3 * u)).status());
        DoubleUnaryOperator todo = u -> {
            throw new UnsupportedOperationException("TODO");
        };
        assertEquals(Status.NOT_ANSWERED, rate.check(todo).status());
    }

    @Test
    void setForChoosingTheModel() {
        Exercise set = Exercises.setForChoosingTheModel();
        assertTrue(set.check(" Validation ").passed());
        CheckResult test = set.check("test");
        assertEquals(Status.WRONG, test.status());
        assertTrue(test.message().contains("honest"), test.message());
        assertEquals(Status.WRONG, set.check("training").status());
        assertEquals(Status.INVALID, set.check("the dev set").status());
        assertEquals(Status.INVALID, set.check(3).status());
        assertEquals(Status.NOT_ANSWERED, set.check((Object) null).status());
        assertTrue(set.solution().contains("String set = \"validation\";"));
    }
}
