package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.scratch.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackpropagationExercisesTest {

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    /** The tiny network of the chapter, built from Values: returns {w1, b1, w2, b2, loss}. */
    private static Value[] tinyNetwork(double input) {
        Value w1 = Value.of(0.8), b1 = Value.of(0.1), w2 = Value.of(-1.5), b2 = Value.of(0.3);
        Value h = w1.multiply(input).add(b1).tanh();
        Value loss = w2.multiply(h).add(b2).subtract(1.0).power(2);
        return new Value[] {w1, b1, w2, b2, loss};
    }

    @Test
    void tanhLocalDerivative() {
        Exercise e = Exercises.tanhLocalDerivative();
        assertEquals(Status.NOT_ANSWERED, e.check(Double.NaN).status());
        assertTrue(e.check(0.64).passed());
        CheckResult wrong = e.check(1 - Math.pow(Math.tanh(0.6), 2));
        assertEquals(Status.WRONG, wrong.status());
        assertTrue(wrong.message().contains("0.6 is the output h"), wrong.message());
        assertEquals(Status.WRONG, e.check(0.5).status());
        assertTrue(e.solution().contains("0.64"));
    }

    @Test
    void tinyNetworkBiasGradientMatchesBackward() {
        Value[] net = tinyNetwork(-1.0);
        net[4].backward();
        Exercise e = Exercises.tinyNetworkBiasGradient();
        assertEquals(Status.NOT_ANSWERED, e.check(Double.NaN).status());
        assertTrue(e.check(net[1].grad()).passed(), "b1.grad() = " + net[1].grad());
        assertTrue(e.check(-0.3933).passed());
        CheckResult w1 = e.check(net[0].grad());
        assertEquals(Status.WRONG, w1.status());
        assertTrue(w1.message().contains("that is dL/dw1"), w1.message());
        Value[] chapter = tinyNetwork(0.5);
        chapter[4].backward();
        assertTrue(e.check(chapter[1].grad()).message().contains("x = 0.5"));
        assertTrue(e.check(net[1].grad() / 2).message().contains("factor 2"));
    }

    @Test
    void gradientWithoutZeroGradIsTwiceTheGradient() {
        Value[] net = tinyNetwork(0.5);
        net[4].backward();
        double once = net[2].grad();
        // The same weights, a new loss, a second backward without zeroGrad.
        Value h = net[0].multiply(0.5).add(net[1]).tanh();
        net[2].multiply(h).add(net[3]).subtract(1.0).power(2).backward();
        Exercise e = Exercises.gradientWithoutZeroGrad();
        assertEquals(Status.NOT_ANSWERED, e.check(Double.NaN).status());
        assertTrue(e.check(net[2].grad()).passed(), "w2.grad() = " + net[2].grad());
        CheckResult wrong = e.check(once);
        assertEquals(Status.WRONG, wrong.status());
        assertTrue(wrong.message().contains("adds (+=)"), wrong.message());
        assertTrue(e.check(0.0).message().contains("only zeroGrad()"));
    }

    @Test
    void theCatalogueListsThem() {
        assertTrue(Exercises.all().contains(Exercises.tanhLocalDerivative()));
        assertTrue(Exercises.all().contains(Exercises.tinyNetworkBiasGradient()));
        assertTrue(Exercises.all().contains(Exercises.gradientWithoutZeroGrad()));
    }
}
