package dlcourse.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class FigureTest {

    private final Figure figure = Plots.line("Square", new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});

    @Test
    void pngIsDrawnAtTwiceTheLogicalSizeOnAWhiteBackground() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.toPng()));
        assertEquals(2 * Style.WIDTH, image.getWidth());
        assertEquals(2 * Style.HEIGHT, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF, "corner should be white");
        boolean inked = false;
        for (int x = 0; x < image.getWidth() && !inked; x += 3) {
            for (int y = 0; y < image.getHeight() && !inked; y += 3) {
                inked = (image.getRGB(x, y) & 0xFFFFFF) == Style.color(0).getRGB() - 0xFF000000;
            }
        }
        assertTrue(inked, "the line should be drawn in the first palette colour");
    }

    @Test
    void savesPngAndSvgByFileEnding(@TempDir Path dir) throws Exception {
        Path png = figure.save(dir.resolve("sub/plot.png"));
        Path svg = figure.save(dir.resolve("plot.svg"));
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
        assertTrue(Files.readString(svg).contains("<svg"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> figure.save(dir.resolve("plot.jpg")));
        assertTrue(e.getMessage().contains(".png or .svg"), e.getMessage());
    }

    @Test
    void textFormNamesTheFigureNotAnObjectAddress() {
        assertEquals("Figure \"Square\" (640×400 px, 1 series)", figure.toString());
        assertNotEquals(-1, figure.toString().indexOf("Square"));
    }

    @Test
    void descriptionNamesTitleAxesAndTheSeriesOfTheLegend() {
        XYChart chart = new XYChartBuilder().title("Loss per epoch").xAxisTitle("epoch").yAxisTitle("loss").build();
        chart.addSeries("training", new double[] {1, 2}, new double[] {0.9, 0.5});
        chart.addSeries("validation", new double[] {1, 2}, new double[] {1.0, 0.7});
        chart.addSeries("marker", new double[] {2}, new double[] {0.5}).setShowInLegend(false);
        assertEquals("Loss per epoch. Horizontal axis: epoch. Vertical axis: loss. Series: training, validation.",
                Figure.of(chart).description());
        assertEquals("Chart.", Figure.of(new XYChartBuilder().build()).description());
        assertEquals("Figure.", Figure.drawn(20, 10, g -> { }).description());
        assertEquals("Red square.", Figure.drawn("Red square", 20, 10, g -> { }).description());
        assertEquals("Why?", Figure.drawn("Why?", 20, 10, g -> { }).description());
    }

    @Test
    void drawnFigurePaintsOnWhiteAtTwiceTheSize() throws Exception {
        Figure drawing = Figure.drawn("Red square", 200, 100, g -> {
            g.setColor(java.awt.Color.RED);
            g.fillRect(50, 25, 20, 10);
            g.setColor(java.awt.Color.BLACK);
            g.drawString("hello & <goodbye>", 100, 60);
        });
        PlotTesting.Rendered r = PlotTesting.render(drawing, "figure-drawn");
        assertEquals(0xFFFFFF, r.png().getRGB(2, 2) & 0xFFFFFF, "white background");
        assertEquals(0xFF0000, r.png().getRGB(2 * 60, 2 * 30) & 0xFFFFFF, "red square at (60, 30)");
        assertEquals(40 * 20, PlotTesting.count(r.png(), java.awt.Color.RED, 0), "20×10 logical px at 2×");
        assertTrue(PlotTesting.svgTexts(r.svg()).contains("hello & <goodbye>"), r.svgText());
        assertEquals("Figure \"Red square\" (200×100 px, drawn)", drawing.toString());
        assertEquals(false, drawing.isChart());
    }

    @Test
    void rowPlacesFiguresSideBySideUnderOneTitle() throws Exception {
        Figure left = Figure.drawn(100, 80, g -> {
            g.setColor(java.awt.Color.BLUE);
            g.fillRect(0, 0, 100, 80);
        });
        Figure right = Plots.line("Square", new double[] {0, 1, 2}, new double[] {0, 1, 4});
        Figure row = Figure.row("Both", left, right);
        assertEquals(100 + Style.WIDTH, row.width());
        assertEquals(Painting.TITLE_HEIGHT + Style.HEIGHT, row.height());
        PlotTesting.Rendered r = PlotTesting.render(row, "figure-row");
        assertEquals(0x0000FF, r.png().getRGB(2 * 50, 2 * (Painting.TITLE_HEIGHT + 40)) & 0xFFFFFF,
                "the left panel under the title");
        assertTrue(PlotTesting.count(r.png(), Style.color(0), 10) > 200, "the chart's line on the right");
        assertTrue(PlotTesting.svgTexts(r.svg()).contains("Both"));
        assertEquals("Both. Panel 1 of 2: Figure. Panel 2 of 2: " + right.description(), row.description());
        assertEquals(row.description(), row.resized(200, 100).description(), "a resized row keeps its panels");
        assertTrue(Figure.row(null, left, right).description().startsWith("2 figures side by side. Panel 1"));
    }

    @Test
    void resizedChartIsLaidOutAgainAndResizedDrawingIsScaled() throws Exception {
        Figure small = figure.resized(320, 240);
        assertEquals(320, small.width());
        assertEquals(240, small.height());
        assertEquals(Style.WIDTH, figure.width(), "the original keeps its size");
        PlotTesting.Rendered r = PlotTesting.render(small, "figure-resized");
        assertEquals(2 * 320, r.png().getWidth());
        assertTrue(PlotTesting.count(r.png(), Style.color(0), 10) > 100, "the line is drawn");
        assertEquals("Figure \"Square\" (320×240 px, 1 series)", small.toString());

        Figure square = Figure.drawn(100, 50, g -> {
            g.setColor(java.awt.Color.RED);
            g.fillRect(0, 0, 50, 50);
        }).resized(200, 100);
        BufferedImage image = square.toImage(1);
        assertEquals(0xFF0000, image.getRGB(90, 50) & 0xFFFFFF, "the red half doubled");
        assertEquals(0xFFFFFF, image.getRGB(110, 50) & 0xFFFFFF, "the white half doubled");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> figure.resized(0, 10));
        assertTrue(e.getMessage().contains("0×10"), e.getMessage());
    }

    @Test
    void mismatchedArraysAreRejectedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.line("bad", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("2 values and 1 values"), e.getMessage());
    }
}
