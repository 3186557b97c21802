package dlcourse.plot;

import dlcourse.train.History;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One call for each picture the course draws. Every call returns a {@link Figure} in the house
 * {@link Style}; the last expression of a notebook cell shows inline.
 *
 * <pre>{@code
 * Plots.line("y = x²", x, y);
 * Plots.scatter("Two moons", data);
 * Plots.decisionBoundary(net, data);
 * Plots.history(history);
 * }</pre>
 */
public final class Plots {

    /** Grid cells per side when shading a decision boundary. */
    static final int BOUNDARY_GRID = 100;

    private Plots() {
    }

    /** A line through the points (x[i], y[i]). */
    public static Figure line(String title, double[] x, double[] y) {
        checkSameLength("line", x, y);
        XYChart chart = Style.xyChart(title, "x", "y");
        XYSeries series = chart.addSeries("y", x, y);
        series.setMarker(SeriesMarkers.NONE);
        chart.getStyler().setLegendVisible(false);
        setRangeWithMargin(chart, x, true);
        setRangeWithMargin(chart, y, false);
        return Figure.of(chart);
    }

    /** The examples of a two-feature data set as points, one colour per class. */
    public static Figure scatter(String title, DataSet data) {
        checkTwoFeatures("scatter", data);
        XYChart chart = Style.xyChart(title, "x₁", "x₂");
        addPoints(chart, data);
        return Figure.of(chart);
    }

    /**
     * The regions where {@code net} predicts each class, shaded (darker where it is more sure),
     * with the examples of {@code data} on top.
     */
    public static Figure decisionBoundary(MultiLayerNetwork net, DataSet data) {
        if (net == null) {
            throw new IllegalArgumentException("decisionBoundary expected a trained network but was"
                    + " given null");
        }
        return decisionBoundary("Decision boundary", net::output, data);
    }

    /**
     * The same for any classifier given as a function from features {@code [n, 2]} to class
     * probabilities {@code [n, classes]}.
     */
    public static Figure decisionBoundary(String title, Function<INDArray, INDArray> classifier,
                                          DataSet data) {
        checkTwoFeatures("decisionBoundary", data);
        INDArray x = data.getFeatures();
        double[] xRange = padded(x.getColumn(0));
        double[] yRange = padded(x.getColumn(1));
        int g = BOUNDARY_GRID;
        double[][] grid = new double[g * g][2];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                grid[i * g + j][0] = xRange[0] + (j + 0.5) * (xRange[1] - xRange[0]) / g;
                grid[i * g + j][1] = yRange[0] + (i + 0.5) * (yRange[1] - yRange[0]) / g;
            }
        }
        INDArray probabilities = classifier.apply(Nd4j.create(grid).castTo(x.dataType()));
        int classes = (int) probabilities.size(1);
        if (probabilities.size(0) != grid.length || classes != data.getLabels().size(1)) {
            throw new IllegalArgumentException("decisionBoundary expected the classifier to return one"
                    + " row of " + data.getLabels().size(1) + " class probabilities per point but it"
                    + " returned shape " + java.util.Arrays.toString(probabilities.shape())
                    + "; check that the network's outputs match the data's classes");
        }
        int[] predicted = probabilities.argMax(1).toIntVector();
        double[] confidence = probabilities.max(1).castTo(DataType.DOUBLE).toDoubleVector();

        XYChart chart = Style.xyChart(title, "x₁", "x₂");
        double[] tint = {0.86, 0.76, 0.64}; // share of white mixed in, per confidence level
        int cellPixels = (int) Math.ceil((Style.WIDTH - 90.0) / g) + 2;
        for (int c = 0; c < classes; c++) {
            for (int level = 0; level < tint.length; level++) {
                List<Double> cx = new ArrayList<>();
                List<Double> cy = new ArrayList<>();
                for (int k = 0; k < grid.length; k++) {
                    if (predicted[k] == c && confidenceLevel(confidence[k], classes) == level) {
                        cx.add(grid[k][0]);
                        cy.add(grid[k][1]);
                    }
                }
                if (cx.isEmpty()) {
                    continue;
                }
                XYSeries cells = chart.addSeries("region " + c + "." + level, cx, cy);
                cells.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                cells.setMarker(SeriesMarkers.SQUARE);
                cells.setMarkerColor(mix(Style.color(c), Color.WHITE, tint[level]));
                cells.setShowInLegend(false);
            }
        }
        chart.getStyler().setMarkerSize(cellPixels);
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0); // the shading fills the plot area edge to edge
        addPoints(chart, data);
        return Figure.of(chart);
    }

    /**
     * The loss curves of a training run (training and, if measured, validation), with the latest
     * epoch's numbers in the title.
     */
    public static Figure history(History history) {
        if (history == null || history.epochs() == 0) {
            throw new IllegalArgumentException("history expected a training history with at least one"
                    + " epoch but was given " + (history == null ? "null" : "an empty one")
                    + "; train first, e.g. History h = Trainer.fit(net, data, 10)");
        }
        double[] epochs = history.table().intColumn(History.EPOCH).asDoubleArray();
        XYChart chart = Style.xyChart(progressTitle(history), "epoch", "loss");
        for (String metric : List.of(History.LOSS, History.VALIDATION_LOSS)) {
            if (history.metrics().contains(metric)) {
                XYSeries s = chart.addSeries(metric, epochs, history.values(metric));
                s.setMarker(epochs.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            }
        }
        setRangeWithMargin(chart, new double[] {1, Math.max(2, history.plannedEpochs())}, true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("#");
        return Figure.of(chart);
    }

    private static String progressTitle(History h) {
        StringBuilder title = new StringBuilder("Epoch " + h.epochs() + " of " + h.plannedEpochs());
        title.append(String.format(" · loss %.3f", h.last(History.LOSS)));
        if (h.metrics().contains(History.ACCURACY)) {
            title.append(String.format(" · accuracy %.1f%%", 100 * h.last(History.ACCURACY)));
        }
        if (h.metrics().contains(History.VALIDATION_ACCURACY)) {
            title.append(String.format(" · validation %.1f%%", 100 * h.last(History.VALIDATION_ACCURACY)));
        }
        title.append(String.format(" · %.1f s", h.seconds()));
        if (h.interrupted()) {
            title.append(" · interrupted");
        }
        return title.toString();
    }

    /**
     * Sets an axis to the data's range plus a 2 % margin. Besides giving the line some air, the margin
     * keeps XChart 3.8 from putting a tick label at every data point when the points are evenly
     * spaced (it does that when the axis ends coincide with the data grid), which crowds the axis.
     */
    private static void setRangeWithMargin(XYChart chart, double[] values, boolean xAxis) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(1);
        double margin = max > min ? 0.02 * (max - min) : 0.5;
        if (xAxis) {
            chart.getStyler().setXAxisMin(min - margin).setXAxisMax(max + margin);
        } else {
            chart.getStyler().setYAxisMin(min - margin).setYAxisMax(max + margin);
        }
    }

    private static int confidenceLevel(double p, int classes) {
        double chance = 1.0 / classes;
        double sureness = (p - chance) / (1 - chance); // 0 at chance, 1 when certain
        return sureness < 0.4 ? 0 : sureness < 0.8 ? 1 : 2;
    }

    private static void addPoints(XYChart chart, DataSet data) {
        INDArray x = data.getFeatures();
        int[] labels = data.getLabels().argMax(1).toIntVector();
        int classes = (int) data.getLabels().size(1);
        double[] x0 = x.getColumn(0).castTo(DataType.DOUBLE).toDoubleVector();
        double[] x1 = x.getColumn(1).castTo(DataType.DOUBLE).toDoubleVector();
        for (int c = 0; c < classes; c++) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    px.add(x0[i]);
                    py.add(x1[i]);
                }
            }
            if (px.isEmpty()) {
                continue;
            }
            XYSeries points = chart.addSeries("class " + c, px, py);
            points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(Style.color(c));
        }
    }

    private static double[] padded(INDArray column) {
        double min = column.minNumber().doubleValue();
        double max = column.maxNumber().doubleValue();
        double pad = Math.max(1e-6, 0.08 * (max - min));
        return new double[] {min - pad, max + pad};
    }

    private static Color mix(Color color, Color other, double shareOfOther) {
        double a = 1 - shareOfOther;
        return new Color(
                (int) Math.round(a * color.getRed() + shareOfOther * other.getRed()),
                (int) Math.round(a * color.getGreen() + shareOfOther * other.getGreen()),
                (int) Math.round(a * color.getBlue() + shareOfOther * other.getBlue()));
    }

    private static void checkSameLength(String call, double[] x, double[] y) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(call + " expected two arrays of the same, non-zero length"
                    + " but was given " + describe(x) + " and " + describe(y)
                    + "; pass one y value for every x value");
        }
    }

    private static String describe(double[] a) {
        return a == null ? "null" : a.length + " values";
    }

    private static void checkTwoFeatures(String call, DataSet data) {
        if (data == null || data.getFeatures() == null || data.numExamples() == 0) {
            throw new IllegalArgumentException(call + " expected a data set with examples but was given "
                    + (data == null ? "null" : "an empty one"));
        }
        long features = data.getFeatures().size(1);
        if (features != 2) {
            throw new IllegalArgumentException(call + " draws points in a plane, so it expected 2"
                    + " features per example but was given " + features
                    + "; pick two feature columns or reduce the data to two dimensions first");
        }
    }
}
