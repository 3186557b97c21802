package dlcourse.exercise;

import dlcourse.train.Trainer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Decides whether an answer is right. The factories cover numbers, arrays, functions and networks;
 * a lambda returning a {@link CheckResult} covers anything else. Messages say what is wrong without
 * giving the expected answer away, except a function's value at the first point that differs.
 *
 * <pre>{@code
 * Checker output = Checker.number(0.4256, 1e-3);
 * Checker relu = Checker.function(x -> Math.max(0, x), 1e-9, -2, -0.5, 0, 0.5, 2);
 * Checker net = Checker.network(2, 2, 52).andThen(Checker.accuracy(testData, 0.9));
 * }</pre>
 */
@FunctionalInterface
public interface Checker {

    /** Checks {@code answer}, which may be null or of any type; the exercise catches what it throws. */
    CheckResult check(Object answer);

    /** This check, then {@code next} once this one passes (e.g. the sizes, then the accuracy). */
    default Checker andThen(Checker next) {
        return answer -> {
            CheckResult first = check(answer);
            return first.passed() ? next.check(answer) : first;
        };
    }

    /** A number within {@code tolerance} of {@code expected} (relative to it where it is above 1). */
    static Checker number(double expected, double tolerance) {
        return number(expected, tolerance, Map.of());
    }

    /**
     * A number, with feedback for known mistakes: {@code mistakes} maps a typical wrong answer
     * (e.g. the sum before the activation) to what it tells the learner.
     */
    static Checker number(double expected, double tolerance, Map<Double, String> mistakes) {
        checkTolerance(tolerance);
        return new NumberAnswer(expected, tolerance, Collections.unmodifiableMap(new LinkedHashMap<>(mistakes)));
    }

    /** An array (double[], float[], int[], double[][], a List of numbers, an INDArray) like this one. */
    static Checker array(double[] expected, double tolerance) {
        if (expected == null) {
            throw new IllegalArgumentException("Checker.array expected the reference numbers but was given"
                    + " null");
        }
        return array(expected.clone(), new long[] {expected.length}, tolerance);
    }

    /** An array like {@code expected} in shape and, within {@code tolerance}, in every element. */
    static Checker array(INDArray expected, double tolerance) {
        if (expected == null) {
            throw new IllegalArgumentException("Checker.array expected the reference array but was given"
                    + " null");
        }
        return array(Answers.numbers(expected), expected.shape(), tolerance);
    }

    private static Checker array(double[] expected, long[] shape, double tolerance) {
        checkTolerance(tolerance);
        return answer -> {
            double[] given = Answers.numbers(answer);
            if (answer == null) {
                return CheckResult.notAnswered("not answered yet; the answer is null");
            }
            if (given == null) {
                return CheckResult.invalid("expected an array of " + expected.length + " numbers but was"
                        + " given " + Answers.describe(answer));
            }
            if (given.length > 0 && Arrays.stream(given).allMatch(Double::isNaN)) {
                return CheckResult.notAnswered("not answered yet; the array holds only NaN");
            }
            long[] givenShape = Answers.shape(answer, given.length);
            // A flat answer may hold a matrix's numbers row by row; two matrices must agree in shape.
            if (given.length != expected.length
                    || shape.length > 1 && givenShape.length > 1 && !Arrays.equals(shape, givenShape)) {
                return CheckResult.wrong("your array has shape " + Arrays.toString(givenShape)
                        + " but the answer has shape " + Arrays.toString(shape) + ".");
            }
            for (int i = 0; i < expected.length; i++) {
                if (!Answers.within(given[i], expected[i], tolerance)) {
                    String where = shape.length == 2 ? i / shape[1] + ", " + i % shape[1] : String.valueOf(i);
                    String how = Answers.close(given[i], expected[i], tolerance)
                            ? "close but not within " + Answers.show(tolerance) : "which is not right";
                    return CheckResult.wrong("element [" + where + "] is " + Answers.show(given[i]) + ", "
                            + how + (i > 0 ? " (the elements before it are right)." : "."));
                }
            }
            return CheckResult.correct("all " + expected.length + " numbers are right.");
        };
    }

    /**
     * A function of one number that agrees with {@code reference} at every point of {@code at};
     * a difference is reported at the first point where it appears.
     */
    static Checker function(DoubleUnaryOperator reference, double tolerance, double... at) {
        if (reference == null || at == null || at.length == 0) {
            throw new IllegalArgumentException("Checker.function expected a reference function and 1 or"
                    + " more points to compare at but was given "
                    + (reference == null ? "no function" : "no points")
                    + "; e.g. Checker.function(x -> Math.max(0, x), 1e-9, -1, 0, 1)");
        }
        checkTolerance(tolerance);
        double[] points = at.clone();
        return answer -> {
            DoubleUnaryOperator f = Answers.function(answer);
            if (answer == null) {
                return CheckResult.notAnswered("not answered yet; the function is null");
            }
            if (f == null) {
                return CheckResult.invalid("expected a function such as x -> 2 * x but was given "
                        + Answers.describe(answer));
            }
            double[] given = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                try {
                    given[i] = f.applyAsDouble(points[i]);
                } catch (UnsupportedOperationException e) {
                    return CheckResult.notAnswered("not answered yet; replace the code that throws "
                            + Answers.describe(e) + " with your own");
                } catch (RuntimeException | StackOverflowError e) {
                    return CheckResult.wrong("for input " + Answers.show(points[i]) + " your function threw "
                            + Answers.describe(e) + ".");
                }
            }
            if (Arrays.stream(given).allMatch(Double::isNaN)) {
                return CheckResult.notAnswered("not answered yet; your function returns NaN everywhere");
            }
            for (int i = 0; i < points.length; i++) {
                double expected = reference.applyAsDouble(points[i]);
                if (!Answers.within(given[i], expected, tolerance)) {
                    return CheckResult.wrong("for input " + Answers.show(points[i]) + " your function gives "
                            + Answers.show(given[i]) + " but should give " + Answers.show(expected)
                            + (Answers.close(given[i], expected, tolerance)
                                    ? " (close, but not within " + Answers.show(tolerance) + ")." : "."));
                }
            }
            return CheckResult.correct("right at all " + points.length + " test points.");
        };
    }

    /** A DL4J network with this many inputs, outputs and parameters (weights plus biases). */
    static Checker network(int inputs, int outputs, long parameters) {
        if (inputs < 1 || outputs < 1 || parameters < 1) {
            throw new IllegalArgumentException("Checker.network expected sizes of 1 or more but was given "
                    + inputs + " inputs, " + outputs + " outputs, " + parameters + " parameters");
        }
        return answer -> {
            CheckResult unusable = unusableNetwork(answer);
            if (unusable != null) {
                return unusable;
            }
            MultiLayerNetwork net = (MultiLayerNetwork) answer;
            long givenInputs = net.layerInputSize(0);
            long givenOutputs = net.layerSize(net.getnLayers() - 1);
            if (givenInputs != inputs || givenOutputs != outputs) {
                return CheckResult.wrong("your network has " + givenInputs + " inputs and " + givenOutputs
                        + " outputs; this task needs " + inputs + " and " + outputs + ".");
            }
            long given = net.numParams();
            if (given != parameters) {
                return CheckResult.wrong("your network has " + given + " parameters, not " + parameters
                        + (given > parameters ? "; make it smaller." : "; make it larger."));
            }
            return CheckResult.correct(inputs + " inputs, " + outputs + " outputs and " + parameters
                    + " parameters, as asked.");
        };
    }

    /** A DL4J classifier whose accuracy on {@code data} is at least {@code threshold}. */
    static Checker accuracy(DataSet data, double threshold) {
        if (data == null || data.isEmpty() || !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("Checker.accuracy expected data with examples and a"
                    + " threshold in (0, 1] but was given " + (data == null ? "no data" : "data") + " and "
                    + threshold + "; e.g. Checker.accuracy(SyntheticData.moons(200, 0.15, 2), 0.9)");
        }
        return answer -> {
            CheckResult unusable = unusableNetwork(answer);
            if (unusable != null) {
                return unusable;
            }
            MultiLayerNetwork net = (MultiLayerNetwork) answer;
            long features = data.getFeatures().size(1);
            long classes = data.getLabels().size(1);
            long inputs = net.layerInputSize(0);
            long outputs = net.layerSize(net.getnLayers() - 1);
            if (inputs != features || outputs != classes) {
                return CheckResult.invalid("expected a network with " + features + " inputs and " + classes
                        + " outputs for this data but yours has " + inputs + " and " + outputs);
            }
            double accuracy = Trainer.accuracy(net, data);
            String measured = "accuracy " + Answers.show(Math.round(accuracy * 1000) / 10.0)
                    + "% on the check data";
            String needed = Answers.show(threshold * 100) + "%";
            return accuracy >= threshold
                    ? CheckResult.correct(measured + " (at least " + needed + " needed).")
                    : CheckResult.wrong(measured + ", below the " + needed + " needed.");
        };
    }

    private static CheckResult unusableNetwork(Object answer) {
        if (answer == null) {
            return CheckResult.notAnswered("not answered yet; the network is null");
        }
        if (!(answer instanceof MultiLayerNetwork net)) {
            return CheckResult.invalid("expected a MultiLayerNetwork, e.g. from Mlp.classifier(...), but was"
                    + " given " + Answers.describe(answer));
        }
        if (!net.isInitCalled()) {
            return CheckResult.invalid("the network is not initialised yet; call net.init() after"
                    + " new MultiLayerNetwork(...) (the Mlp builders do it for you)");
        }
        return null;
    }

    private static void checkTolerance(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("Checker expected a tolerance of 0 or more but was given "
                    + tolerance + "; e.g. 1e-6 for computed numbers, 1e-3 for numbers worked out by hand");
        }
    }
}
