package dlcourse.exercise;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExerciseBookTest {

    private static final String EXERCISE = """
            ## double: Double a number

            Write a function
            that doubles its input.

            ### answer

            %s

            ### hints

            - Multiply
              by 2.
            - x -> 2 * x

            ### solution

            ```
            x -> 2 * x
              (indented, kept)
            ## not a heading inside a solution
            ```
            """;

    private static Exercise read(String answer) {
        Map<String, Exercise.Builder> book = ExerciseBook.parse("test.md", EXERCISE.formatted(answer),
                id -> Checker.function(x -> 2 * x, 1e-9, -1, 0, 2.5));
        return book.get("double").id("double").build();
    }

    @Test
    void everyExerciseInTheFilesHasItsMethodAndEveryMethodItsExercise() {
        Set<String> methods = Arrays.stream(Exercises.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() == Exercise.class)
                .map(Method::getName).collect(Collectors.toSet());
        Set<String> inFiles = ExerciseBook.read().keySet();
        assertEquals(inFiles, methods);
        assertEquals(List.copyOf(inFiles), Exercises.all().stream().map(Exercise::id).toList(), "course order");
        assertEquals(47, inFiles.size());
    }

    @Test
    void linesJoinWithOneSpaceAndTheSolutionIsKeptAsWritten() {
        Exercise exercise = read("code");
        assertEquals("Double a number", exercise.title());
        assertEquals("Write a function that doubles its input.", exercise.question());
        assertTrue(exercise.hint().contains("Multiply by 2."), exercise.hint());
        assertTrue(exercise.solution().endsWith(":\nx -> 2 * x\n  (indented, kept)\n## not a heading inside a solution"), exercise.solution());
        assertTrue(exercise.check((java.util.function.DoubleUnaryOperator) x -> 2 * x).passed());
    }

    @Test
    void numberAnswerTriesTheMistakesInTheFilesOrder() {
        Exercise exercise = read("number 0.4 within 0.01\n\n- 0.3: too low by a little\n  (second line)\n- 0.305: lower");
        assertTrue(exercise.check(0.405).passed());
        CheckResult low = exercise.check(0.303);
        assertEquals(Status.WRONG, low.status());
        assertTrue(low.message().contains("too low by a little (second line)"), low.message());
    }

    @Test
    void arrayAnswerKnowsWrongArraysOfTheSameLength() {
        Exercise exercise = read("array 1, 2 within 1e-6\n\n- 2, 1: the two are swapped.");
        assertTrue(exercise.check(new double[] {1, 2}).passed());
        assertTrue(exercise.check(new double[] {2, 1}).message().contains("swapped"));
        assertEquals(Status.WRONG, exercise.check(new double[] {1, 3}).status());
    }

    @Test
    void wordAnswerTakesOtherSpellingsAndNamesTheChoices() {
        Exercise exercise = read("word b\n\n- a, alpha: \"{word}\" is not it.\n- b: \"b\" is right.\n- c: no.");
        assertTrue(exercise.check("  B ").passed());
        assertEquals("\"alpha\" is not it.", exercise.check("alpha").message());
        CheckResult other = exercise.check("d");
        assertEquals(Status.INVALID, other.status());
        assertTrue(other.message().contains("one of \"a\", \"b\" or \"c\""), other.message());
        assertTrue(exercise.check(3).message().contains("such as \"a\""));
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("heading without a title", EXERCISE.formatted("code").replace("## double: ", "## double "),
                        "line 1", "\"## id: title\""),
                broken("answer kind unknown", EXERCISE.formatted("fraction 1/2"), "line 8", "\"code\""),
                broken("number without tolerance", EXERCISE.formatted("number 4"), "within"),
                broken("number not a number", EXERCISE.formatted("number four within 1"), "not \"four\""),
                broken("number with two values", EXERCISE.formatted("number 1, 2 within 0.1"), "line 8", "one number"),
                broken("mistake without feedback", EXERCISE.formatted("number 4 within 1\n\n- 3"),
                        "\"- answer: what it tells the learner\""),
                broken("mistake twice", EXERCISE.formatted("number 4 within 1\n\n- 3: a\n- 3: b"), "comes twice"),
                broken("right word without its item", EXERCISE.formatted("word b\n\n- a: no\n- c: no"),
                        "with an item for it"),
                broken("no hints part", EXERCISE.formatted("code").replace("### hints", "### tips"),
                        "\"### hints\""),
                broken("solution not fenced", EXERCISE.formatted("code").replace("```\nx -> 2 * x\n  (", "x -> 2 * x\n  ("),
                        "between two lines"),
                broken("same id twice", EXERCISE.formatted("code") + EXERCISE.formatted("code"), "twice"),
                wrong("code answer without a checker", IllegalStateException.class,
                        () -> CodeAnswers.of("noSuchExercise"), "noSuchExercise", "CodeAnswers"));
    }

    private static Arguments broken(String input, String text, String... parts) {
        String[] all = Stream.concat(Stream.of("exercise file test.md"), Arrays.stream(parts)).toArray(String[]::new);
        return wrong(input, IllegalStateException.class, () -> ExerciseBook.parse("test.md", text, id -> null), all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesAreRefusedWithTheFileAndLine(String input, Class<? extends Throwable> type, Executable call,
                                                 String[] parts) {
        assertMessage(type, call, parts);
    }
}
