package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureErrorsTest {

    @Test
    void nullChart() {
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Figure.of(null)),
                "given null", "new XYChartBuilder().build()");
    }

    @Test
    void drawnFigureOfNoSize() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Figure.drawn(0, 300, g -> { })), "0×300", "Figure.drawn(640, 400");
    }

    @Test
    void drawnFigureTooLarge() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Figure.drawn(5000, 300, g -> { })), "5000×300", "from 1 to 4000");
    }

    @Test
    void drawnFigureWithoutPainter() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Figure.drawn(100, 100, null)), "given null", "g -> g.drawLine");
    }

    @Test
    void chartOfADrawing() {
        Figure drawing = Figure.drawn("Sketch", 100, 50, g -> g.drawLine(0, 0, 100, 50));
        assertMessage(assertThrows(IllegalStateException.class, drawing::chart),
                "\"Sketch\"", "Java2D drawing", "Figure.of(chart)");
    }

    @Test
    void rowOfNothing() {
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Figure.row("Empty")),
                "one or more figures", "[]", "Figure.row(\"Compare\", a, b)");
    }

    @Test
    void rowWithAMissingFigure() {
        Figure a = Figure.drawn(10, 10, g -> { });
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Figure.row("Pair", a, null)),
                "null", "Figure.row(\"Compare\", a, b)");
    }

    @Test
    void scaleOutOfRange() {
        Figure a = Figure.drawn(10, 10, g -> { });
        assertMessage(assertThrows(IllegalArgumentException.class, () -> a.toImage(0)),
                "given 0", "use 1 for normal screens");
    }

    @Test
    void unknownFileEnding(@TempDir Path dir) {
        Figure a = Figure.drawn(10, 10, g -> { });
        assertMessage(assertThrows(IllegalArgumentException.class, () -> a.save(dir.resolve("x.jpg"))),
                "x.jpg", ".png or .svg");
    }
}
