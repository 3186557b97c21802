package dlcourse.exercise;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;

class ExerciseErrorsTest {

    private static Exercise.Builder complete() {
        return Exercise.builder("double", "Double a number").question("Double it.")
                .checker(Checker.number(2, 0)).hints("Times 2.").solution("2");
    }

    @Test
    void blankId() {
        assertMessage(IllegalArgumentException.class, () -> Exercise.builder(" ", "T").question("q")
                .checker(Checker.number(2, 0)).hints("h").solution("s").build(), "\" \"", "e.g. \"relu\"");
    }

    @Test
    void missingQuestion() {
        assertMessage(IllegalArgumentException.class, () -> complete().question(null).build(),
                "a question but was given null", ".question(");
    }

    @Test
    void missingChecker() {
        assertMessage(IllegalArgumentException.class, () -> complete().checker(null).build(),
                "given none", "Checker.number(0.5, 1e-6)");
    }

    @Test
    void missingOrBlankHints() {
        assertMessage(IllegalArgumentException.class,
                () -> Exercise.builder("x", "X").question("q").checker(Checker.number(2, 0)).solution("s").build(),
                "given []", ".hints(\"first\", \"second\")");
        assertMessage(IllegalArgumentException.class, () -> complete().hints("").build(), "given [Times 2., ]");
    }

    @Test
    void missingSolution() {
        assertMessage(IllegalArgumentException.class, () -> complete().solution("").build(),
                "a solution but was given \"\"", ".solution(");
    }

    @Test
    void negativeOrNanTolerance() {
        assertMessage(IllegalArgumentException.class, () -> Checker.number(1, -0.1), "-0.1", "e.g. 1e-6");
        assertMessage(IllegalArgumentException.class, () -> Checker.array(new double[] {1}, Double.NaN), "NaN", "e.g. 1e-6");
    }

    @Test
    void functionCheckerWithoutPoints() {
        assertMessage(IllegalArgumentException.class, () -> Checker.function(x -> x, 1e-6), "no points",
                "Checker.function(x -> Math.max(0, x), 1e-9, -1, 0, 1)");
    }

    @Test
    void arrayCheckerWithoutReference() {
        assertMessage(IllegalArgumentException.class, () -> Checker.array((double[]) null, 0), "given null");
    }

    @Test
    void networkCheckerWithEmptySizes() {
        assertMessage(IllegalArgumentException.class, () -> Checker.network(0, 2, 10), "0 inputs", "1 or more");
    }

    @Test
    void accuracyCheckerWithImpossibleThreshold() {
        assertMessage(IllegalArgumentException.class,
                () -> Checker.accuracy(dlcourse.data.SyntheticData.moons(10, 0.1, 1), 1.5), "1.5", "(0, 1]");
        assertMessage(IllegalArgumentException.class, () -> Checker.accuracy(null, 0.9), "no data",
                "SyntheticData.moons(200, 0.15, 2)");
    }

    @Test
    void checkerReturningNull() {
        Exercise broken = complete().checker(answer -> null).build();
        assertMessage(IllegalStateException.class, () -> broken.check(2), "double returned null",
                "CheckResult.correct(");
    }
}
