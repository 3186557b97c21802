package dlcourse.scratch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One number in a computation that remembers how it was made. Every operation returns a new
 * {@code Value} that knows its parents and how to pass a gradient back to them, so that
 * {@link #backward()} can find how much each number that went in affects the result:
 * backpropagation, in plain Java.
 *
 * <pre>{@code
 * Value x = Value.of(2.0, "x"), w = Value.of(-3.0, "w"), b = Value.of(1.0, "b");
 * Value y = x.multiply(w).add(b).tanh();
 * y.backward();
 * x.grad();          // dy/dx = (1 - tanh²) * w
 * y.graph();         // the computation as an indented tree
 * }</pre>
 */
public final class Value {

    private double data;
    private double grad;
    private final List<Value> parents;
    private final String operation;
    private final String label;
    // Passes this value's gradient to its parents; set by the operation that made it.
    private Runnable backwardStep = () -> { };
    private boolean backwardCalled;

    private Value(double data, String operation, String label, List<Value> parents) {
        this.data = data;
        this.operation = operation;
        this.label = label;
        this.parents = List.copyOf(parents);
    }

    /** A number to compute with: an input, a weight, a constant. */
    public static Value of(double data) {
        return of(data, "");
    }

    /** A number with a name, shown by {@link #toString()} and {@link #graph()}. */
    public static Value of(double data, String label) {
        if (!Double.isFinite(data)) {
            throw new IllegalArgumentException("Value expected a finite number but was given " + data
                    + "; check the computation that produced it (a division by 0? an overflow?)");
        }
        return new Value(data, "", label == null ? "" : label, List.of());
    }

    // --- Primitive operations: each says how its output's gradient reaches its inputs. -----------
    // The += matters: a value used twice (x * x, or one weight seen by many examples) gets a
    // gradient from each use, and the chain rule adds them up. So gradients must be zeroed first.

    public Value add(Value other) {
        Value out = result(data + other(other, "add").data, "+", this, other);
        out.backwardStep = () -> {
            grad += out.grad;
            other.grad += out.grad;
        };
        return out;
    }

    public Value multiply(Value other) {
        Value out = result(data * other(other, "multiply").data, "*", this, other);
        out.backwardStep = () -> {
            grad += other.data * out.grad;
            other.grad += data * out.grad;
        };
        return out;
    }

    /** This value to a constant power; {@code power(-1)} is 1 / this. */
    public Value power(double exponent) {
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("power expected a finite exponent but was given " + exponent);
        }
        Value out = result(Math.pow(data, exponent), "^" + GraphText.number(exponent), this);
        out.backwardStep = () -> grad += exponent * Math.pow(data, exponent - 1) * out.grad;
        return out;
    }

    public Value exp() {
        Value out = result(Math.exp(data), "exp", this);
        out.backwardStep = () -> grad += out.data * out.grad;   // d/dx e^x = e^x
        return out;
    }

    public Value tanh() {
        Value out = result(Math.tanh(data), "tanh", this);
        out.backwardStep = () -> grad += (1 - out.data * out.data) * out.grad;
        return out;
    }

    public Value relu() {
        Value out = result(Math.max(0, data), "relu", this);
        out.backwardStep = () -> grad += (data > 0 ? 1 : 0) * out.grad;
        return out;
    }

    /** The sum of many values as one node, so a long sum stays one step deep in the graph. */
    public static Value sum(List<Value> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException("sum expected one or more values but was given " + values);
        }
        Value out = new Value(values.stream().mapToDouble(v -> v.data).sum(), "sum", "", values);
        out.backwardStep = () -> values.forEach(v -> v.grad += out.grad);
        return out;
    }

    // --- Derived operations: built from the primitives, so they need no backward step of their own.

    public Value add(double other) { return add(of(other)); }
    public Value multiply(double other) { return multiply(of(other)); }
    public Value negate() { return multiply(-1); }
    public Value subtract(Value other) { return add(other(other, "subtract").negate()); }
    public Value subtract(double other) { return add(-other); }
    public Value divide(Value other) { return multiply(other(other, "divide").power(-1)); }
    public Value divide(double other) { return multiply(of(1 / other)); }
    public Value sigmoid() { return negate().exp().add(1).power(-1); }

    // --- Backpropagation. -----------------------------------------------------------------------

    /** Fills in {@code grad} of every value this one was computed from: d(this)/d(that value). */
    public void backward() {
        if (backwardCalled) {
            throw new IllegalStateException("backward() was already called on this value; gradients"
                    + " add up (+=), so a second call would count them twice. Zero the gradients"
                    + " (net.zeroGrad()), compute the result again and call backward() on the new one");
        }
        if (!Double.isFinite(data)) {
            throw new IllegalStateException("backward() was called on a value that is " + data
                    + "; the computation overflowed: lower the learning rate or check for a division by 0");
        }
        backwardCalled = true;
        List<Value> order = new ArrayList<>();
        topologicalOrder(this, new HashSet<>(), order);
        grad = 1;   // d(this)/d(this)
        // Reverse order: a value's gradient is complete once everything computed from it is done.
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep.run();
        }
    }

    // Recursive, so as deep as the longest chain of operations; Value.sum keeps long sums shallow.
    // Values are compared by identity (no equals), so two equal numbers stay two nodes.
    private static void topologicalOrder(Value v, Set<Value> visited, List<Value> order) {
        if (visited.add(v)) {
            v.parents.forEach(parent -> topologicalOrder(parent, visited, order));
            order.add(v);   // after all its parents
        }
    }

    // --- Reading and changing. ------------------------------------------------------------------

    public double data() { return data; }
    public double grad() { return grad; }
    public List<Value> parents() { return parents; }
    /** "+", "*", "tanh"... or "" for a value made with {@link #of}. */
    public String operation() { return operation; }
    public String label() { return label; }
    public void zeroGrad() { grad = 0; }

    /** Sets the number, e.g. for a gradient-descent step: {@code w.setData(w.data() - 0.1 * w.grad())}. */
    public void setData(double data) {
        if (!Double.isFinite(data)) {
            throw new IllegalArgumentException("setData expected a finite number but was given " + data
                    + "; if it came from a gradient step, lower the learning rate");
        }
        this.data = data;
    }

    @Override
    public String toString() {
        return "Value(" + (label.isEmpty() ? "" : label + ": ") + "data=" + GraphText.number(data)
                + ", grad=" + GraphText.number(grad) + ")";
    }

    /** The computation that made this value as an indented tree: inputs below the results. */
    public String graph() {
        return GraphText.of(this);
    }

    private static Value result(double data, String operation, Value... parents) {
        return new Value(data, operation, "", List.of(parents));
    }

    private static Value other(Value other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException(operation + " expected a Value but was given null;"
                    + " make one with Value.of(2.0), or pass a plain number");
        }
        return other;
    }
}
