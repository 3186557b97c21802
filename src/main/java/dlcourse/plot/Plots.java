package dlcourse.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The general charts: lines, points, a function and its derivative, a data set's scatter, histograms.
 * Every call returns a {@link Figure} in the house {@link Style}; the last expression of a notebook
 * cell shows inline. The charts of one subject have their own class: training curves in
 * {@link TrainingPlots}, what a model does in {@link ModelPlots}, loss surfaces in
 * {@link SurfacePlots}, pictures made of pixels in {@link ImagePlots}, network diagrams in
 * {@link NetworkPlots}. The package-private helpers here (ranges, legends, checks) serve them all.
 *
 * <pre>{@code
 * Plots.line("y = x²", x, y);
 * Plots.lines("Forecast", Plots.series("actual", sales), Plots.series("forecast", t, predicted));
 * Plots.points("Trials", "log₁₀ learning rate", "validation accuracy", Plots.series("grid", x, y));
 * Plots.functionAndDerivative("sigmoid", z -> 1 / (1 + Math.exp(-z)), null, -6, 6);
 * Plots.scatter("Two moons", data);
 * ModelPlots.decisionBoundary(net, data);
 * TrainingPlots.history(history);
 * SurfacePlots.lossSurface("Gradient descent", (x, y) -> x * x + 10 * y * y,
 *         new double[] {-2, 2}, new double[] {-1, 1}, Plots.series("SGD", path));
 * ModelPlots.confusionMatrix(counts, List.of("cat", "dog"));
 * ModelPlots.latentSpace("Latent space", codes, test);
 * Plots.histogram("Errors", "error", 30, Plots.sample("normal", normal), Plots.sample("anomalies", odd));
 * }</pre>
 */
public final class Plots {

    /** Grid cells per side when shading a decision boundary. */
    static final int BOUNDARY_GRID = 100;

    /** Grid cells per side when sampling a loss surface. */
    static final int SURFACE_GRID = 80;

    /** Contour lines drawn on a loss surface. */
    static final int CONTOUR_LEVELS = 12;

    /** Lines with more points than this are drawn without markers, so they stay lines. */
    static final int MARKER_LIMIT = 30;

    /** Starts the names of helper series that stay out of the legend, so they never clash with yours. */
    static final String HIDDEN = "·";

    /** Markers of the point series of {@link #points}, in turn, so series differ in shape as well as colour. */
    static final org.knowm.xchart.style.markers.Marker[] SERIES_MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP};

    /** The most classes a confusion matrix shows. */
    public static final int MAX_CLASSES = 30;

    private Plots() {
    }

    /**
     * A named line of points (x[i], y[i]) for {@link #lines} or a trajectory for
     * {@link #lossSurface}; make one with {@link #series}.
     *
     * <pre>{@code
     * Plots.Series actual = Plots.series("actual", sales);             // x = 0, 1, 2, ...
     * Plots.Series path = Plots.series("Adam", positions);             // List<double[]> of (x, y)
     * }</pre>
     */
    public record Series(String name, double[] x, double[] y) {
        @Override
        public String toString() {
            return "Series \"" + name + "\" (" + x.length + " points)";
        }
    }

    /** A named series of points (x[i], y[i]). */
    public static Series series(String name, double[] x, double[] y) {
        checkSameLength("series", x, y);
        checkFinite("series", "x", x);
        checkFinite("series", "y", y);
        return new Series(nameOrDefault(name), x.clone(), y.clone());
    }

    /** A named series of values at 0, 1, 2, … (a time series). */
    public static Series series(String name, double[] y) {
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException("series expected one or more values but was given "
                    + describe(y) + "; pass the values to draw, e.g. series(\"sales\", values)");
        }
        double[] x = new double[y.length];
        Arrays.setAll(x, i -> i);
        return series(name, x, y);
    }

    /** A named series of points given as (x, y) pairs, e.g. the positions of an optimizer. */
    public static Series series(String name, List<double[]> points) {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("series expected one or more (x, y) points but was given "
                    + (points == null ? "null" : "none") + "; record them as you go, e.g."
                    + " path.add(new double[] {x, y})");
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            if (p == null || p.length != 2) {
                throw new IllegalArgumentException("series expected points of two numbers (x, y) but"
                        + " point " + i + " is " + (p == null ? "null" : Arrays.toString(p))
                        + "; add them as new double[] {x, y}");
            }
            x[i] = p[0];
            y[i] = p[1];
        }
        return series(name, x, y);
    }

    /** A line through the points (x[i], y[i]). */
    public static Figure line(String title, double[] x, double[] y) {
        checkSameLength("line", x, y);
        checkFinite("line", "x", x);
        checkFinite("line", "y", y);
        XYChart chart = Style.xyChart(title, "x", "y");
        XYSeries series = chart.addSeries("y", x, y);
        series.setMarker(x.length > MARKER_LIMIT ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        chart.getStyler().setLegendVisible(false);
        setRangeWithMargin(chart, x, true);
        setRangeWithMargin(chart, y, false);
        return Figure.of(chart);
    }

    /** Several named lines on one chart, with a legend; axes titled "x" and "y". */
    public static Figure lines(String title, Series... series) {
        return lines(title, "x", "y", series);
    }

    /**
     * Several named lines with axis titles, e.g. a forecast against the actual values; each line
     * has its own x values, so a forecast can start where the history ends.
     */
    public static Figure lines(String title, String xTitle, String yTitle, Series... series) {
        return xySeries("lines", title, xTitle, yTitle, false, series);
    }

    /**
     * Several named sets of points, drawn as dots without lines, with axis titles: e.g. the trials
     * of a hyperparameter search, one series per search.
     *
     * <pre>{@code
     * Plots.points("Trials", "log₁₀ learning rate", "validation accuracy",
     *         Plots.series("grid", gridRates, gridScores), Plots.series("random", randomRates, randomScores));
     * }</pre>
     */
    public static Figure points(String title, String xTitle, String yTitle, Series... series) {
        return xySeries("points", title, xTitle, yTitle, true, series);
    }

    static Figure xySeries(String call, String title, String xTitle, String yTitle, boolean dots,
                                   Series... series) {
        if (series == null || series.length == 0 || Arrays.asList(series).contains(null)) {
            throw new IllegalArgumentException(call + " expected one or more series but was given "
                    + (series == null ? "null" : Arrays.toString(series)) + "; make them with"
                    + " Plots.series(\"name\", x, y)");
        }
        XYChart chart = Style.xyChart(title, xTitle, yTitle);
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Series s : series) {
            String name = s.name();
            for (int copy = 2; names.contains(name); copy++) {
                name = s.name() + " (" + copy + ")"; // XChart refuses two series of one name
            }
            names.add(name);
            XYSeries line = chart.addSeries(name, s.x(), s.y());
            if (dots) {
                line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                line.setMarker(SERIES_MARKERS[(names.size() - 1) % SERIES_MARKERS.length]);
            } else {
                line.setMarker(s.x().length > MARKER_LIMIT ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            }
            xs.add(s.x());
            ys.add(s.y());
        }
        chart.getStyler().setLegendVisible(series.length > 1);
        setRangeWithMargin(chart, concat(xs), true);
        setRangeWithMargin(chart, concat(ys), false);
        placeLegend(chart, xs, ys);
        return Figure.of(chart);
    }

    /**
     * Examples as dots with lines on top, e.g. noisy data and the curves fitted to it; the lines
     * have no markers, however few their points; axes titled "x" and "y".
     *
     * <pre>{@code
     * Plots.pointsAndLines("Two fits", Plots.series("data", x, y),
     *         Plots.series("MSE", x, fitted), Plots.series("MAE", x, robust));
     * }</pre>
     */
    public static Figure pointsAndLines(String title, Series points, Series... lines) {
        if (points == null) {
            throw new IllegalArgumentException("pointsAndLines expected the points as a series but was"
                    + " given null; make them with Plots.series(\"data\", x, y)");
        }
        if (lines == null || Arrays.asList(lines).contains(null)) {
            throw new IllegalArgumentException("pointsAndLines expected lines as series but was given "
                    + (lines == null ? "null" : Arrays.toString(lines)) + "; make them with"
                    + " Plots.series(\"fit\", x, y), or pass none to show the points alone");
        }
        Series[] all = new Series[lines.length + 1];
        all[0] = points;
        System.arraycopy(lines, 0, all, 1, lines.length);
        Figure figure = lines(title, all);
        List<XYSeries> drawn = new ArrayList<>(((XYChart) figure.chart()).getSeriesMap().values());
        XYSeries dots = drawn.get(0);
        dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        for (XYSeries line : drawn.subList(1, drawn.size())) {
            line.setMarker(SeriesMarkers.NONE);   // plain lines, so they never look like more data
        }
        return figure;
    }

    /**
     * A function and its derivative from {@code from} to {@code to}; pass {@code null} as the
     * derivative to have it estimated numerically (central differences).
     */
    public static Figure functionAndDerivative(String title, DoubleUnaryOperator f,
                                               DoubleUnaryOperator derivative, double from, double to) {
        if (f == null) {
            throw new IllegalArgumentException("functionAndDerivative expected a function but was given"
                    + " null; pass one, e.g. z -> Math.tanh(z)");
        }
        checkRange("functionAndDerivative", from, to);
        int n = 400;
        double step = (to - from) / (n - 1);
        double h = 1e-4 * Math.max(1, Math.max(Math.abs(from), Math.abs(to)));
        double[] x = new double[n];
        double[] y = new double[n];
        double[] slope = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + i * step;
            y[i] = f.applyAsDouble(x[i]);
            slope[i] = derivative != null ? derivative.applyAsDouble(x[i])
                    : (f.applyAsDouble(x[i] + h) - f.applyAsDouble(x[i] - h)) / (2 * h);
            if (!Double.isFinite(y[i]) || !Double.isFinite(slope[i])) {
                throw new IllegalArgumentException("functionAndDerivative expected finite values but at x = "
                        + x[i] + " the function gives " + y[i] + " and its derivative " + slope[i]
                        + "; choose a range where the function is defined, e.g. from 0.01 for log");
            }
        }
        XYChart chart = Style.xyChart(title, "x", "");
        double[] all = concat(List.of(y, slope));
        setRangeWithMargin(chart, x, true);
        setRangeWithMargin(chart, all, false);
        double low = Arrays.stream(all).min().orElse(0);
        double high = Arrays.stream(all).max().orElse(0);
        if (low < 0 && high > 0) {
            XYSeries zero = chart.addSeries("zero", new double[] {from, to}, new double[] {0, 0});
            zero.setMarker(SeriesMarkers.NONE);
            zero.setLineColor(Style.MUTED_INK);
            zero.setLineStyle(new BasicStroke(0.8f));
            zero.setShowInLegend(false);
        }
        XYSeries function = chart.addSeries("f(x)", x, y);
        function.setMarker(SeriesMarkers.NONE);
        function.setLineColor(Style.color(0));
        XYSeries slopeLine = chart.addSeries(derivative != null ? "f′(x)" : "f′(x), numerical", x, slope);
        slopeLine.setMarker(SeriesMarkers.NONE);
        slopeLine.setLineColor(Style.color(1));
        placeLegend(chart, List.of(x, x), List.of(y, slope));
        return Figure.of(chart);
    }

    /** The examples of a two-feature data set as points, one colour per class. */
    public static Figure scatter(String title, DataSet data) {
        checkTwoFeatures("scatter", data);
        XYChart chart = Style.xyChart(title, "x₁", "x₂");
        INDArray x = data.getFeatures();
        setRangeWithMargin(chart, x.getColumn(0).castTo(DataType.DOUBLE).toDoubleVector(), true);
        setRangeWithMargin(chart, x.getColumn(1).castTo(DataType.DOUBLE).toDoubleVector(), false);
        addPoints(chart, data);
        return Figure.of(chart);
    }

    /**
     * A named set of values for {@link #histogram}, e.g. the reconstruction errors of the normal
     * examples; make one with {@link #sample}.
     */
    public record Sample(String name, double[] values) {
        @Override
        public String toString() {
            return "Sample \"" + name + "\" (" + values.length + " values)";
        }
    }

    /** A named set of values to draw as a histogram. */
    public static Sample sample(String name, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("sample expected one or more values but was given "
                    + describe(values) + "; e.g. Plots.sample(\"normal\", errors)");
        }
        checkFinite("sample", "values", values);
        return new Sample(nameOrDefault(name), values.clone());
    }

    /**
     * A matrix of numbers as shaded cells, with a label per row and column (null for numbers):
     * values from 0 up shade from white to blue; with negative values, blue is below 0 and red above.
     *
     * <pre>{@code
     * Plots.heatmap("Position codes", codes, null, null, "position", "dimension")
     * }</pre>
     */
    public static Figure heatmap(String title, double[][] values, List<String> rowLabels,
                                 List<String> columnLabels, String rowTitle, String columnTitle) {
        return HeatmapDrawing.figure(title, values, rowLabels, columnLabels, rowTitle, columnTitle);
    }

    /**
     * Histograms of one or more samples on shared bins: {@code bins} equal bins from the smallest to
     * the largest value of all samples. Each bar is the fraction of its own sample in the bin, so
     * samples of different sizes compare; overlapping samples show through each other.
     *
     * <pre>{@code
     * Plots.histogram("Reconstruction errors", "error", 30,
     *         Plots.sample("normal", normalErrors), Plots.sample("anomalies", anomalyErrors));
     * }</pre>
     */
    public static Figure histogram(String title, String xTitle, int bins, Sample... samples) {
        if (samples == null || samples.length == 0 || Arrays.asList(samples).contains(null)) {
            throw new IllegalArgumentException("histogram expected one or more samples but was given "
                    + (samples == null ? "null" : Arrays.toString(samples)) + "; make them with"
                    + " Plots.sample(\"name\", values)");
        }
        if (bins < 1 || bins > 200) {
            throw new IllegalArgumentException("histogram expected from 1 to 200 bins but was given " + bins
                    + "; 20 to 40 bins suit a few hundred values");
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Sample sample : samples) {
            for (double v : sample.values()) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (high == low) {
            low -= 0.5;
            high += 0.5;
        }
        double width = (high - low) / bins;
        XYChart chart = Style.xyChart(title, xTitle == null ? "" : xTitle, "fraction of the sample");
        List<String> names = new ArrayList<>();
        List<double[]> outlinesX = new ArrayList<>();
        List<double[]> outlinesY = new ArrayList<>();
        double top = 0;
        for (int s = 0; s < samples.length; s++) {
            double[] fraction = new double[bins];
            for (double v : samples[s].values()) {
                fraction[Math.min(bins - 1, (int) ((v - low) / width))] += 1.0 / samples[s].values().length;
            }
            // The outline of the bars, up, across and down for each bin, from the sample's first
            // filled bin to its last, so that it draws no line along the axis beyond its values.
            int first = 0;
            int last = bins - 1;
            while (fraction[first] == 0) {
                first++;
            }
            while (fraction[last] == 0) {
                last--;
            }
            int used = last - first + 1;
            double[] x = new double[2 * used + 2];
            double[] y = new double[2 * used + 2];
            x[0] = low + first * width;
            for (int k = 0; k < used; k++) {
                int b = first + k;
                x[2 * k + 1] = low + b * width;
                y[2 * k + 1] = fraction[b];
                x[2 * k + 2] = low + (b + 1) * width;
                y[2 * k + 2] = fraction[b];
                top = Math.max(top, fraction[b]);
            }
            x[2 * used + 1] = low + (last + 1) * width;
            String name = samples[s].name();
            for (int copy = 2; names.contains(name); copy++) {
                name = samples[s].name() + " (" + copy + ")";
            }
            names.add(name);
            XYSeries bars = chart.addSeries(name, x, y);
            outlinesX.add(x);
            outlinesY.add(y);
            bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            bars.setMarker(SeriesMarkers.NONE);
            bars.setLineColor(Style.color(s));
            bars.setFillColor(Style.withAlpha(Style.color(s), 0.35));
        }
        double margin = 0.02 * (high - low);
        chart.getStyler().setXAxisMin(low - margin).setXAxisMax(high + margin);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(top * 1.08);
        chart.getStyler().setLegendVisible(samples.length > 1);
        placeLegend(chart, outlinesX, outlinesY);   // in the corner the bars leave most empty
        return Figure.of(chart);
    }

    /**
     * Sets an axis to the data's range plus a 2 % margin. Besides giving the line some air, the margin
     * keeps XChart 3.8 from putting a tick label at every data point when the points are evenly
     * spaced (it does that when the axis ends coincide with the data grid), which crowds the axis.
     */
    static void setRangeWithMargin(XYChart chart, double[] values, boolean xAxis) {
        double min = Arrays.stream(values).filter(Double::isFinite).min().orElse(0);
        double max = Arrays.stream(values).filter(Double::isFinite).max().orElse(1);
        double margin = max > min ? 0.02 * (max - min) : 0.5;
        if (xAxis) {
            chart.getStyler().setXAxisMin(min - margin).setXAxisMax(max + margin);
        } else {
            chart.getStyler().setYAxisMin(min - margin).setYAxisMax(max + margin);
        }
    }

    /**
     * Puts the legend in the inside corner that the data leave most empty (counting points along
     * the lines too), so it hides as little as possible. Call after the axis ranges are set.
     */
    static void placeLegend(XYChart chart, List<double[]> xs, List<double[]> ys) {
        placeLegend(chart, xs, ys, true);
    }

    static void placeLegend(XYChart chart, List<double[]> xs, List<double[]> ys,
                                    boolean lines) {
        double x0 = chart.getStyler().getXAxisMin();
        double x1 = chart.getStyler().getXAxisMax();
        double y0 = chart.getStyler().getYAxisMin();
        double y1 = chart.getStyler().getYAxisMax();
        int[] crowding = new int[4]; // NE, NW, SE, SW
        for (int s = 0; s < xs.size(); s++) {
            double[] x = xs.get(s);
            double[] y = ys.get(s);
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < 4; k++) { // also between points, where the line runs
                    if (k > 0 && (i == 0 || !lines)) {
                        break;
                    }
                    double t = 1 - k / 4.0;
                    double px = i == 0 ? x[0] : x[i - 1] + t * (x[i] - x[i - 1]);
                    double py = i == 0 ? y[0] : y[i - 1] + t * (y[i] - y[i - 1]);
                    double u = (px - x0) / (x1 - x0);
                    double v = (py - y0) / (y1 - y0);
                    boolean right = u > 0.6;
                    boolean left = u < 0.4;
                    boolean top = v > 0.72;
                    boolean bottom = v < 0.28;
                    if (top && right) {
                        crowding[0]++;
                    } else if (top && left) {
                        crowding[1]++;
                    } else if (bottom && right) {
                        crowding[2]++;
                    } else if (bottom && left) {
                        crowding[3]++;
                    }
                }
            }
        }
        Styler.LegendPosition[] corners = {Styler.LegendPosition.InsideNE,
            Styler.LegendPosition.InsideNW, Styler.LegendPosition.InsideSE, Styler.LegendPosition.InsideSW};
        int best = 0;
        int total = 0;
        for (int k = 0; k < 4; k++) {
            total += crowding[k];
            if (crowding[k] < crowding[best]) {
                best = k;
            }
        }
        if (crowding[best] > 0 && crowding[best] * 20 > total) {
            // No free corner: a row under the plot hides nothing.
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        } else {
            chart.getStyler().setLegendPosition(corners[best]);
        }
    }

    static int confidenceLevel(double p, int classes) {
        double chance = 1.0 / classes;
        double sureness = (p - chance) / (1 - chance); // 0 at chance, 1 when certain
        return sureness < 0.4 ? 0 : sureness < 0.8 ? 1 : 2;
    }

    /** Draws the examples one colour per class, and puts the legend where it hides fewest. */
    static void addPoints(XYChart chart, DataSet data) {
        INDArray x = data.getFeatures();
        placeLegend(chart, List.of(x.getColumn(0).castTo(DataType.DOUBLE).toDoubleVector()),
                List.of(x.getColumn(1).castTo(DataType.DOUBLE).toDoubleVector()), false);
        addClassSeries(chart, x.getColumn(0).castTo(DataType.DOUBLE).toDoubleVector(),
                x.getColumn(1).castTo(DataType.DOUBLE).toDoubleVector(), data.getLabels().argMax(1).toIntVector(),
                (int) data.getLabels().size(1), data.getLabelNamesList(), 1);
    }

    /**
     * One scatter series per class, in the class's colour at {@code opacity} (1 for opaque), named
     * by {@code names} when it has a name for every class, else "class c"; empty classes are left out.
     */
    static void addClassSeries(XYChart chart, double[] x, double[] y, int[] classes, int classCount,
                               List<String> names, double opacity) {
        for (int c = 0; c < classCount; c++) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] == c) {
                    px.add(x[i]);
                    py.add(y[i]);
                }
            }
            if (px.isEmpty()) {
                continue;
            }
            String name = names != null && names.size() == classCount ? names.get(c) : "class " + c;
            XYSeries points = chart.addSeries(name, px, py);
            points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(opacity >= 1 ? Style.color(c) : Style.withAlpha(Style.color(c), opacity));
        }
    }

    static double[] padded(INDArray column) {
        double min = column.minNumber().doubleValue();
        double max = column.maxNumber().doubleValue();
        double pad = Math.max(1e-6, 0.08 * (max - min));
        return new double[] {min - pad, max + pad};
    }

    static double[] concat(List<double[]> arrays) {
        return arrays.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    static String nameOrDefault(String name) {
        return name == null || name.isBlank() ? "series" : name;
    }

    static void checkSameLength(String call, double[] x, double[] y) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(call + " expected two arrays of the same, non-zero length"
                    + " but was given " + describe(x) + " and " + describe(y)
                    + "; pass one y value for every x value");
        }
    }

    static void checkFinite(String call, String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(call + " expected finite numbers but " + name + "["
                        + i + "] is " + values[i] + "; remove or replace such values before plotting");
            }
        }
    }

    static void checkRange(String call, double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from >= to) {
            throw new IllegalArgumentException(call + " expected a range from a smaller to a larger"
                    + " finite number but was given from " + from + " to " + to
                    + "; e.g. from -5 to 5");
        }
    }

    static void checkRange(String call, String name, double[] range) {
        if (range == null || range.length != 2) {
            throw new IllegalArgumentException(call + " expected " + name + " as two numbers {from, to}"
                    + " but was given " + (range == null ? "null" : Arrays.toString(range))
                    + "; e.g. new double[] {-2, 2}");
        }
        checkRange(call + " " + name, range[0], range[1]);
    }

    static String describe(double[] a) {
        return a == null ? "null" : a.length + " values";
    }

    static void checkTwoFeatures(String call, DataSet data) {
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
