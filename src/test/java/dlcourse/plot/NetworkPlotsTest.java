package dlcourse.plot;

import static dlcourse.plot.PlotTesting.count;
import static dlcourse.plot.PlotTesting.render;
import static dlcourse.plot.PlotTesting.svgTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Mlp;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

class NetworkPlotsTest {

    @Test
    void signOfAWeightPicksItsColourAndSizeItsThickness() throws Exception {
        // Two inputs, one output: a strong positive and a strong negative weight.
        Figure figure = NetworkPlots.diagram(List.of("x₁", "x₂"), List.of("y"),
                new double[][] {{2.0}, {-2.0}});
        PlotTesting.Rendered r = render(figure, "network-two-weights");
        int blue = count(r.png(), Style.color(0), 8);
        int red = count(r.png(), Painting.WRONG, 8);
        assertTrue(blue > 500 && red > 500, "blue " + blue + " and red " + red + " lines");
        assertEquals(1.0, (double) blue / red, 0.25, "equal weights, equal lines");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("x₁") && texts.contains("y") && texts.contains("input (2)")
                && texts.contains("output (1)"), texts);
        assertEquals(3, circles(r), "one circle per neuron");
    }

    @Test
    void weakWeightsAreThinnerThanStrongOnes() throws Exception {
        Figure strong = NetworkPlots.diagram(new double[][] {{1.0, 0.1}});
        PlotTesting.Rendered r = render(strong, "network-strong-weak");
        // Line widths go from 0.5 px (no weight) to 5 px (the largest): 1.0 → 5, 0.1 → 0.95.
        String svg = r.svgText();
        assertTrue(svg.contains("stroke-width:5;") && svg.contains("stroke-width:0.95;"), svg);
    }

    /** Neurons drawn: circles with an outline (each is also filled white first). */
    private static int circles(PlotTesting.Rendered r) {
        int n = 0;
        org.w3c.dom.NodeList ellipses = r.svg().getElementsByTagName("ellipse");
        for (int i = 0; i < ellipses.getLength(); i++) {
            String style = ((org.w3c.dom.Element) ellipses.item(i)).getAttribute("style");
            if (style.contains("fill:none")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void diagramOfAnMlpShowsItsLayersAndActivations() throws Exception {
        MultiLayerNetwork net = Mlp.classifier(2, 3, 6, 4);
        Figure figure = NetworkPlots.diagram(net, List.of("x₁", "x₂"), List.of("red", "green", "blue"));
        PlotTesting.Rendered r = render(figure, "network-mlp");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("Network 2 → 6 → 4 → 3"), texts);
        assertTrue(texts.contains("hidden 1 (6)") && texts.contains("hidden 2 (4)"), texts);
        assertTrue(texts.contains("relu") && texts.contains("softmax"), texts);
        assertTrue(texts.contains("green"), texts);
        assertEquals(2 + 6 + 4 + 3, circles(r));
        assertTrue(count(r.png(), Painting.WRONG, 60) > 50 && count(r.png(), Style.color(0), 60) > 50,
                "random weights of both signs");
    }
}
