package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static dlcourse.plot.PlotTesting.count;
import static dlcourse.plot.PlotTesting.render;
import static dlcourse.plot.PlotTesting.svgTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnrolledDiagramTest {

    @Test
    void oneBoxPerStepWithItsInputAndTheOutputAtTheEnd() throws Exception {
        PlotTesting.Rendered r = render(NetworkPlots.unrolled(4), "unrolled-rnn");
        String texts = svgTexts(r.svg());
        for (String part : new String[] {"h₀ = 0", "h₁", "h₂", "h₃", "h₄", "x₁", "x₄", "ŷ", "Wₕ", "Wₓ",
            "tanh", "unrolled over 4 steps", "the same Wₓ, Wₕ and b at every step"}) {
            assertTrue(texts.contains(part), "'" + part + "' missing from: " + texts);
        }
        assertEquals(4, texts.lines().filter("tanh"::equals).count(), "one cell per step");
        assertEquals(1, texts.lines().filter(s -> s.startsWith("ŷ")).count(), "sequence to one: one output");
        assertTrue(count(r.png(), Style.color(2), 10) > 200, "green input arrows");
        assertTrue(count(r.png(), Style.color(1), 10) > 50, "orange output arrow");
    }

    @Test
    void anOutputAtEveryStepForSequenceToSequence() throws Exception {
        PlotTesting.Rendered r = render(NetworkPlots.unrolled("LSTM", 3, true), "unrolled-lstm-every-step");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("ŷ₁") && texts.contains("ŷ₂") && texts.contains("ŷ₃"), texts);
        assertEquals(3, texts.lines().filter("LSTM"::equals).count(), texts);
        assertTrue(texts.contains("unrolled over 3 steps"), texts);
    }

    @Test
    void oneStepIsSingular() throws Exception {
        String texts = svgTexts(render(NetworkPlots.unrolled(1), "unrolled-one").svg());
        assertTrue(texts.contains("unrolled over 1 step\n"), texts);
    }

    @Test
    void subscriptsOfSeveralDigits() {
        assertEquals("₁₂", UnrolledDrawing.subscript(12));
        assertEquals("₀", UnrolledDrawing.subscript(0));
    }

    @Test
    void badArgumentsSayWhatToPass() {
        assertMessage(assertThrows(IllegalArgumentException.class, () -> NetworkPlots.unrolled(0)),
                "1 to 8 time steps", "given 0", "3 or 4");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> NetworkPlots.unrolled(40)),
                "given 40");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.unrolled(null, 3, false)), "name of the cell", "null");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.unrolled(" ", 3, false)), "blank");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.unrolled("long short-term memory", 3, false)), "short cell name", "LSTM");
    }

}
