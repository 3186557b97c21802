package dlcourse.plot;

import static dlcourse.plot.PlotTesting.assertInked;
import static dlcourse.plot.PlotTesting.count;
import static dlcourse.plot.PlotTesting.render;
import static dlcourse.plot.PlotTesting.svgTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LstmCellDrawingTest {

    @Test
    void showsTheStateLineTheGatesAndTheNodes() throws Exception {
        Figure figure = NetworkPlots.lstmCell();
        assertFalse(figure.isChart());
        assertEquals(LstmCellDrawing.WIDTH, figure.width());
        assertEquals(LstmCellDrawing.HEIGHT, figure.height());
        assertTrue(figure.toString().contains("LSTM cell"), figure.toString());
        PlotTesting.Rendered r = render(figure, "lstm-cell");
        assertInked(r.png());
        assertTrue(count(r.png(), Style.color(0), 8) > 1000, "the blue cell-state line");
        assertTrue(count(r.png(), Style.color(2), 8) > 500, "the green gates");
        String texts = svgTexts(r.svg());
        for (String text : new String[] {"σ", "tanh", "⊙", "+", "forget f", "input i", "candidate g", "output o"}) {
            assertTrue(texts.contains(text), text + " in " + texts);
        }
    }
}
