package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class ScratchOptimizerTest {

    /** Curvature 1 along x and 10 along y: plain gradient descent diverges above a rate of 2/10. */
    private static final DoubleBinaryOperator BOWL = (x, y) -> 0.5 * x * x + 5 * y * y;
    private static final ScratchOptimizer.Gradient BOWL_GRADIENT = (x, y) -> new double[] {x, 10 * y};
    private static final double[] START = {-4, 1.5};

    @Test
    void sgdOnABowlShrinksEachCoordinateByAFixedFactor() {
        List<double[]> path = ScratchOptimizer.sgd(0.1).path(BOWL, BOWL_GRADIENT, START, 20);
        assertEquals(21, path.size(), "the start and one point per step");
        assertArrayEquals(START, path.get(0), 0);
        assertArrayEquals(new double[] {-4 * Math.pow(0.9, 20), 0}, path.get(20), 1e-12);
    }

    @Test
    void numericalGradientGivesTheSamePath() {
        List<double[]> given = ScratchOptimizer.adam(0.2).path(BOWL, BOWL_GRADIENT, START, 50);
        List<double[]> estimated = ScratchOptimizer.adam(0.2).path(BOWL, START, 50);
        for (int t = 0; t < given.size(); t++) {
            assertArrayEquals(given.get(t), estimated.get(t), 1e-5, "step " + t);
        }
        assertArrayEquals(new double[] {6, -20}, ScratchOptimizer.gradient(BOWL, 6, -2), 1e-6);
    }

    @Test
    void momentumKeepsAVelocity() {
        // v1 = g0 = (-4, 15); v2 = 0.9 v1 + g1 with g1 at p1 = p0 - 0.01 v1.
        List<double[]> path = ScratchOptimizer.momentum(0.01, 0.9).path(BOWL, BOWL_GRADIENT, START, 2);
        double[] p1 = {-4 + 0.04, 1.5 - 0.15};
        assertArrayEquals(p1, path.get(1), 1e-12);
        double[] v2 = {0.9 * -4 + p1[0], 0.9 * 15 + 10 * p1[1]};
        assertArrayEquals(new double[] {p1[0] - 0.01 * v2[0], p1[1] - 0.01 * v2[1]}, path.get(2), 1e-12);
    }

    @Test
    void rmspropAndAdamTakeFirstStepsOfAFixedSizeWhateverTheGradient() {
        double[] rms = ScratchOptimizer.rmsprop(0.1, 0.9).path(BOWL, BOWL_GRADIENT, START, 1).get(1);
        double first = 0.1 / Math.sqrt(0.1);   // η·g / √((1 − ρ)·g²)
        assertArrayEquals(new double[] {-4 + first, 1.5 - first}, rms, 1e-6);
        double[] adam = ScratchOptimizer.adam(0.1).path(BOWL, BOWL_GRADIENT, START, 1).get(1);
        assertArrayEquals(new double[] {-3.9, 1.4}, adam, 1e-6, "bias correction makes the first step η");
    }

    @Test
    void everyOptimizerFindsTheMinimum() {
        for (ScratchOptimizer optimizer : List.of(ScratchOptimizer.sgd(0.15), ScratchOptimizer.momentum(0.05, 0.8),
                ScratchOptimizer.rmsprop(0.02, 0.9), ScratchOptimizer.adam(0.1))) {
            List<double[]> path = optimizer.path(BOWL, START, 400);
            double[] end = path.get(path.size() - 1);
            assertTrue(BOWL.applyAsDouble(end[0], end[1]) < 1e-3, optimizer + " ended at loss "
                    + BOWL.applyAsDouble(end[0], end[1]));
        }
    }

    @Test
    void aDivergingRunStopsAtTheLastFinitePoint() {
        List<double[]> path = ScratchOptimizer.sgd(0.25).path(BOWL, BOWL_GRADIENT, START, 2000);
        assertTrue(path.size() < 2001, "the run left the finite numbers and stopped");
        double[] last = path.get(path.size() - 1);
        assertTrue(Double.isFinite(BOWL.applyAsDouble(last[0], last[1])));
        assertTrue(Math.abs(last[1]) > 1e100, "y grew by a factor of 1.5 each step: " + last[1]);
    }

    @Test
    void describesItself() {
        assertEquals("Adam(learning rate 0.1, beta1 0.9, beta2 0.999)", ScratchOptimizer.adam(0.1).toString());
        assertEquals("momentum(learning rate 0.05, momentum 0.9)", ScratchOptimizer.momentum(0.05, 0.9).toString());
        assertEquals(0.05, ScratchOptimizer.momentum(0.05, 0.9).learningRate());
    }

    @Test
    void badSettingsAreRefusedWithAnExample() {
        assertMessage(() -> ScratchOptimizer.sgd(0), "learning rate above 0", "given 0.0");
        assertMessage(() -> ScratchOptimizer.adam(Double.NaN), "learning rate above 0", "NaN");
        assertMessage(() -> ScratchOptimizer.momentum(0.1, 1), "momentum from 0", "given 1.0", "0.9");
        assertMessage(() -> ScratchOptimizer.rmsprop(0.1, -0.1), "decay from 0", "given -0.1");
        assertMessage(() -> ScratchOptimizer.adam(0.1, 0.9, 1.5), "beta2", "0.999");
    }

    @Test
    void badInputsToPathAreRefusedWithAnExample() {
        ScratchOptimizer sgd = ScratchOptimizer.sgd(0.1);
        assertMessage(() -> sgd.path(null, START, 10), "loss function", "given null");
        assertMessage(() -> sgd.path(BOWL, null, START, 10), "no gradient");
        assertMessage(() -> sgd.path(BOWL, new double[] {1}, 10), "two finite numbers", "[1.0]");
        assertMessage(() -> sgd.path(BOWL, new double[] {1, Double.NaN}, 10), "two finite numbers");
        assertMessage(() -> sgd.path(BOWL, START, -1), "0 or more steps", "-1");
        assertMessage(() -> sgd.path(BOWL, (x, y) -> new double[] {x}, START, 3), "two numbers", "[-4.0]");
        assertMessage(() -> ScratchOptimizer.gradient(null, 0, 0), "given null");
        assertEquals(1, sgd.path(BOWL, START, 0).size(), "0 steps: just the start");
    }
}
