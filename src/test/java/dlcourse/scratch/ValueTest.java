package dlcourse.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ValueTest {

    private static final double TIGHT = 1e-8;

    /** Asserts that backpropagation and central differences agree for {@code f} at {@code at}. */
    private static void assertGradientsMatch(Function<List<Value>, Value> f, double... at) {
        GradientCheck check = GradientCheck.of(f, at);
        assertTrue(check.passes(TIGHT), check.toString());
        assertTrue(java.util.Arrays.stream(check.analytic()).anyMatch(g -> Math.abs(g) > 1e-3),
                "a check of all-zero gradients proves nothing: " + check);
    }

    @Test
    void eachPrimitiveHasTheNumericalGradient() {
        assertGradientsMatch(v -> v.get(0).add(v.get(1)), 0.7, -1.3);
        assertGradientsMatch(v -> v.get(0).multiply(v.get(1)), 0.7, -1.3);
        assertGradientsMatch(v -> v.get(0).power(2), -1.5);
        assertGradientsMatch(v -> v.get(0).power(3), -0.8);
        assertGradientsMatch(v -> v.get(0).power(-1), 0.6);
        assertGradientsMatch(v -> v.get(0).power(0.5), 2.5);
        assertGradientsMatch(v -> v.get(0).exp(), 0.4);
        assertGradientsMatch(v -> v.get(0).tanh(), -0.9);
        assertGradientsMatch(v -> v.get(0).relu(), 0.8);
        assertGradientsMatch(v -> Value.sum(List.of(v.get(0), v.get(1), v.get(0))), 0.3, 2.0);
    }

    @Test
    void reluPassesNoGradientForNegativeInputs() {
        Value x = Value.of(-0.8);
        x.relu().backward();
        assertEquals(0.0, x.grad());
        assertEquals(0.0, GradientCheck.of(v -> v.get(0).relu(), -0.8).numerical()[0], 1e-12);
    }

    @Test
    void eachDerivedOperationHasTheNumericalGradient() {
        assertGradientsMatch(v -> v.get(0).subtract(v.get(1)), 0.7, -1.3);
        assertGradientsMatch(v -> v.get(0).divide(v.get(1)), 0.7, -1.3);
        assertGradientsMatch(v -> v.get(0).negate(), 0.7);
        assertGradientsMatch(v -> v.get(0).sigmoid(), 0.7);
        assertGradientsMatch(v -> v.get(0).add(2).multiply(3).subtract(1).divide(4), 0.7);
    }

    @Test
    void derivedOperationsComputeWhatTheirNamesSay() {
        Value a = Value.of(3.0), b = Value.of(-2.0);
        assertEquals(5.0, a.subtract(b).data(), 1e-12);
        assertEquals(-1.5, a.divide(b).data(), 1e-12);
        assertEquals(-3.0, a.negate().data(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-3.0)), a.sigmoid().data(), 1e-12);
        // σ'(x) = σ(x)(1 − σ(x)): built from exp, add and power, backward still gets it exactly.
        Value s = a.sigmoid();
        s.backward();
        assertEquals(s.data() * (1 - s.data()), a.grad(), 1e-12);
    }

    @Test
    void aCompositeExpressionWithSharedValuesHasTheNumericalGradient() {
        // a and b are used more than once: their gradients add up over every path.
        assertGradientsMatch(v -> {
            Value a = v.get(0), b = v.get(1), c = v.get(2);
            Value h = a.multiply(b).add(c).tanh();
            return h.multiply(a).subtract(b.divide(c)).power(2).add(b.exp().multiply(h)).sigmoid();
        }, 0.4, -0.7, 1.3);
    }

    @Test
    void aValueUsedTwiceCollectsBothGradients() {
        Value x = Value.of(3.0);
        x.multiply(x).backward();   // d(x²)/dx = 2x
        assertEquals(6.0, x.grad(), 1e-12);
        Value y = Value.of(3.0);
        y.add(y).backward();
        assertEquals(2.0, y.grad(), 1e-12);
    }

    @Test
    void theNetworksLossHasTheNumericalGradientForEveryParameter() {
        ScratchMlp net = ScratchMlp.of(Value::tanh, 3, 3, 4, 3, 2);
        double[][] x = {{0.2, -0.5, 1.0}, {1.1, 0.3, -0.4}, {-0.9, 0.8, 0.1}};
        double[][] y = {{1, 0}, {0, 1}, {0.5, -0.5}};
        GradientCheck check = GradientCheck.ofParameters(net.parameters(), () -> net.loss(x, y));
        assertEquals((3 * 4 + 4) + (4 * 3 + 3) + (3 * 2 + 2), check.analytic().length);
        assertTrue(check.passes(1e-8), check.toString());
        // ofParameters leaves the backpropagated gradients in the parameters.
        assertEquals(check.analytic()[0], net.parameters().get(0).grad());
    }

    @Test
    void aBrokenGradientFailsTheCheck() {
        // A "gradient" that is wrong on purpose: the check must notice, or it proves nothing.
        Value x = Value.of(0.5);
        GradientCheck check = GradientCheck.ofParameters(List.of(x), () -> {
            Value wrong = x.multiply(x);          // gradient 2x = 1.0 ...
            return wrong.add(Value.of(x.data()));   // ... but the value grows like x² + x: true gradient 2.0
        });
        assertEquals(1.0, check.analytic()[0], 1e-12);
        assertEquals(2.0, check.numerical()[0], 1e-6);
        assertTrue(!check.passes(1e-3), check.toString());
    }

    @Test
    void toStringShowsDataAndGradientAndGraphShowsTheComputation() {
        Value x = Value.of(2.0, "x"), w = Value.of(-0.5, "w");
        Value y = x.multiply(w).add(0.5).tanh();
        y.backward();
        // tanh(-0.5) = -0.46212; its slope 1 - tanh² = 0.786448 reaches x times w, w times x.
        assertEquals("Value(data=-0.4621, grad=1.0)", y.toString());
        assertEquals("Value(x: data=2.0, grad=-0.3932)", x.toString());
        assertEquals("Value(data=1.0, grad=1.234e-05)", valueWithGrad(1.0, 1.234e-5).toString());
        assertEquals("""
                Value(data=-0.4621, grad=1.0)  ← tanh
                └─ Value(data=-0.5, grad=0.7864)  ← +
                   ├─ Value(data=-1.0, grad=0.7864)  ← *
                   │  ├─ Value(x: data=2.0, grad=-0.3932)
                   │  └─ Value(w: data=-0.5, grad=1.5729)
                   └─ Value(data=0.5, grad=0.7864)
                """, y.graph());
    }

    @Test
    void graphExpandsASharedValueOnce() {
        Value x = Value.of(1.5, "x");
        Value square = x.multiply(x).tanh();
        String graph = square.add(square).graph();
        assertEquals(2, graph.split("← tanh", -1).length - 1, graph);
        assertEquals(1, graph.split("← \\*", -1).length - 1, graph);
        assertTrue(graph.lines().skip(5).findFirst().orElseThrow().endsWith("← tanh  (shown above)"), graph);
    }

    private static Value valueWithGrad(double data, double grad) {
        Value v = Value.of(data);
        Value scaled = v.multiply(grad);    // d(scaled)/dv = grad
        scaled.backward();
        return v;
    }
}
