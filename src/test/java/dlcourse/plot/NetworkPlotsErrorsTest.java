package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import dlcourse.nets.Mlp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkPlotsErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("too many neurons to draw", () -> NetworkPlots.diagram(Mlp.classifier(784, 10, 64)),
                        "at most 20 neurons per layer", "layer 0 has 784", "[784, 64, 10]", "net.summary()"),
                wrong("convolutional network", () -> NetworkPlots.diagram(PlotTesting.smallCnn()),
                        "layer 0 (ConvolutionLayer) is not one", "ImagePlots.filters(net, 0)"),
                wrong("matrices that do not chain",
                        () -> NetworkPlots.diagram(new double[][] {{1, 2, 3}}, new double[][] {{1}, {2}}), "3 rows",
                        "has 2", "[a][b] then [b][c]"),
                wrong("ragged matrix", () -> NetworkPlots.diagram(new double[][] {{1, 2}, {3}}), "2×2",
                        "a row has 1 values", "one weight per output neuron"),
                wrong("weight that is NaN", () -> NetworkPlots.diagram(new double[][] {{1, Double.NaN}}), "holds NaN",
                        "did it diverge?"),
                wrong("no weights", () -> NetworkPlots.diagram(), "given none", "diagram(new double[][]"),
                wrong("wrong number of input labels",
                        () -> NetworkPlots.diagram(Mlp.classifier(2, 2, 3), List.of("x"), null), "2 input labels",
                        "given 1 [x]", "pass 2 names or null"),
                wrong("null network",
                        () -> NetworkPlots.diagram((org.deeplearning4j.nn.multilayer.MultiLayerNetwork) null),
                        "given null", "Mlp.classifier(2, 2, 16)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
