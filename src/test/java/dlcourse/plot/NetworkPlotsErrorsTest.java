package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlcourse.nets.Mlp;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkPlotsErrorsTest {

    @Test
    void tooManyNeuronsToDraw() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram(Mlp.classifier(784, 10, 64))),
                "at most 20 neurons per layer", "layer 0 has 784", "[784, 64, 10]", "net.summary()");
    }

    @Test
    void convolutionalNetwork() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram(PlotTesting.smallCnn())),
                "layer 0 (ConvolutionLayer) is not one", "ImagePlots.filters(net, 0)");
    }

    @Test
    void matricesThatDoNotChain() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram(new double[][] {{1, 2, 3}}, new double[][] {{1}, {2}})),
                "3 rows", "has 2", "[a][b] then [b][c]");
    }

    @Test
    void raggedMatrix() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram(new double[][] {{1, 2}, {3}})),
                "2×2", "a row has 1 values", "one weight per output neuron");
    }

    @Test
    void weightThatIsNaN() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram(new double[][] {{1, Double.NaN}})),
                "holds NaN", "did it diverge?");
    }

    @Test
    void noWeights() {
        assertMessage(assertThrows(IllegalArgumentException.class, () -> NetworkPlots.diagram()),
                "given none", "diagram(new double[][]");
    }

    @Test
    void wrongNumberOfInputLabels() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram(Mlp.classifier(2, 2, 3), List.of("x"), null)),
                "2 input labels", "given 1 [x]", "pass 2 names or null");
    }

    @Test
    void nullNetwork() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> NetworkPlots.diagram((org.deeplearning4j.nn.multilayer.MultiLayerNetwork) null)),
                "given null", "Mlp.classifier(2, 2, 16)");
    }
}
