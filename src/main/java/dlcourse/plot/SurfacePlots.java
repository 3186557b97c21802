package dlcourse.plot;

import static dlcourse.plot.Plots.*;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A loss over two parameters as a filled contour map, with the paths optimizers take across it: how
 * chapter 05 shows what momentum, RMSProp and Adam do differently.
 *
 * <pre>{@code
 * SurfacePlots.lossSurface("Rosenbrock", (x, y) -> Math.pow(1 - x, 2) + 100 * Math.pow(y - x * x, 2),
 *         new double[] {-2, 2}, new double[] {-1, 3}, paths)
 * }</pre>
 */
public final class SurfacePlots {

    private SurfacePlots() {
    }

    /**
     * Contour lines of a loss over two parameters, on bands shaded from dark (low) to light
     * (high), with the paths optimizers took on top: each a coloured line from a circle (start)
     * to a square (end). The levels split the plotted values into equal shares, so both the
     * valley floor and the steep walls get lines.
     *
     * <pre>{@code
     * SurfacePlots.lossSurface("Momentum", (w1, w2) -> w1 * w1 + 10 * w2 * w2,
     *         new double[] {-3, 3}, new double[] {-2, 2}, Plots.series("momentum", path));
     * }</pre>
     */
    public static Figure lossSurface(String title, DoubleBinaryOperator loss, double[] xRange,
                                     double[] yRange, Series... trajectories) {
        if (loss == null) {
            throw new IllegalArgumentException("lossSurface expected a loss function of two parameters"
                    + " but was given null; pass one, e.g. (x, y) -> x * x + 10 * y * y");
        }
        checkRange("lossSurface", "xRange", xRange);
        checkRange("lossSurface", "yRange", yRange);
        if (trajectories == null || Arrays.asList(trajectories).contains(null)) {
            throw new IllegalArgumentException("lossSurface expected trajectories made with"
                    + " Plots.series(name, points) but was given " + (trajectories == null ? "null"
                    : Arrays.toString(trajectories)) + "; pass none, or only real ones");
        }
        int g = SURFACE_GRID;
        double[] xs = new double[g + 1];
        double[] ys = new double[g + 1];
        double[][] z = new double[g + 1][g + 1];
        for (int k = 0; k <= g; k++) {
            xs[k] = xRange[0] + k * (xRange[1] - xRange[0]) / g;
            ys[k] = yRange[0] + k * (yRange[1] - yRange[0]) / g;
        }
        for (int i = 0; i <= g; i++) {
            for (int j = 0; j <= g; j++) {
                z[i][j] = loss.applyAsDouble(xs[j], ys[i]);
                if (!Double.isFinite(z[i][j])) {
                    throw new IllegalArgumentException("lossSurface expected finite losses but at (x, y) = ("
                            + xs[j] + ", " + ys[i] + ") the loss is " + z[i][j] + "; choose ranges"
                            + " where the loss is defined");
                }
            }
        }
        double[] levels = Contours.quantileLevels(z, CONTOUR_LEVELS);

        // Keep the plot area about as wide as the ranges are, so gradients cross contours at right
        // angles as they should.
        double aspect = (yRange[1] - yRange[0]) / (xRange[1] - xRange[0]);
        int plotWidth = Style.WIDTH - 110;
        int plotHeight = (int) Math.round(Math.max(160, Math.min(560, plotWidth * aspect)));
        if (plotWidth * aspect > 560) {
            plotWidth = (int) Math.max(220, Math.round(560 / aspect));
        }
        XYChart chart = new XYChart(plotWidth + 110, plotHeight + 110);
        chart.setTitle(title == null ? "" : title);
        chart.setXAxisTitle("x");
        chart.setYAxisTitle("y");
        Style.apply(chart);
        chart.getStyler().setChartTitleVisible(title != null && !title.isBlank());

        // Bands: each grid node's square takes the shade of the band its loss falls in.
        double cellWidth = (double) plotWidth / g;
        double cellHeight = (double) plotHeight / g;
        CellMarker cell = new CellMarker(cellWidth + 1.2, cellHeight + 1.2);
        for (int band = 0; band <= levels.length; band++) {
            List<Double> bx = new ArrayList<>();
            List<Double> by = new ArrayList<>();
            for (int i = 0; i <= g; i++) {
                for (int j = 0; j <= g; j++) {
                    if (bandOf(z[i][j], levels) == band) {
                        bx.add(xs[j]);
                        by.add(ys[i]);
                    }
                }
            }
            if (bx.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(HIDDEN + "band " + band, bx, by);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(cell);
            s.setMarkerColor(bandColour(band, levels.length));
            s.setShowInLegend(false);
        }
        for (int k = 0; k < levels.length; k++) {
            List<Double> lx = new ArrayList<>();
            List<Double> ly = new ArrayList<>();
            for (List<double[]> line : Contours.lines(xs, ys, z, levels[k])) {
                for (double[] p : line) {
                    lx.add(p[0]);
                    ly.add(p[1]);
                }
                lx.add(Double.NaN); // XChart breaks the line at a missing point
                ly.add(Double.NaN);
            }
            if (lx.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(HIDDEN + "contour " + k, lx, ly);
            s.setMarker(SeriesMarkers.NONE);
            // Opaque: XChart draws a line piece by piece, and see-through pieces darken where they meet.
            s.setLineColor(Painting.mix(Style.INK, Color.WHITE, 0.5));
            s.setLineStyle(new BasicStroke(0.8f));
            s.setShowInLegend(false);
        }
        for (int t = 0; t < trajectories.length; t++) {
            Series path = trajectories[t];
            Color colour = Style.color(t);
            String name = path.name();
            for (int copy = 2; chart.getSeriesMap().containsKey(name); copy++) {
                name = path.name() + " (" + copy + ")";
            }
            XYSeries s = chart.addSeries(name, path.x(), path.y());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(colour);
            s.setMarkerColor(colour);
            s.setLineStyle(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int last = path.x().length - 1;
            XYSeries start = chart.addSeries(HIDDEN + "start " + t, new double[] {path.x()[0]},
                    new double[] {path.y()[0]});
            start.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            start.setMarker(SeriesMarkers.CIRCLE);
            start.setMarkerColor(colour);
            start.setShowInLegend(false);
            XYSeries end = chart.addSeries(HIDDEN + "end " + t, new double[] {path.x()[last]},
                    new double[] {path.y()[last]});
            end.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            end.setMarker(SeriesMarkers.SQUARE);
            end.setMarkerColor(colour);
            end.setShowInLegend(false);
        }
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setLegendVisible(trajectories.length > 0);
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        placeLegend(chart, Arrays.stream(trajectories).map(Series::x).collect(java.util.stream.Collectors.toList()),
                Arrays.stream(trajectories).map(Series::y).collect(java.util.stream.Collectors.toList()));
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0);
        return Figure.of(chart);
    }

    private static int bandOf(double value, double[] levels) {
        int band = 0;
        while (band < levels.length && value > levels[band]) {
            band++;
        }
        return band;
    }

    /** From a muted blue-grey in the valley to near white on the heights. */
    private static Color bandColour(int band, int levels) {
        double t = levels == 0 ? 1 : (double) band / levels;
        return Painting.mix(new Color(0x9fb3c8), Color.WHITE, 0.1 + 0.85 * t);
    }

    /** A filled rectangle of a fixed size in pixels, to shade one grid cell of a surface. */
    private static final class CellMarker extends org.knowm.xchart.style.markers.Marker {
        private final double width;
        private final double height;

        CellMarker(double width, double height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public void paint(java.awt.Graphics2D g, double x, double y, int markerSize) {
            g.fill(new java.awt.geom.Rectangle2D.Double(x - width / 2, y - height / 2, width, height));
        }
    }
}
