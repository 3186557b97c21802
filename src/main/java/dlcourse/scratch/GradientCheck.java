package dlcourse.scratch;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks backpropagation against the definition of a derivative: nudge one input up and down by a
 * small step h and see how much the result moves, {@code (f(x + h) - f(x - h)) / 2h} (a central
 * difference, accurate to about h²). If {@link Value#backward()} is right, both agree closely.
 *
 * <pre>{@code
 * GradientCheck check = GradientCheck.of(v -> v.get(0).multiply(v.get(1)).tanh(), 0.5, -1.5);
 * check.passes(1e-6);                      // true
 * GradientCheck.ofParameters(net.parameters(), () -> net.loss(x, y)).largestDifference();
 * }</pre>
 */
public final class GradientCheck {

    /** The nudge h: small for accuracy, not so small that rounding errors in f take over. */
    public static final double STEP = 1e-6;

    private final double[] analytic;
    private final double[] numerical;

    private GradientCheck(double[] analytic, double[] numerical) {
        this.analytic = analytic;
        this.numerical = numerical;
    }

    /** Checks the gradient of {@code function} with respect to each of its inputs, at {@code at}. */
    public static GradientCheck of(Function<List<Value>, Value> function, double... at) {
        if (function == null || at == null || at.length == 0) {
            throw new IllegalArgumentException("GradientCheck expected a function and 1 or more input values"
                    + " but was given " + (function == null ? "no function" : "inputs " + Arrays.toString(at))
                    + "; e.g. GradientCheck.of(v -> v.get(0).tanh(), 0.5)");
        }
        List<Value> inputs = Arrays.stream(at).mapToObj(Value::of).toList();
        return ofParameters(inputs, () -> function.apply(inputs));
    }

    /**
     * Checks the gradient of what {@code function} computes with respect to {@code parameters},
     * which it must read afresh on every call (e.g. a network's loss and its weights). Resets the
     * parameters' gradients, then leaves the backpropagated ones in them.
     */
    public static GradientCheck ofParameters(List<Value> parameters, Supplier<Value> function) {
        if (parameters == null || parameters.isEmpty() || function == null) {
            throw new IllegalArgumentException("GradientCheck expected 1 or more parameters and a function"
                    + " but was given " + (parameters == null ? "null" : parameters.size() + " parameters")
                    + (function == null ? " and no function" : "") + "; e.g. ofParameters(net.parameters(),"
                    + " () -> net.loss(x, y))");
        }
        parameters.forEach(Value::zeroGrad);
        evaluate(function).backward();
        double[] analytic = parameters.stream().mapToDouble(Value::grad).toArray();
        double[] numerical = new double[parameters.size()];
        for (int i = 0; i < numerical.length; i++) {
            Value p = parameters.get(i);
            double original = p.data();
            p.setData(original + STEP);
            double up = evaluate(function).data();
            p.setData(original - STEP);
            double down = evaluate(function).data();
            p.setData(original);
            numerical[i] = (up - down) / (2 * STEP);
        }
        return new GradientCheck(analytic, numerical);
    }

    /** The gradients backpropagation found. */
    public double[] analytic() {
        return analytic.clone();
    }

    /** The gradients the central differences found. */
    public double[] numerical() {
        return numerical.clone();
    }

    /** The largest |analytic − numerical|, divided by the gradients' size where that is above 1. */
    public double largestDifference() {
        return largestDifference(analytic, numerical);
    }

    /** The largest |a − b| over the entries, relative to their size where that is above 1. */
    static double largestDifference(double[] a, double[] b) {
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            double scale = Math.max(1, Math.abs(a[i]) + Math.abs(b[i]));
            largest = Math.max(largest, Math.abs(a[i] - b[i]) / scale);
        }
        return largest;
    }

    public boolean passes(double tolerance) {
        return largestDifference() <= tolerance;
    }

    @Override
    public String toString() {
        return "GradientCheck of " + analytic.length + " gradients: largest difference "
                + String.format(java.util.Locale.ROOT, "%.1e", largestDifference())
                + "\n  backpropagation " + Arrays.toString(analytic)
                + "\n  numerical       " + Arrays.toString(numerical);
    }

    private static Value evaluate(Supplier<Value> function) {
        Value result = function.get();
        if (result == null) {
            throw new IllegalArgumentException("GradientCheck expected the function to return a Value but it"
                    + " returned null; return the final Value of the computation");
        }
        return result;
    }
}
