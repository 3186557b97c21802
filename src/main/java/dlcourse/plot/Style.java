package dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The house style every figure of the course shares: white background, light grid, no frame,
 * readable ticks, one palette. {@link Plots} applies it; apply it yourself to a chart you built
 * with XChart directly:
 *
 * <pre>{@code
 * XYChart chart = new XYChartBuilder().width(640).height(400).build();
 * Style.apply(chart);
 * }</pre>
 */
public final class Style {

    /** Default figure size in logical pixels. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;

    /**
     * The series colours, in order (the "tab10" palette that matplotlib and most textbooks use,
     * so colours mean the same here as in the material a learner reads next).
     */
    public static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf),
    };

    static final Color INK = new Color(0x333333);
    static final Color MUTED_INK = new Color(0x555555);
    static final Color GRID = new Color(0xe6e6e6);
    /** Tick labels: optional decimals, so 2, 0.5 and 0.05 each print as they are. */
    static final String TICK_PATTERN = "0.########";

    private Style() {
    }

    /** The palette colour for series number {@code i} (wrapping around). */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** {@code color} with the given opacity from 0 (clear) to 1 (solid). */
    public static Color withAlpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(),
                (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }

    /** Applies the house style to any XChart chart and returns it. */
    public static <C extends Chart<?, ?>> C apply(C chart) {
        Styler s = chart.getStyler();
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        s.setBaseFont(base);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(INK);
        s.setChartTitleFont(base.deriveFont(Font.BOLD, 14f));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(12);
        s.setLegendFont(base.deriveFont(12f));
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(withAlpha(Color.WHITE, 0.85));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setSeriesColors(PALETTE);
        s.setSeriesLines(new BasicStroke[] {new BasicStroke(2f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND)});
        s.setSeriesMarkers(new Marker[] {SeriesMarkers.CIRCLE});
        s.setMarkerSize(6);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
        if (s instanceof AxesChartStyler) {
            AxesChartStyler a = (AxesChartStyler) s;
            a.setAxisTitleFont(base.deriveFont(12f));
            a.setAxisTickLabelsFont(base.deriveFont(11f));
            a.setAxisTickLabelsColor(MUTED_INK);
            a.setAxisTickMarksColor(GRID);
            a.setAxisTicksLineVisible(false);
            a.setPlotGridVerticalLinesVisible(false);
            a.setXAxisTickMarkSpacingHint(90);
            a.setPlotGridLinesColor(GRID);
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setPlotMargin(4);
            a.setAxisTitlePadding(8);
            // A leading 0 (0.05, where XChart writes .05) and as many decimals as a tick needs.
            a.setXAxisDecimalPattern(TICK_PATTERN);
            a.setYAxisDecimalPattern(TICK_PATTERN);
        }
        return chart;
    }

    /** A new XY chart of the default size with the house style and the given titles. */
    static XYChart xyChart(String title, String xTitle, String yTitle) {
        return xyChart(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** The same at another size. */
    static XYChart xyChart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title == null ? "" : title);
        chart.setXAxisTitle(xTitle == null ? "" : xTitle);
        chart.setYAxisTitle(yTitle == null ? "" : yTitle);
        apply(chart);
        chart.getStyler().setChartTitleVisible(title != null && !title.isBlank());
        return chart;
    }
}
