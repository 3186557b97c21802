package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.scratch.ScratchConvolution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConvolutionExercisesTest {

    private final Exercise size = Exercises.convOutputSize();
    private final Exercise parameters = Exercises.convLayerParameters();
    private final Exercise kernel = Exercises.kernelDetects();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(size, parameters, kernel)));
    }

    @Test
    void convOutputSizeRightWrongAndPlaceholder() {
        assertTrue(size.check(16).passed());
        assertTrue(size.check(ScratchConvolution.outputSize(32, 5, 2, 2)).passed());
        assertTrue(size.check(15).message().contains("+ 1"), size.check(15).message());
        assertTrue(size.check(14).message().contains("padding"));
        assertTrue(size.check(16.5).message().contains("rounding down"));
        assertEquals(Status.WRONG, size.check(17).status());
        assertEquals(Status.NOT_ANSWERED, size.check(Double.NaN).status());
    }

    @Test
    void convLayerParametersRightWrongAndPlaceholder() {
        assertTrue(parameters.check(4824).passed());
        assertTrue(parameters.check(4800).message().contains("bias"));
        assertTrue(parameters.check(624).message().contains("channels"));
        assertEquals(Status.WRONG, parameters.check(4825).status());
        assertEquals(Status.NOT_ANSWERED, parameters.check(Double.NaN).status());
        assertTrue(parameters.solution().contains("4824"));
    }

    @Test
    void kernelDetectsRightWrongAndPlaceholder() {
        assertTrue(kernel.check("horizontal").passed());
        assertTrue(kernel.check(" Horizontal ").passed());
        assertEquals(Status.WRONG, kernel.check("vertical").status());
        assertEquals(Status.WRONG, kernel.check("none").status());
        assertEquals(Status.INVALID, kernel.check("diagonal").status());
        assertEquals(Status.INVALID, kernel.check(3).status());
        assertEquals(Status.NOT_ANSWERED, kernel.check((Object) null).status());
    }
}
