package dlcourse.exercise;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Turns a learner's answer into the form a checker compares, and describes answers in messages. */
final class Answers {

    private Answers() {
    }

    /** |answer − expected| within tolerance, taken relative to |expected| where that is above 1. */
    static boolean within(double answer, double expected, double tolerance) {
        return Math.abs(answer - expected) <= tolerance * Math.max(1, Math.abs(expected));
    }

    /** Wrong but near: within ten tolerances, or 1% of the expected value. */
    static boolean close(double answer, double expected, double tolerance) {
        return within(answer, expected, 10 * tolerance)
                || Math.abs(answer - expected) <= 0.01 * Math.abs(expected);
    }

    /** The answer as a function of one number, or null when it is not one. */
    @SuppressWarnings("unchecked")
    static DoubleUnaryOperator function(Object answer) {
        if (answer instanceof DoubleUnaryOperator f) {
            return f;
        }
        if (answer instanceof Function<?, ?> f) {
            // A Function<Double, Double> from a learner; a wrong kind fails when called, and is reported.
            return x -> ((Function<Double, Number>) f).apply(x).doubleValue();
        }
        return null;
    }

    /** The answer's numbers, row by row, or null when it is not an array of numbers. */
    static double[] numbers(Object answer) {
        if (answer instanceof double[] a) {
            return a.clone();
        }
        if (answer instanceof float[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = a[i];
            }
            return d;
        }
        if (answer instanceof int[] a) {
            return java.util.Arrays.stream(a).asDoubleStream().toArray();
        }
        if (answer instanceof double[][] a) {
            return java.util.Arrays.stream(a).flatMapToDouble(java.util.Arrays::stream).toArray();
        }
        if (answer instanceof INDArray a) {
            return a.castTo(DataType.DOUBLE).reshape(a.length()).toDoubleVector();
        }
        if (answer instanceof Collection<?> c && c.stream().allMatch(x -> x instanceof Number)) {
            return c.stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
        }
        return null;
    }

    /** The answer's shape: [n] for a flat array or list, [rows, columns] for double[][] and matrices. */
    static long[] shape(Object answer, int length) {
        if (answer instanceof INDArray a) {
            return a.shape();
        }
        if (answer instanceof double[][] a) {
            return new long[] {a.length, a.length == 0 ? 0 : a[0].length};
        }
        return new long[] {length};
    }

    /** A short description of what the learner gave, for "expected X but was given Y". */
    static String describe(Object answer) {
        if (answer == null) {
            return "null";
        }
        if (answer instanceof Number n) {
            return "the number " + show(n.doubleValue());
        }
        if (answer instanceof CharSequence s) {
            return "the text \"" + s + "\"";
        }
        if (numbers(answer) != null) {
            return "an array of " + numbers(answer).length + " numbers";
        }
        if (function(answer) != null) {
            return "a function";
        }
        return "a " + answer.getClass().getSimpleName();
    }

    /** An exception as a learner reads it: its type and message, e.g. ArithmeticException (/ by zero). */
    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** A number with up to 6 significant digits: what a learner recognises as theirs. */
    static String show(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
