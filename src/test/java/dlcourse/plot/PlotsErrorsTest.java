package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.History;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class PlotsErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("line with mismatched lengths",
                        () -> Plots.line("bad", new double[] {1, 2, 3}, new double[] {1, 2}), "3 values and 2 values",
                        "one y value for every x value"),
                wrong("line with NaN", () -> Plots.line("bad", new double[] {1, 2}, new double[] {1, Double.NaN}),
                        "y[1] is NaN", "remove or replace"),
                wrong("empty series", () -> Plots.series("sales", new double[0]), "given 0 values",
                        "series(\"sales\", values)"),
                wrong("series point of three numbers",
                        () -> Plots.series("SGD", List.of(new double[] {1, 2}, new double[] {1, 2, 3})),
                        "point 1 is [1.0, 2.0, 3.0]", "new double[] {x, y}"),
                wrong("lines without series", () -> Plots.lines("none"), "given []", "Plots.series(\"name\", x, y)"),
                wrong("derivative where the function is undefined",
                        () -> Plots.functionAndDerivative("log", Math::log, null, -1, 1), "NaN",
                        "choose a range where the function is defined"),
                wrong("derivative over an empty range", () -> Plots.functionAndDerivative("x²", x -> x * x, null, 2, 2),
                        "from 2.0 to 2.0", "e.g. from -5 to 5"),
                wrong("scatter of three features",
                        () -> Plots.scatter("3-D", new DataSet(Nd4j.rand(5, 3), Nd4j.eye(5).getColumns(0, 1))),
                        "given 3", "pick two feature columns"),
                wrong("decision boundary of a network with other inputs",
                        () -> ModelPlots.decisionBoundary(Mlp.classifier(3, 2, 4), SyntheticData.moons(20, 0.1, 1)),
                        "inputs of 3", "given 2", "data the network was built for"),
                wrong("history without epochs", () -> TrainingPlots.history(History.start(10, History.LOSS)),
                        "an empty one", "Trainer.fit(net, data, 10)"),
                wrong("loss surface with a reversed range",
                        () -> SurfacePlots.lossSurface("bowl", (x, y) -> x * x + y * y, new double[] {2, -2},
                                new double[] {-1, 1}),
                        "from 2.0 to -2.0", "e.g. from -5 to 5"),
                wrong("loss surface with a range of three numbers",
                        () -> SurfacePlots.lossSurface("bowl", (x, y) -> x * x + y * y, new double[] {-2, 0, 2},
                                new double[] {-1, 1}),
                        "[-2.0, 0.0, 2.0]", "new double[] {-2, 2}"),
                wrong("loss surface where the loss is infinite",
                        () -> SurfacePlots.lossSurface("log", (x, y) -> -Math.log(x * x + y * y),
                                new double[] {-1, 1}, new double[] {-1, 1}),
                        "Infinity", "ranges where the loss is defined"),
                wrong("confusion matrix that is not square",
                        () -> ModelPlots.confusionMatrix(new int[][] {{5, 1}, {2, 7, 0}}, null), "row 1 has 3 counts",
                        "one count per predicted class"),
                wrong("confusion matrix with too few names",
                        () -> ModelPlots.confusionMatrix(new int[][] {{5, 1}, {2, 7}}, List.of("cat")),
                        "given 1 names [cat]", "as many names as rows"),
                wrong("confusion matrix with a negative count",
                        () -> ModelPlots.confusionMatrix(new int[][] {{5, -1}, {2, 7}}, null), "holds -1",
                        "count how many examples"),
                wrong("empty confusion matrix", () -> ModelPlots.confusionMatrix(new int[0][0], null), "no rows",
                        "new int[][] {{50, 2}, {3, 45}}"),
                wrong("latent space of three dimensions",
                        () -> ModelPlots.latentSpace("3-D", Nd4j.rand(4, 3), new int[] {0, 1, 0, 1}, null), "[4, 3]",
                        "reduce the codes to two dimensions"),
                wrong("latent space with too few classes",
                        () -> ModelPlots.latentSpace("codes", Nd4j.rand(4, 2), new int[] {0, 1}, null), "given 2",
                        "labels of the same examples"),
                wrong("latent space with a class beyond the names",
                        () -> ModelPlots.latentSpace("codes", Nd4j.rand(2, 2), new int[] {0, 2}, List.of("a", "b")),
                        "given 2", "class names match the labels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void pointsAndLinesWithoutPoints() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.pointsAndLines("none", null)), "given null", "Plots.series(\"data\", x, y)");
        Plots.Series data = Plots.series("data", new double[] {0, 1}, new double[] {1, 2});
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.pointsAndLines("a null line", data, (Plots.Series) null)), "[null]", "pass none");
    }

    @Test
    void histogramWithoutSamplesOrWithBadBinsOrValues() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.histogram("h", "x", 10)), "one or more samples");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.histogram("h", "x", 0, Plots.sample("a", new double[] {1}))),
                "from 1 to 200 bins", "was given 0");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.sample("a", new double[0])), "one or more values");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.sample("a", new double[] {1, Double.NaN})), "sample");
    }
}
