package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.plot.Figure;
import dlcourse.plot.Plots;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class JupyterExtensionTest {

    private final Renderer renderer = new Renderer();

    JupyterExtensionTest() {
        JupyterExtension.registerRenderers(renderer);
    }

    @Test
    void figureRendersAsPngWithItsLogicalSizeAndAReadableText() throws Exception {
        Figure figure = Plots.line("Square", new double[] {0, 1, 2}, new double[] {0, 1, 4});
        DisplayData data = renderer.render(figure);

        String base64 = (String) data.getData(MIMEType.IMAGE_PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        assertEquals(2 * figure.width(), image.getWidth());
        assertEquals("Figure \"Square\" (640×400 px, 1 series)", data.getData(MIMEType.TEXT_PLAIN));
        assertEquals(false, data.hasDataForType(MIMEType.IMAGE_SVG), "SVG only on request");
    }

    @Test
    void rawXChartChartAlsoRendersAsPng() {
        XYChart chart = new XYChartBuilder().width(300).height(200).title("raw").build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        DisplayData data = renderer.render(chart);
        assertTrue(data.hasDataForType(MIMEType.IMAGE_PNG));
        assertEquals("Figure \"raw\" (300×200 px, 1 series)", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void drawnFigureRendersAsPngAndSvg() throws Exception {
        Figure figure = Figure.drawn("Sketch", 120, 80, g -> g.drawString("hi", 10, 40));
        DisplayData data = renderer.render(figure);
        String base64 = (String) data.getData(MIMEType.IMAGE_PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        assertEquals(240, image.getWidth());
        assertEquals("Figure \"Sketch\" (120×80 px, drawn)", data.getData(MIMEType.TEXT_PLAIN));
        DisplayData svg = renderer.renderAs(figure, Map.of(), "image/svg+xml");
        assertTrue(((String) svg.getData(MIMEType.IMAGE_SVG)).contains(">hi</text>"));
    }

    @Test
    void svgIsRenderedWhenAskedFor() {
        Figure figure = Plots.line("Square", new double[] {0, 1}, new double[] {0, 1});
        DisplayData data = renderer.renderAs(figure, Map.of(), "image/svg+xml");
        assertTrue(((String) data.getData(MIMEType.IMAGE_SVG)).contains("<svg"));
    }

    @Test
    void exerciseQuestionRendersAsAFramedHtmlBoxWithEscapedText() {
        dlcourse.exercise.Exercise exercise = dlcourse.exercise.Exercises.relu();
        DisplayData data = renderer.render(exercise);
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<div") && html.contains("<b>Exercise: " + exercise.title()), html);
        assertTrue(html.contains(".hint()") && html.contains(".solution()"), html);
        String tagsOfTheBox = "</?(b|br|div|span|code|details|summary|pre)\\b";
        assertEquals(false, html.replaceAll(tagsOfTheBox, "").contains("<"), "question text is escaped: " + html);
        assertEquals(exercise.toString(), data.getData(MIMEType.TEXT_PLAIN));
    }
}
