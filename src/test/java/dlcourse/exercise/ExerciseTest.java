package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.nets.Mlp;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    private static final double SIGMOID_OF_MINUS_0_3 = 1 / (1 + Math.exp(0.3));   // 0.42556

    private final Exercise neuron = Exercises.neuronOutput();
    private final Exercise relu = Exercises.relu();
    private final Exercise derivative = Exercises.sigmoidDerivative();
    private final Exercise network = Exercises.networkWithParameters();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    // --- The question box. ---------------------------------------------------------------------------

    @Test
    void theQuestionBoxFoldsEveryHintAndTheSolutionAwayForReadersWithoutAKernel() {
        Exercise own = Exercise.builder("double", "Double <a> number")
                .question("Write a function that doubles its input.")
                .checker(Checker.function(x -> 2 * x, 1e-9, -1, 0, 2.5))
                .hints("Multiply by 2.", "x -> 2 * x & nothing else").solution("x -> 2 * x\n// twice x").build();
        String html = own.toHtml();
        assertTrue(html.contains("Double &lt;a&gt; number"), html);
        assertEquals(3, html.split("<details", -1).length - 1, "two hints and a solution: " + html);
        assertTrue(html.contains("<summary style=\"cursor:pointer;color:#1a5fb4\">Hint 2 of 2</summary>"), html);
        assertTrue(html.contains("x -&gt; 2 * x &amp; nothing else"), html);
        assertTrue(html.contains("dlcourse-solution") && html.contains("x -&gt; 2 * x\n// twice x</pre>"), html);
        assertFalse(html.contains("<details open"), "nothing is revealed before the reader asks");
    }

    // --- Numbers. ----------------------------------------------------------------------------------

    @Test
    void rightNumberPasses() {
        CheckResult result = neuron.check(SIGMOID_OF_MINUS_0_3);
        assertTrue(result.passed());
        assertEquals("✓ A neuron's output by hand: 0.425557 is right.", result.toString());
        assertTrue(neuron.check(0.4256).passed(), "4 decimals, worked out by hand, are enough");
    }

    @Test
    void wrongNumberGetsAHintThatGrowsWithEveryTry() {
        CheckResult first = neuron.check(1.5);
        assertEquals(Status.WRONG, first.status());
        assertEquals("✗ A neuron's output by hand: 1.5 is not right. Hint 1 of 2: First the weighted sum"
                + " z = w₁x₁ + w₂x₂ + w₃x₃ + b, then σ(z).", first.toString());
        CheckResult second = neuron.check(0.9);
        assertTrue(second.hint().startsWith("Hint 2 of 2: z = 0.6 - 0.4 - 0.6 + 0.1"), second.hint());
        assertTrue(second.hint().endsWith("Still stuck? Exercises.neuronOutput().solution() shows an answer."),
                second.hint());
        assertEquals(second.hint(), neuron.check(0.8).hint(), "the last hint stays once all are shown");
        assertEquals(3, neuron.wrongTries());
        assertTrue(neuron.check(SIGMOID_OF_MINUS_0_3).passed(), "a right answer still passes after wrong ones");
        assertEquals("", neuron.check(SIGMOID_OF_MINUS_0_3).hint());
    }

    @Test
    void almostRightNumberIsCalledClose() {
        CheckResult result = neuron.check(0.423);
        assertEquals(Status.WRONG, result.status());
        assertTrue(result.message().contains("0.423 is close but not within 0.001"), result.message());
    }

    @Test
    void aKnownMistakeGetsItsOwnFeedback() {
        assertTrue(neuron.check(-0.3).message().contains("weighted sum z"), neuron.check(-0.3).message());
        assertTrue(neuron.check(1 / (1 + Math.exp(0.4))).message().contains("bias b is missing"));
    }

    @Test
    void placeholderNumberIsNotAnsweredYetAndCostsNoHint() {
        CheckResult result = neuron.check(Double.NaN);
        assertEquals(Status.NOT_ANSWERED, result.status());
        assertEquals("○ A neuron's output by hand: not answered yet; replace Double.NaN with your number",
                result.toString());
        assertEquals(0, neuron.wrongTries());
        assertTrue(neuron.check(1.5).hint().startsWith("Hint 1 of 2"));
    }

    @Test
    void nullIsNotAnsweredYet() {
        Double missing = null;
        assertEquals(Status.NOT_ANSWERED, neuron.check(missing).status());
        DoubleUnaryOperator nothing = null;
        CheckResult result = relu.check(nothing);
        assertEquals(Status.NOT_ANSWERED, result.status());
        assertTrue(result.message().contains("null"), result.message());
        assertEquals(Status.NOT_ANSWERED, network.check((Object) null).status());
    }

    @Test
    void wrongKindOfAnswerSaysWhatWasExpected() {
        CheckResult text = neuron.check("0.4256");
        assertEquals(Status.INVALID, text.status());
        assertEquals("✗ A neuron's output by hand: expected a number such as 0.5 but was given the text"
                + " \"0.4256\"; write the number without quotes", text.toString());
        assertTrue(relu.check(3.0).message().contains("expected a function such as x -> 2 * x but was given the number 3"));
        assertTrue(network.check(new double[] {1, 2}).message().contains("expected a MultiLayerNetwork"));
        assertEquals(0, neuron.wrongTries() + relu.wrongTries() + network.wrongTries(), "not counted as tries");
    }

    // --- Functions. --------------------------------------------------------------------------------

    @Test
    void rightFunctionPasses() {
        assertEquals("✓ ReLU as a function: right at all 7 test points.", relu.check(z -> Math.max(0, z)).toString());
        assertTrue(relu.check(z -> z > 0 ? z : 0).passed());
        Function<Double, Double> boxed = z -> Math.max(0.0, z);
        assertTrue(relu.check(boxed).passed(), "a Function<Double, Double> works too");
    }

    @Test
    void wrongFunctionIsReportedAtTheFirstPointThatDiffers() {
        CheckResult result = relu.check(z -> z);
        assertEquals("✗ ReLU as a function: for input -3 your function gives -3 but should give 0. Hint 1 of 2:"
                + " ReLU passes positive numbers through unchanged and turns negative ones into 0.", result.toString());
        assertTrue(relu.check(z -> Math.min(0, z)).message().startsWith("for input -3 "));
        assertTrue(relu.check(z -> Math.abs(z)).message().startsWith("for input -3 your function gives 3"));
    }

    @Test
    void almostRightFunctionIsCalledClose() {
        // A finite difference with a large step: right to about 1e-3, not to the 1e-6 asked for.
        DoubleUnaryOperator sigmoid = z -> 1 / (1 + Math.exp(-z));
        CheckResult rough = derivative.check(z -> (sigmoid.applyAsDouble(z + 0.1) - sigmoid.applyAsDouble(z - 0.1)) / 0.2);
        assertEquals(Status.WRONG, rough.status());
        assertTrue(rough.message().contains("(close, but not within 0.000001)"), rough.message());
        // With a small step it is right to well within the tolerance.
        assertTrue(derivative.check(z -> (sigmoid.applyAsDouble(z + 1e-5) - sigmoid.applyAsDouble(z - 1e-5)) / 2e-5).passed());
        assertTrue(derivative.check(z -> sigmoid.applyAsDouble(z) * (1 - sigmoid.applyAsDouble(z))).passed());
        assertFalse(derivative.check(sigmoid).passed(), "σ itself is not its derivative");
    }

    @Test
    void throwingFunctionIsCaughtAndReported() {
        CheckResult result = relu.check(z -> {
            throw new ArithmeticException("/ by zero");
        });
        assertEquals(Status.WRONG, result.status());
        assertTrue(result.message().equals("for input -3 your function threw ArithmeticException (/ by zero)."),
                result.message());
        assertTrue(result.hint().startsWith("Hint 1 of 2"));
        Function<Double, Double> unboxesNull = z -> null;
        assertTrue(relu.check(unboxesNull).message().contains("threw NullPointerException"));
    }

    @Test
    void todoPlaceholdersAreNotAnsweredYet() {
        CheckResult todo = relu.check(z -> {
            throw new UnsupportedOperationException("TODO");
        });
        assertEquals("○ ReLU as a function: not answered yet; replace the code that throws"
                + " UnsupportedOperationException (TODO) with your own", todo.toString());
        assertEquals(Status.NOT_ANSWERED, relu.check(z -> Double.NaN).status());
        assertEquals(0, relu.wrongTries());
        // NaN at one point only is a real mistake, not a placeholder.
        assertTrue(relu.check(z -> z < 0 ? Double.NaN : z).message().contains("gives NaN"));
    }

    // --- Networks. ---------------------------------------------------------------------------------

    @Test
    void networkWithTheRightSizesPasses() {
        CheckResult result = network.check(Mlp.classifier(2, 2, 10));
        assertEquals("✓ A network with 52 parameters: 2 inputs, 2 outputs and 52 parameters, as asked.",
                result.toString());
    }

    @Test
    void networkWithTheWrongSizesSaysWhichWay() {
        assertTrue(network.check(Mlp.classifier(2, 2, 16)).message().contains("82 parameters, not 52; make it smaller."));
        assertTrue(network.check(Mlp.classifier(2, 2, 4)).message().contains("22 parameters, not 52; make it larger."));
        assertTrue(network.check(Mlp.classifier(3, 2, 10)).message().contains("3 inputs and 2 outputs; this task needs 2 and 2"));
    }

    @Test
    void uninitialisedNetworkSaysToCallInit() {
        MultiLayerNetwork raw = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new OutputLayer.Builder().nIn(2).nOut(2).build()).build());
        CheckResult result = network.check(raw);
        assertEquals(Status.INVALID, result.status());
        assertTrue(result.message().contains("call net.init()"), result.message());
    }

    // --- Hints, solutions, the catalogue. ----------------------------------------------------------

    @Test
    void hintGivesTheNextHintWithoutACheck() {
        assertTrue(derivative.hint().startsWith("Hint 1 of 3: The slope is largest at z = 0"));
        assertTrue(derivative.hint().startsWith("Hint 2 of 3"));
        assertTrue(derivative.check(z -> 0).hint().startsWith("Hint 3 of 3"));
        derivative.reset();
        assertTrue(derivative.hint().startsWith("Hint 1 of 3"));
    }

    @Test
    void solutionIsHiddenUntilAskedFor() {
        for (Exercise exercise : Exercises.all()) {
            String shown = exercise + exercise.question() + exercise.check(Double.NaN) + exercise.check(42.0);
            for (String line : exercise.solution().lines().skip(1).toList()) {
                assertFalse(shown.contains(line.strip()), exercise.id() + " shows \"" + line + "\" before solution()");
            }
        }
        assertFalse(neuron.toString().contains("0.42"), "the expected number is not in the question");
        assertTrue(neuron.solution().startsWith("Solution to \"A neuron's output by hand\":\n"));
        assertTrue(relu.solution().contains("z -> Math.max(0, z)"));
    }

    @Test
    void catalogueGivesTheSameExerciseEveryTimeSoHintsCarryOn() {
        assertSame(Exercises.relu(), Exercises.relu());
        Exercises.relu().check(z -> z);
        assertTrue(Exercises.relu().check(z -> z).hint().startsWith("Hint 2 of 2"));
        java.util.List<String> ids = Exercises.all().stream().map(Exercise::id).toList();
        assertEquals(java.util.List.of("neuronOutput", "relu", "sigmoidDerivative", "networkWithParameters"),
                ids.subList(0, 4), "the first chapter's exercises come first");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "every id once: " + ids);
        assertTrue(neuron.toString().startsWith("Exercise \"A neuron's output by hand\": A neuron has inputs"));
    }

    @Test
    void anExerciseOfYourOwn() {
        Exercise doubling = Exercise.builder("double", "Double a number")
                .question("Write a function that doubles its input.")
                .checker(Checker.function(x -> 2 * x, 1e-9, -1, 0, 2.5))
                .hints("Multiply by 2.").solution("x -> 2 * x").build();
        assertTrue(doubling.check(x -> x + x).passed());
        assertEquals("✗ Double a number: for input -1 your function gives -1 but should give -2. Hint 1 of 1:"
                + " Multiply by 2. Still stuck? solution() on this exercise shows an answer.",
                doubling.check(x -> x).toString());
        // A hand-written checker that throws is caught like a learner's code.
        Exercise fragile = Exercise.builder("fragile", "Fragile").question("?")
                .checker(answer -> CheckResult.correct(((String) answer).strip())).hints("h").solution("s").build();
        CheckResult result = fragile.check(42);
        assertEquals(Status.WRONG, result.status());
        assertTrue(result.message().startsWith("your answer threw ClassCastException"), result.message());
        assertTrue(fragile.check(" fine ").passed());
    }
}
