package dlcourse.plot;

import static dlcourse.plot.PlotTesting.assertInked;
import static dlcourse.plot.PlotTesting.count;
import static dlcourse.plot.PlotTesting.render;
import static dlcourse.plot.PlotTesting.svgTexts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.train.History;
import dlcourse.train.TrainingLoop;
import dlcourse.train.TrainingStep;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class PlotsTest {

    @Test
    void lineOfManyPointsHasNoMarkersAndFewPointsKeepThem() throws Exception {
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 20.0;
            y[i] = Math.sin(x[i]);
        }
        Figure dense = Plots.line("sin x", x, y);
        render(dense, "line-dense");
        XYSeries series = ((XYChart) dense.chart()).getSeriesMap().get("y");
        assertEquals("None", series.getMarker().getClass().getSimpleName());
        Figure sparse = Plots.line("Square", new double[] {0, 1, 2}, new double[] {0, 1, 4});
        assertEquals("Circle", ((XYChart) sparse.chart()).getSeriesMap().get("y").getMarker()
                .getClass().getSimpleName());
    }

    @Test
    void forecastAgainstActualShowsBothLinesAndALegend() throws Exception {
        double[] actual = new double[120];
        for (int t = 0; t < actual.length; t++) {
            actual[t] = 10 + 3 * Math.sin(t / 6.0) + t * 0.05;
        }
        double[] forecastTime = new double[30];
        double[] forecast = new double[30];
        for (int k = 0; k < 30; k++) {
            forecastTime[k] = 90 + k;
            forecast[k] = actual[90 + k] + 0.8 * Math.sin(k);
        }
        Figure figure = Plots.lines("Forecast against actual values", "month", "sales",
                Plots.series("actual", actual), Plots.series("forecast", forecastTime, forecast));
        PlotTesting.Rendered r = render(figure, "lines-forecast");
        assertEquals(List.of("actual", "forecast"), PlotTesting.legend(figure));
        assertEquals("month", ((XYChart) figure.chart()).getXAxisTitle());
        assertTrue(r.svgText().contains("stroke:" + PlotTesting.svgColour(Style.color(1))),
                "the forecast line in the SVG");
        assertTrue(count(r.png(), Style.color(0), 10) > 300, "the first line in blue");
        assertTrue(count(r.png(), Style.color(1), 10) > 100, "the second line in orange");
        assertTrue(((XYChart) figure.chart()).getStyler().isLegendVisible());
    }

    @Test
    void pointsAndLinesDrawsTheExamplesAsDotsAndTheFitsAsLines() throws Exception {
        double[] x = new double[60];
        double[] y = new double[60];
        Random random = new Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 10.0;
            y[i] = 0.5 * x[i] + 0.3 * random.nextGaussian();
        }
        Figure figure = Plots.pointsAndLines("Data and a fit", Plots.series("data", x, y),
                Plots.series("fit", new double[] {0, 6}, new double[] {0, 3}));
        render(figure, "points-and-lines");
        Map<String, XYSeries> series = ((XYChart) figure.chart()).getSeriesMap();
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, series.get("data").getXYSeriesRenderStyle());
        assertEquals("Circle", series.get("data").getMarker().getClass().getSimpleName());
        assertEquals("None", series.get("fit").getMarker().getClass().getSimpleName(),
                "a two-point line stays a plain line");
        assertEquals(List.of("data", "fit"), PlotTesting.legend(figure));
        assertEquals(1, ((XYChart) Plots.pointsAndLines("alone", Plots.series("data", x, y)).chart())
                .getSeriesMap().size(), "the points alone, without lines");
    }

    @Test
    void pointsAreDotsWithoutLinesAndDifferInShape() {
        Figure figure = Plots.points("Trials", "log₁₀ learning rate", "validation accuracy",
                Plots.series("grid", new double[] {-3, -2, -1}, new double[] {0.5, 0.8, 0.7}),
                Plots.series("random", new double[] {-3.5, -1.5}, new double[] {0.4, 0.9}));
        XYChart chart = (XYChart) figure.chart();
        assertEquals(List.of("grid", "random"), PlotTesting.legend(figure));
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, chart.getSeriesMap().get("random").getXYSeriesRenderStyle());
        assertEquals("Diamond", chart.getSeriesMap().get("random").getMarker().getClass().getSimpleName());
        assertEquals("log₁₀ learning rate", chart.getXAxisTitle());
    }

    @Test
    void seriesOfOptimizerPointsKeepsTheirOrder() {
        Plots.Series s = Plots.series("SGD", List.of(new double[] {1, 2}, new double[] {3, 4}));
        assertEquals(3, s.x()[1]);
        assertEquals(4, s.y()[1]);
        assertEquals("Series \"SGD\" (2 points)", s.toString());
    }

    @Test
    void functionAndNumericalDerivativeMatchTheKnownDerivative() throws Exception {
        Figure figure = Plots.functionAndDerivative("sin and its derivative", Math::sin, null, -6, 6);
        PlotTesting.Rendered r = render(figure, "function-derivative");
        XYChart chart = (XYChart) figure.chart();
        XYSeries slope = chart.getSeriesMap().get("f′(x), numerical");
        double[] xs = slope.getXData();
        double[] ys = slope.getYData();
        for (int i = 0; i < xs.length; i += 37) {
            assertEquals(Math.cos(xs[i]), ys[i], 1e-6, "at x = " + xs[i]);
        }
        assertEquals(List.of("f(x)", "f′(x), numerical"), PlotTesting.legend(figure));
        assertTrue(chart.getSeriesMap().containsKey("zero"), "a line at zero, for the slope's sign");
        assertTrue(r.svgText().contains("stroke:" + PlotTesting.svgColour(Style.color(1))));
        assertTrue(count(r.png(), Style.color(0), 10) > 300, "f in blue");
        assertTrue(count(r.png(), Style.color(1), 10) > 200, "f′ in orange");
    }

    @Test
    void givenDerivativeIsDrawnAsGiven() throws Exception {
        Figure figure = Plots.functionAndDerivative("sigmoid", z -> 1 / (1 + Math.exp(-z)),
                z -> Math.exp(-z) / Math.pow(1 + Math.exp(-z), 2), -6, 6);
        render(figure, "function-derivative-sigmoid");
        XYSeries slope = ((XYChart) figure.chart()).getSeriesMap().get("f′(x)");
        double max = java.util.Arrays.stream(slope.getYData()).max().orElse(0);
        assertEquals(0.25, max, 1e-3, "the sigmoid's slope peaks at 1/4");
        assertFalse(((XYChart) figure.chart()).getSeriesMap().containsKey("zero"),
                "no zero line when everything is above zero");
    }

    @Test
    void historyOfValuesBelowZeroGetsAnAxisThatHoldsThem() throws Exception {
        // An agent's return per episode can be negative (a step cost, a pit), and all zero at first.
        History h = History.start(6, "return");
        h.add(1, Map.of("return", -0.8));
        h.add(2, Map.of("return", -0.3));
        h.add(3, Map.of("return", 0.6));
        h.finish(1.0, false);
        Figure figure = TrainingPlots.history(h);
        render(figure, "history-negative");
        XYChart chart = (XYChart) figure.chart();
        assertTrue(chart.getStyler().getYAxisMin() < -0.8 && chart.getStyler().getYAxisMax() > 0.6);
        assertEquals("return", chart.getYAxisTitle(), "a return is not drawn in percent like an accuracy");
        // A return is better higher: with a loss it gets a panel of its own, as an accuracy does.
        History withLoss = History.start(6, "return", "loss");
        withLoss.add(1, Map.of("return", 20.0, "loss", 0.1));
        withLoss.finish(1.0, false);
        assertFalse(TrainingPlots.history(withLoss).isChart(), "two panels");
    }

    @Test
    void historyWithAccuracyHasTwoPanelsUnderTheLiveTitle() throws Exception {
        History h = History.start(20, History.LOSS, History.ACCURACY, History.VALIDATION_LOSS,
                History.VALIDATION_ACCURACY);
        for (int e = 1; e <= 12; e++) {
            h.add(e, Map.of(History.LOSS, 1.0 / e, History.ACCURACY, 1 - 0.5 / e,
                    History.VALIDATION_LOSS, 1.2 / e + 0.05, History.VALIDATION_ACCURACY, 0.97 - 0.5 / e));
        }
        h.finish(3.25, false);
        Figure figure = TrainingPlots.history(h);
        PlotTesting.Rendered r = render(figure, "history-two-panels");
        assertFalse(figure.isChart());
        assertTrue(figure.width() > Style.WIDTH, "two panels side by side");
        assertTrue(figure.toString().startsWith("Figure \"Epoch 12 of 20 · loss 0.083 · accuracy 95.8%"
                + " · validation 92.8% · 3.3 s\""), figure.toString());
        assertTrue(svgTexts(r.svg()).contains("Epoch 12 of 20"), "the title is drawn as text");
        assertTrue(count(r.png(), Style.color(0), 10) > 300);
        assertTrue(count(r.png(), Style.color(1), 10) > 300);
    }

    @Test
    void earlyStoppingMarksTheEpochWhoseParametersWereKept() throws Exception {
        double[] losses = {0.9, 0.6, 0.4, 0.5, 0.55, 0.7, 0.8, 0.9};   // lowest at epoch 3
        History h = TrainingLoop.builder().epochs(losses.length).live(false).earlyStopping(History.LOSS, 2).build()
                .run(new ScriptedLoss(losses));
        assertEquals(3, h.bestEpoch());
        Figure figure = TrainingPlots.history(h);
        PlotTesting.Rendered r = render(figure, "history-best-epoch");
        XYSeries kept = ((XYChart) figure.chart()).getSeriesMap().get("epoch 3 (kept)");
        assertArrayEquals(new double[] {3, 3}, kept.getXData(), 0);
        assertTrue(figure.description().contains("Series: training, epoch 3 (kept)"), figure.description());
        assertTrue(count(r.png(), TrainingPlots.KEPT_EPOCH, 10) > 100, "the dashed line is drawn");
    }

    @Test
    void historyOfOneEpochShowsPointsAndInterruptionIsTold() throws Exception {
        History h = History.start(50, History.LOSS);
        h.add(1, Map.of(History.LOSS, 0.7));
        h.finish(0.4, true);
        Figure figure = TrainingPlots.history(h);
        render(figure, "history-one-epoch");
        assertTrue(figure.isChart(), "a loss-only history is one chart");
        assertTrue(figure.toString().contains("interrupted"), figure.toString());
        XYSeries s = ((XYChart) figure.chart()).getSeriesMap().get("training");
        assertEquals("Circle", s.getMarker().getClass().getSimpleName());
    }

    @Test
    void historyOfACustomLoopDrawsItsOwnMetrics() throws Exception {
        History h = History.start(30, "generator loss", "discriminator loss");
        for (int e = 1; e <= 30; e++) {
            h.add(e, Map.of("generator loss", 2 + Math.sin(e / 3.0), "discriminator loss",
                    0.7 + 0.1 * Math.cos(e / 2.0)));
        }
        Figure figure = TrainingPlots.history(h);
        PlotTesting.Rendered r = render(figure, "history-gan");
        assertEquals(List.of("generator loss", "discriminator loss"), PlotTesting.legend(figure));
        assertTrue(count(r.png(), Style.color(0), 10) > 200, "first metric in blue");
        assertTrue(count(r.png(), Style.color(1), 10) > 200, "second metric in orange");
        assertTrue(figure.toString().contains("generator loss"), figure.toString());
    }

    @Test
    void lossSurfaceContoursLieOnTheirLevelAndTrajectoriesAreDrawn() throws Exception {
        java.util.function.DoubleBinaryOperator loss = (x, y) -> x * x + 8 * y * y;
        List<double[]> sgd = new ArrayList<>();
        List<double[]> momentum = new ArrayList<>();
        double[] p = {-2.6, 1.4};
        double[] q = {-2.6, 1.4};
        double[] v = {0, 0};
        for (int step = 0; step < 40; step++) {
            sgd.add(p.clone());
            momentum.add(q.clone());
            p[0] -= 0.05 * 2 * p[0];
            p[1] -= 0.05 * 16 * p[1];
            v[0] = 0.8 * v[0] - 0.02 * 2 * q[0];
            v[1] = 0.8 * v[1] - 0.02 * 16 * q[1];
            q[0] += v[0];
            q[1] += v[1];
        }
        Figure figure = SurfacePlots.lossSurface("Gradient descent on x² + 8y²", loss,
                new double[] {-3, 3}, new double[] {-1.6, 1.6},
                Plots.series("gradient descent", sgd), Plots.series("momentum", momentum));
        PlotTesting.Rendered r = render(figure, "loss-surface");
        XYChart chart = (XYChart) figure.chart();
        int contours = 0;
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (!s.getName().startsWith(Plots.HIDDEN + "contour")) {
                continue;
            }
            contours++;
            double level = Double.NaN;
            for (int i = 0; i < s.getXData().length; i++) {
                double x = s.getXData()[i];
                double y = s.getYData()[i];
                if (Double.isNaN(x)) {
                    continue;
                }
                double value = loss.applyAsDouble(x, y);
                if (Double.isNaN(level)) {
                    level = value;
                }
                // Linear interpolation on a 80×80 grid is close to the true level.
                assertEquals(level, value, 0.05 * level + 0.02, s.getName() + " at (" + x + ", " + y + ")");
            }
        }
        assertTrue(contours >= 8, "expected about 12 contour lines but found " + contours);
        assertTrue(count(r.png(), Style.color(0), 12) > 100, "first trajectory in blue");
        assertTrue(count(r.png(), Style.color(1), 12) > 100, "second trajectory in orange");
        assertEquals(List.of("gradient descent", "momentum"), PlotTesting.legend(figure));
    }

    @Test
    void lossSurfaceWithoutTrajectoriesIsJustTheContours() throws Exception {
        Figure figure = SurfacePlots.lossSurface("Rosenbrock", (x, y) -> Math.pow(1 - x, 2)
                + 100 * Math.pow(y - x * x, 2), new double[] {-2, 2}, new double[] {-1, 3});
        PlotTesting.Rendered r = render(figure, "loss-surface-rosenbrock");
        assertInked(r.png());
        assertFalse(((XYChart) figure.chart()).getStyler().isLegendVisible());
    }

    @Test
    void latentSpaceColoursEachClassAndNamesItInTheLegend() throws Exception {
        Random random = new Random(3);
        int n = 600;
        float[][] points = new float[n][2];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % 5;
            double angle = 2 * Math.PI * classes[i] / 5;
            points[i][0] = (float) (3 * Math.cos(angle) + random.nextGaussian() * 0.6);
            points[i][1] = (float) (3 * Math.sin(angle) + random.nextGaussian() * 0.6);
        }
        List<String> names = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat");
        Figure figure = ModelPlots.latentSpace("Latent space of a VAE", Nd4j.create(points), classes, names);
        PlotTesting.Rendered r = render(figure, "latent-space");
        assertEquals(names, PlotTesting.legend(figure));
        for (int c = 0; c < 5; c++) {
            assertTrue(count(r.png(), Style.color(c), 40) > 50, "class " + c + " in its colour");
        }
    }

    @Test
    void latentSpaceTakesTheClassNamesOfADataSet() throws Exception {
        DataSet moons = SyntheticData.moons(200, 0.1, 4);
        moons.setLabelNames(List.of("upper", "lower"));
        INDArray codes = moons.getFeatures();
        Figure figure = ModelPlots.latentSpace("Moons as codes", codes, moons);
        PlotTesting.Rendered r = render(figure, "latent-space-dataset");
        assertEquals(List.of("upper", "lower"), PlotTesting.legend(figure));
        assertTrue(count(r.png(), Style.color(1), 40) > 100, "second class in orange");
    }

    @Test
    void histogramDrawsEachSampleAsFractionsOnSharedBins() throws Exception {
        Random random = new Random(7);
        double[] normal = random.doubles(400).map(u -> 0.01 + 0.02 * u).toArray();
        double[] odd = random.doubles(100).map(u -> 0.025 + 0.04 * u).toArray();
        Figure figure = Plots.histogram("Reconstruction errors", "error", 25,
                Plots.sample("normal", normal), Plots.sample("anomalies", odd));
        PlotTesting.Rendered r = render(figure, "histogram");
        assertInked(r.png());
        assertEquals(List.of("normal", "anomalies"), PlotTesting.legend(figure));
        XYChart chart = (XYChart) figure.chart();
        double[] heights = chart.getSeriesMap().get("normal").getYData();
        double sum = 0;
        for (int i = 1; i < heights.length; i += 2) {
            sum += heights[i];   // one height per bin, at odd positions of the outline
        }
        assertEquals(1.0, sum, 1e-9, "each sample's fractions add up to 1");
        assertEquals(0.0, chart.getStyler().getYAxisMin(), 1e-12);
        assertTrue(count(r.png(), Style.color(1), 40) > 100, "anomalies in orange");
        assertEquals("0.02", tickLabel(chart.getStyler().getXAxisDecimalPattern(), 0.02),
                "tick labels keep their leading 0");
        assertEquals("0.125", tickLabel(chart.getStyler().getYAxisDecimalPattern(), 0.125));
    }

    @Test
    void confusionMatrixWritesEveryCountAndShadesTheDiagonal() throws Exception {
        List<String> names = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
                "Shirt", "Sneaker", "Bag", "Ankle boot");
        int[][] counts = new int[10][10];
        Random random = new Random(5);
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                counts[i][j] = i == j ? 800 + random.nextInt(150) : random.nextInt(4) == 0
                        ? random.nextInt(60) : 0;
            }
        }
        counts[6][0] = 123; // shirts taken for T-shirts
        Figure figure = ModelPlots.confusionMatrix(counts, names);
        PlotTesting.Rendered r = render(figure, "confusion-matrix");
        String texts = svgTexts(r.svg());
        for (String name : names) {
            assertTrue(texts.contains(name), name + " in " + texts);
        }
        assertTrue(texts.contains("123") && texts.contains(Integer.toString(counts[3][3])), texts);
        assertTrue(texts.contains("predicted") && texts.contains("true"), texts);
        assertTrue(figure.toString().contains("accuracy"), figure.toString());
        // Diagonal cells are dark, so their counts are written in white.
        assertTrue(r.svgText().contains("fill:rgb(255,255,255);stroke:none;font-family"),
                "white counts on dark cells");
        assertTrue(count(r.png(), new Color(0x1f5f99), 25) > 2000, "dark diagonal cells");
    }

    @Test
    void smallConfusionMatrixWithoutNamesNumbersTheClasses() throws Exception {
        Figure figure = ModelPlots.confusionMatrix("Moons", new int[][] {{95, 5}, {12, 88}}, null);
        String texts = svgTexts(render(figure, "confusion-matrix-small").svg());
        assertTrue(texts.contains("95") && texts.contains("12") && texts.contains("Moons"), texts);
    }

    @Test
    void attentionMapShadesEachWeightAndLabelsTheTokens() throws Exception {
        double[][] weights = new double[6][6];
        for (int t = 0; t < 6; t++) {
            weights[t][Math.max(0, t - 2)] = 1;   // every position looks two back
        }
        List<String> tokens = List.of("a", "b", "c", "d", "e", "f");
        Figure figure = ModelPlots.attention("Looks two back", weights, tokens);
        PlotTesting.Rendered r = render(figure, "attention-map");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("Looks two back") && texts.contains("query") && texts.contains("key"), texts);
        assertTrue(texts.contains("f") && texts.contains("white 0"), texts);
        assertTrue(count(r.png(), Style.color(0), 10) > 6 * 100, "six full-weight cells in the first colour");
    }

    @Test
    void signedHeatmapUsesBlueBelowAndRedAboveZero() throws Exception {
        Figure figure = Plots.heatmap("Signs", new double[][] {{-1, 1}, {0.5, -0.5}}, null, null, "row", "column");
        PlotTesting.Rendered r = render(figure, "heatmap-signed");
        assertTrue(svgTexts(r.svg()).contains("blue −1"), svgTexts(r.svg()));
        assertTrue(count(r.png(), Style.color(0), 10) > 100 && count(r.png(), Painting.WRONG, 10) > 100,
                "a full blue and a full red cell");
    }

    private static String tickLabel(String pattern, double value) {
        return new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(value);
    }

    /** A step that reports a given loss in each epoch, whatever the batch: early stopping on a script. */
    private static final class ScriptedLoss implements TrainingStep {
        private final double[] lossPerEpoch;

        ScriptedLoss(double[] lossPerEpoch) {
            this.lossPerEpoch = lossPerEpoch;
        }

        @Override
        public List<String> metrics() {
            return List.of(History.LOSS);
        }

        @Override
        public int examples() {
            return 4;
        }

        @Override
        public double[] train(int[] rows, int epoch) {
            return new double[] {lossPerEpoch[epoch - 1]};
        }
    }
}
