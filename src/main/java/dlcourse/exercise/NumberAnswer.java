package dlcourse.exercise;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A number within {@code tolerance} of {@code expected}, with feedback for known mistakes: each
 * key of {@code mistakes} is a typical wrong answer, tried in the map's order, and its value what it
 * tells the learner. Made by {@link Checker#number} and by the exercise files' {@code number} answers.
 */
record NumberAnswer(double expected, double tolerance, Map<Double, String> mistakes) implements Checker {

    @Override
    public CheckResult check(Object given) {
        // A one-element INDArray (x.sum(), a network's single output) counts as its number.
        Object answer = given instanceof INDArray a && a.length() == 1 ? a.getDouble(0) : given;
        if (answer == null) {
            return CheckResult.notAnswered("not answered yet; the answer is null");
        }
        if (answer instanceof Double d && d.isNaN() || answer instanceof Float f && f.isNaN()) {
            return CheckResult.notAnswered("not answered yet; replace Double.NaN with your number");
        }
        if (!(answer instanceof Number)) {
            return CheckResult.invalid("expected a number such as 0.5 but was given "
                    + Answers.describe(answer)
                    + (answer instanceof CharSequence ? "; write the number without quotes" : ""));
        }
        double number = ((Number) answer).doubleValue();
        String shown = Answers.show(number);
        if (Answers.within(number, expected, tolerance)) {
            return CheckResult.correct(shown + " is right.");
        }
        for (Map.Entry<Double, String> mistake : mistakes.entrySet()) {
            if (Answers.within(number, mistake.getKey(), tolerance)) {
                return CheckResult.wrong(shown + " is not it: " + mistake.getValue());
            }
        }
        return CheckResult.wrong(Answers.close(number, expected, tolerance)
                ? shown + " is close but not within " + Answers.show(tolerance)
                        + "; keep more decimals in the steps in between."
                : shown + " is not right.");
    }
}
