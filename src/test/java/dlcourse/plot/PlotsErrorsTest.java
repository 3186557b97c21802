package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.History;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class PlotsErrorsTest {

    @Test
    void lineWithMismatchedLengths() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.line("bad", new double[] {1, 2, 3}, new double[] {1, 2})),
                "3 values and 2 values", "one y value for every x value");
    }

    @Test
    void lineWithNaN() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.line("bad", new double[] {1, 2}, new double[] {1, Double.NaN})),
                "y[1] is NaN", "remove or replace");
    }

    @Test
    void emptySeries() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.series("sales", new double[0])), "given 0 values", "series(\"sales\", values)");
    }

    @Test
    void seriesPointOfThreeNumbers() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.series("SGD", List.of(new double[] {1, 2}, new double[] {1, 2, 3}))),
                "point 1 is [1.0, 2.0, 3.0]", "new double[] {x, y}");
    }

    @Test
    void linesWithoutSeries() {
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Plots.lines("none")),
                "given []", "Plots.series(\"name\", x, y)");
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
    void derivativeWhereTheFunctionIsUndefined() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.functionAndDerivative("log", Math::log, null, -1, 1)),
                "NaN", "choose a range where the function is defined");
    }

    @Test
    void derivativeOverAnEmptyRange() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Plots.functionAndDerivative("x²", x -> x * x, null, 2, 2)),
                "from 2.0 to 2.0", "e.g. from -5 to 5");
    }

    @Test
    void scatterOfThreeFeatures() {
        DataSet data = new DataSet(Nd4j.rand(5, 3), Nd4j.eye(5).getColumns(0, 1));
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Plots.scatter("3-D", data)),
                "given 3", "pick two feature columns");
    }

    @Test
    void decisionBoundaryOfANetworkWithOtherInputs() {
        DataSet moons = SyntheticData.moons(20, 0.1, 1);
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.decisionBoundary(Mlp.classifier(3, 2, 4), moons)),
                "inputs of 3", "given 2", "data the network was built for");
    }

    @Test
    void historyWithoutEpochs() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> TrainingPlots.history(History.start(10, History.LOSS))),
                "an empty one", "Trainer.fit(net, data, 10)");
    }

    @Test
    void lossSurfaceWithAReversedRange() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> SurfacePlots.lossSurface("bowl", (x, y) -> x * x + y * y, new double[] {2, -2},
                        new double[] {-1, 1})), "from 2.0 to -2.0", "e.g. from -5 to 5");
    }

    @Test
    void lossSurfaceWithARangeOfThreeNumbers() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> SurfacePlots.lossSurface("bowl", (x, y) -> x * x + y * y, new double[] {-2, 0, 2},
                        new double[] {-1, 1})), "[-2.0, 0.0, 2.0]", "new double[] {-2, 2}");
    }

    @Test
    void lossSurfaceWhereTheLossIsInfinite() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> SurfacePlots.lossSurface("log", (x, y) -> -Math.log(x * x + y * y),
                        new double[] {-1, 1}, new double[] {-1, 1})),
                "Infinity", "ranges where the loss is defined");
    }

    @Test
    void confusionMatrixThatIsNotSquare() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.confusionMatrix(new int[][] {{5, 1}, {2, 7, 0}}, null)),
                "row 1 has 3 counts", "one count per predicted class");
    }

    @Test
    void confusionMatrixWithTooFewNames() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.confusionMatrix(new int[][] {{5, 1}, {2, 7}}, List.of("cat"))),
                "given 1 names [cat]", "as many names as rows");
    }

    @Test
    void confusionMatrixWithANegativeCount() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.confusionMatrix(new int[][] {{5, -1}, {2, 7}}, null)),
                "holds -1", "count how many examples");
    }

    @Test
    void emptyConfusionMatrix() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.confusionMatrix(new int[0][0], null)),
                "no rows", "new int[][] {{50, 2}, {3, 45}}");
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

    @Test
    void latentSpaceOfThreeDimensions() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.latentSpace("3-D", Nd4j.rand(4, 3), new int[] {0, 1, 0, 1}, null)),
                "[4, 3]", "reduce the codes to two dimensions");
    }

    @Test
    void latentSpaceWithTooFewClasses() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.latentSpace("codes", Nd4j.rand(4, 2), new int[] {0, 1}, null)),
                "given 2", "labels of the same examples");
    }

    @Test
    void latentSpaceWithAClassBeyondTheNames() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ModelPlots.latentSpace("codes", Nd4j.rand(2, 2), new int[] {0, 2}, List.of("a", "b"))),
                "given 2", "class names match the labels");
    }
}
