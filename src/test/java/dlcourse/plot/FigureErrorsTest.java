package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("null chart", () -> Figure.of(null), "given null", "new XYChartBuilder().build()"),
                wrong("drawn figure of no size", () -> Figure.drawn(0, 300, g -> { }), "0×300",
                        "Figure.drawn(640, 400"),
                wrong("drawn figure too large", () -> Figure.drawn(5000, 300, g -> { }), "5000×300", "from 1 to 4000"),
                wrong("drawn figure without painter", () -> Figure.drawn(100, 100, null), "given null",
                        "g -> g.drawLine"),
                wrong("chart of a drawing", IllegalStateException.class,
                        () -> Figure.drawn("Sketch", 100, 50, g -> g.drawLine(0, 0, 100, 50)).chart(), "\"Sketch\"",
                        "Java2D drawing", "Figure.of(chart)"),
                wrong("row of nothing", () -> Figure.row("Empty"), "one or more figures", "[]",
                        "Figure.row(\"Compare\", a, b)"),
                wrong("row with a missing figure", () -> Figure.row("Pair", Figure.drawn(10, 10, g -> { }), null),
                        "null", "Figure.row(\"Compare\", a, b)"),
                wrong("row wider than a figure may be", () -> Figure.row("Wide", Figure.drawn(3000, 10, g -> { }),
                        Figure.drawn(3000, 10, g -> { })), "from 1 to 4000 pixels", "6000×"),
                wrong("scale out of range", () -> Figure.drawn(10, 10, g -> { }).toImage(0), "given 0",
                        "use 1 for normal screens"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void unknownFileEnding(@TempDir Path dir) {
        Figure a = Figure.drawn(10, 10, g -> { });
        assertMessage(assertThrows(IllegalArgumentException.class, () -> a.save(dir.resolve("x.jpg"))),
                "x.jpg", ".png or .svg");
    }
}
