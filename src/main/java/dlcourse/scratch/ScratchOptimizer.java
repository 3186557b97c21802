package dlcourse.scratch;

import dlcourse.train.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Gradient descent and three of its refinements (momentum, RMSProp, Adam) in plain Java, on a
 * function of two parameters, so their paths can be drawn on the loss surface with
 * {@code SurfacePlots.lossSurface}. Each step reads the gradient at the current point, given or estimated
 * by central differences, and moves against it by its own rule; {@link #path} returns every point
 * visited, the start first. DL4J's optimizers ({@code dlcourse.train.Optimizer}) follow the same rules
 * for millions of weights at once.
 *
 * <pre>{@code
 * DoubleBinaryOperator loss = (x, y) -> 0.5 * x * x + 5 * y * y;
 * List<double[]> path = ScratchOptimizer.adam(0.3).path(loss, new double[] {-4, 1.5}, 60);
 * SurfacePlots.lossSurface("Adam", loss, new double[] {-5, 5}, new double[] {-2, 2}, Plots.series("Adam", path));
 * }</pre>
 */
public final class ScratchOptimizer {

    /** The denominator's guard in RMSProp and Adam, so a zero gradient never divides by zero. */
    public static final double EPSILON = 1e-8;

    /** The gradient of a function of two parameters: {@code (∂f/∂x, ∂f/∂y)} at (x, y). */
    @FunctionalInterface
    public interface Gradient {
        double[] at(double x, double y);
    }

    private enum Rule { SGD, MOMENTUM, RMSPROP, ADAM }

    private final Rule rule;
    private final double learningRate;
    private final double beta1;
    private final double beta2;

    private ScratchOptimizer(Rule rule, double learningRate, double beta1, double beta2) {
        this.rule = rule;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
    }

    /** Plain gradient descent: {@code θ ← θ − η·g}. */
    public static ScratchOptimizer sgd(double learningRate) {
        return new ScratchOptimizer(Rule.SGD, rate("sgd", learningRate), 0, 0);
    }

    /**
     * Momentum: a velocity that sums the gradients, older ones fading by {@code momentum} per step,
     * {@code v ← β·v + g}, then {@code θ ← θ − η·v}.
     */
    public static ScratchOptimizer momentum(double learningRate, double momentum) {
        return new ScratchOptimizer(Rule.MOMENTUM, rate("momentum", learningRate),
                fraction("momentum", "momentum", momentum, "0.9"), 0);
    }

    /**
     * RMSProp: each parameter's step divided by a running average of its squared gradient,
     * {@code s ← ρ·s + (1 − ρ)·g²}, then {@code θ ← θ − η·g / (√s + ε)}.
     */
    public static ScratchOptimizer rmsprop(double learningRate, double decay) {
        return new ScratchOptimizer(Rule.RMSPROP, rate("rmsprop", learningRate), 0,
                fraction("rmsprop", "decay", decay, "0.9"));
    }

    /** Adam with the usual averaging rates β₁ = 0.9 and β₂ = 0.999. */
    public static ScratchOptimizer adam(double learningRate) {
        return adam(learningRate, 0.9, 0.999);
    }

    /**
     * Adam: momentum's average of gradients {@code m} and RMSProp's average of squares {@code s},
     * both corrected for starting at 0 ({@code m̂ = m / (1 − β₁ᵗ)}, {@code ŝ = s / (1 − β₂ᵗ)}),
     * then {@code θ ← θ − η·m̂ / (√ŝ + ε)}.
     */
    public static ScratchOptimizer adam(double learningRate, double beta1, double beta2) {
        return new ScratchOptimizer(Rule.ADAM, rate("adam", learningRate),
                fraction("adam", "beta1", beta1, "0.9"), fraction("adam", "beta2", beta2, "0.999"));
    }

    /** The learning rate η. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * The points visited in {@code steps} steps from {@code start} (x, y), the start included, with
     * the gradient estimated by central differences. If a step leaves the finite numbers (a
     * diverging run), the path ends at the last finite point.
     */
    public List<double[]> path(DoubleBinaryOperator loss, double[] start, int steps) {
        if (loss == null) {
            throw new IllegalArgumentException("path expected a loss function of two parameters but was"
                    + " given null; e.g. (x, y) -> x * x + 10 * y * y");
        }
        return path(loss, (x, y) -> gradient(loss, x, y), start, steps);
    }

    /** The same with the gradient given, e.g. {@code (x, y) -> new double[] {2 * x, 20 * y}}. */
    public List<double[]> path(DoubleBinaryOperator loss, Gradient gradient, double[] start, int steps) {
        if (loss == null || gradient == null) {
            throw new IllegalArgumentException("path expected a loss function and its gradient but was"
                    + " given " + (loss == null ? "no loss" : "no gradient") + "; e.g. (x, y) -> x * x + 10 * y * y"
                    + " and (x, y) -> new double[] {2 * x, 20 * y}");
        }
        if (start == null || start.length != 2 || !Double.isFinite(start[0]) || !Double.isFinite(start[1])) {
            throw new IllegalArgumentException("path expected a start of two finite numbers (x, y) but was"
                    + " given " + Arrays.toString(start) + "; e.g. new double[] {-4, 1.5}");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("path expected 0 or more steps but was given " + steps
                    + "; 50 to 200 steps draw well");
        }
        double[] p = start.clone();
        double[] m = new double[2];
        double[] s = new double[2];
        List<double[]> path = new ArrayList<>(List.of(p.clone()));
        for (int t = 1; t <= steps; t++) {
            double[] g = gradient.at(p[0], p[1]);
            if (g == null || g.length != 2) {
                throw new IllegalArgumentException("path expected the gradient to return two numbers"
                        + " (∂f/∂x, ∂f/∂y) but at (" + p[0] + ", " + p[1] + ") it returned "
                        + Arrays.toString(g) + "; return new double[] {dx, dy}");
            }
            for (int i = 0; i < 2; i++) {
                p[i] -= learningRate * step(i, g[i], m, s, t);
            }
            if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])
                    || !Double.isFinite(loss.applyAsDouble(p[0], p[1]))) {
                break;
            }
            path.add(p.clone());
        }
        return path;
    }

    /** The direction parameter i moves in (before the learning rate), updating the running averages. */
    private double step(int i, double g, double[] m, double[] s, int t) {
        switch (rule) {
            case MOMENTUM:
                m[i] = beta1 * m[i] + g;
                return m[i];
            case RMSPROP:
                s[i] = beta2 * s[i] + (1 - beta2) * g * g;
                return g / (Math.sqrt(s[i]) + EPSILON);
            case ADAM:
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                s[i] = beta2 * s[i] + (1 - beta2) * g * g;
                double mHat = m[i] / (1 - Math.pow(beta1, t));
                double sHat = s[i] / (1 - Math.pow(beta2, t));
                return mHat / (Math.sqrt(sHat) + EPSILON);
            default:
                return g;
        }
    }

    /**
     * The gradient of {@code loss} at (x, y) by central differences,
     * {@code (f(x + h, y) − f(x − h, y)) / 2h} and the same along y, with h scaled to the point.
     */
    public static double[] gradient(DoubleBinaryOperator loss, double x, double y) {
        if (loss == null) {
            throw new IllegalArgumentException("gradient expected a loss function of two parameters but was"
                    + " given null; e.g. (x, y) -> x * x + 10 * y * y");
        }
        double hx = 1e-6 * Math.max(1, Math.abs(x));
        double hy = 1e-6 * Math.max(1, Math.abs(y));
        return new double[] {
            (loss.applyAsDouble(x + hx, y) - loss.applyAsDouble(x - hx, y)) / (2 * hx),
            (loss.applyAsDouble(x, y + hy) - loss.applyAsDouble(x, y - hy)) / (2 * hy)};
    }

    @Override
    public String toString() {
        switch (rule) {
            case MOMENTUM:
                return "momentum(learning rate " + learningRate + ", momentum " + beta1 + ")";
            case RMSPROP:
                return "RMSProp(learning rate " + learningRate + ", decay " + beta2 + ")";
            case ADAM:
                return "Adam(learning rate " + learningRate + ", beta1 " + beta1 + ", beta2 " + beta2 + ")";
            default:
                return "SGD(learning rate " + learningRate + ")";
        }
    }

    private static double rate(String name, double learningRate) {
        boolean adaptive = name.equals("adam") || name.equals("rmsprop");
        return Optimizer.checkLearningRate(name, learningRate, adaptive ? "0.001 to 0.1" : "0.01 to 0.5", adaptive);
    }

    private static double fraction(String name, String what, double value, String usual) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " expected " + what + " from 0 (inclusive) to 1"
                    + " (exclusive) but was given " + value + "; " + usual + " is the usual choice");
        }
        return value;
    }
}
