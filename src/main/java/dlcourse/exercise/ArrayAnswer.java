package dlcourse.exercise;

import java.util.Map;

/**
 * An array of numbers like {@code expected}, each within {@code tolerance}, with feedback for known
 * wrong arrays of the same length (the old weights, a step the wrong way), tried in the map's order.
 * Made by the exercise files' {@code array} answers; {@link Checker#array} says what counts as an array.
 */
record ArrayAnswer(double[] expected, double tolerance, Map<double[], String> mistakes) implements Checker {

    @Override
    public CheckResult check(Object answer) {
        double[] given = Answers.numbers(answer);
        if (given != null && given.length == expected.length) {
            for (Map.Entry<double[], String> mistake : mistakes.entrySet()) {
                if (same(given, mistake.getKey())) {
                    return CheckResult.wrong(mistake.getValue());
                }
            }
        }
        return Checker.array(expected, tolerance).check(answer);
    }

    private boolean same(double[] given, double[] other) {
        for (int i = 0; i < other.length; i++) {
            if (!Answers.within(given[i], other[i], tolerance)) {
                return false;
            }
        }
        return true;
    }
}
