package dlcourse.exercise;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExerciseErrorsTest {

    private static Exercise.Builder complete() {
        return Exercise.builder("double", "Double a number").question("Double it.")
                .checker(Checker.number(2, 0)).hints("Times 2.").solution("2");
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("blank id",
                        () -> Exercise.builder(" ", "T").question("q").checker(Checker.number(2, 0)).hints("h")
                                .solution("s").build(),
                        "\" \"", "e.g. \"relu\""),
                wrong("missing question", () -> complete().question(null).build(), "a question but was given null",
                        ".question("),
                wrong("missing checker", () -> complete().checker(null).build(), "given none",
                        "Checker.number(0.5, 1e-6)"),
                wrong("missing solution", () -> complete().solution("").build(), "a solution but was given \"\"",
                        ".solution("),
                wrong("function checker without points", () -> Checker.function(x -> x, 1e-6), "no points",
                        "Checker.function(x -> Math.max(0, x), 1e-9, -1, 0, 1)"),
                wrong("array checker without reference", () -> Checker.array((double[]) null, 0), "given null"),
                wrong("network checker with empty sizes", () -> Checker.network(0, 2, 10), "0 inputs", "1 or more"),
                wrong("checker returning null", IllegalStateException.class,
                        () -> complete().checker(answer -> null).build().check(2), "double returned null",
                        "CheckResult.correct("));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void missingOrBlankHints() {
        assertMessage(IllegalArgumentException.class,
                () -> Exercise.builder("x", "X").question("q").checker(Checker.number(2, 0)).solution("s").build(),
                "given []", ".hints(\"first\", \"second\")");
        assertMessage(IllegalArgumentException.class, () -> complete().hints("").build(), "given [Times 2., ]");
    }

    @Test
    void negativeOrNanTolerance() {
        assertMessage(IllegalArgumentException.class, () -> Checker.number(1, -0.1), "-0.1", "e.g. 1e-6");
        assertMessage(IllegalArgumentException.class, () -> Checker.array(new double[] {1}, Double.NaN), "NaN", "e.g. 1e-6");
    }

    @Test
    void accuracyCheckerWithImpossibleThreshold() {
        assertMessage(IllegalArgumentException.class,
                () -> Checker.accuracy(dlcourse.data.SyntheticData.moons(10, 0.1, 1), 1.5), "1.5", "(0, 1]");
        assertMessage(IllegalArgumentException.class, () -> Checker.accuracy(null, 0.9), "no data",
                "SyntheticData.moons(200, 0.15, 2)");
    }
}
