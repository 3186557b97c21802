package dlcourse.plot;

import static dlcourse.plot.Plots.*;

import dlcourse.train.History;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Training curves from a {@link History}: the loss (and accuracy, validation loss and accuracy when
 * recorded) per epoch, in one chart or two side by side, the best epoch and an interrupted or early
 * stopped training marked. The live chart of training draws these as it goes.
 *
 * <pre>{@code
 * History history = Trainer.fit(net, data, 40);
 * TrainingPlots.history(history)
 * }</pre>
 */
public final class TrainingPlots {

    /** The dashed line at the kept epoch: a grey no curve uses. */
    static final Color KEPT_EPOCH = new Color(0x8c8c8c);

    private TrainingPlots() {
    }

    /**
     * The curves of a training run, with the latest epoch's numbers in the title: losses on the
     * left and, when accuracy was measured, accuracies on a panel of their own on the right
     * (training in blue, validation in orange on both). Metrics of a custom loop (a GAN's
     * "generator loss", "discriminator loss") are drawn by name.
     */
    public static Figure history(History history) {
        return history(null, history);
    }

    /**
     * As {@link #history(History)}, with a name before the title, to tell several runs apart:
     * {@code TrainingPlots.history("balanced", balancedHistory)}.
     */
    public static Figure history(String name, History history) {
        return history(name, history, null);
    }

    /**
     * The chart of a run still going: {@link #history(History)} with {@code progress} after the
     * title, e.g. "epoch 4: batch 120 of 469, about 20 s left" (what the live chart shows during a
     * long epoch).
     */
    public static Figure historyInProgress(History history, String progress) {
        return history(null, history, progress);
    }

    private static Figure history(String name, History history, String progress) {
        if (history == null || history.epochs() == 0) {
            throw new IllegalArgumentException("history expected a training history with at least one"
                    + " epoch but was given " + (history == null ? "null" : "an empty one")
                    + "; train first, e.g. History h = Trainer.fit(net, data, 10)");
        }
        List<String> losses = new ArrayList<>();
        List<String> accuracies = new ArrayList<>();
        for (String metric : history.metrics()) {
            (History.higherIsBetter(metric) ? accuracies : losses).add(metric);
        }
        String title = (name == null || name.isBlank() ? "" : name + ": ") + progressTitle(history)
                + (progress == null || progress.isBlank() ? "" : " · " + progress);
        if (accuracies.isEmpty() || losses.isEmpty()) {
            boolean lossLike = !losses.isEmpty();
            List<String> metrics = lossLike ? losses : accuracies;
            XYChart chart = historyPanel(history, metrics, title, Style.WIDTH, Style.HEIGHT,
                    !lossLike);
            return Figure.of(chart);
        }
        int panelWidth = 460;
        int panelHeight = 340;
        return Figure.row(title,
                Figure.of(historyPanel(history, losses, null, panelWidth, panelHeight, false)),
                Figure.of(historyPanel(history, accuracies, null, panelWidth, panelHeight, true)));
    }

    private static XYChart historyPanel(History history, List<String> metrics, String title,
                                        int width, int height, boolean higherIsBetter) {
        double[] epochs = history.table().intColumn(History.EPOCH).asDoubleArray();
        boolean allLosses = metrics.stream().allMatch(m -> m.toLowerCase(Locale.ROOT).contains("loss"));
        // The higher-is-better panel holds accuracies (drawn in percent) or an agent's returns.
        boolean percent = higherIsBetter
                && metrics.stream().allMatch(m -> m.toLowerCase(Locale.ROOT).contains("accuracy"));
        String yTitle = percent ? "accuracy" : allLosses ? "loss" : metrics.size() == 1 ? metrics.get(0) : "value";
        XYChart chart = Style.xyChart(title, "epoch", yTitle, width, height);
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < metrics.size(); i++) {
            String metric = metrics.get(i);
            double[] values = history.values(metric);
            XYSeries s = chart.addSeries(seriesName(metric), epochs, values);
            s.setMarker(epochs.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            Color colour = Style.color(standardPair(metrics) ? (metric.startsWith("validation") ? 1 : 0) : i);
            s.setLineColor(colour);
            s.setMarkerColor(colour);
            for (double v : values) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        boolean bestMarked = history.bestEpoch() > 0;
        chart.getStyler().setLegendVisible(metrics.size() > 1 || bestMarked);
        List<double[]> curves = new ArrayList<>();
        for (String metric : metrics) {
            curves.add(history.values(metric));
        }
        setRangeWithMargin(chart, new double[] {1, Math.max(2, history.plannedEpochs())}, true);
        chart.getStyler().setXAxisDecimalPattern("#");
        if (percent) {
            // From a round tenth below the lowest accuracy to 100 %, in percent.
            double bottom = low == Double.MAX_VALUE ? 0 : Math.max(0, Math.floor(low * 10 - 0.2) / 10);
            chart.getStyler().setYAxisMin(bottom).setYAxisMax(1.0);
            chart.getStyler().setYAxisDecimalPattern("0%");
        } else if (low >= 0 && low != Double.MAX_VALUE && high > 0) {
            chart.getStyler().setYAxisMin(0.0).setYAxisMax(high * 1.05);
        } else {
            // Values below 0 (an episode's return, a log-likelihood), all 0, or none finite yet.
            setRangeWithMargin(chart, new double[] {low == Double.MAX_VALUE ? 0 : low,
                    high == -Double.MAX_VALUE ? 1 : high}, false);
        }
        List<double[]> epochAxes = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            epochAxes.add(epochs);
        }
        if (bestMarked) {
            markBestEpoch(chart, history.bestEpoch());
            epochAxes.add(new double[] {history.bestEpoch(), history.bestEpoch()});
            curves.add(new double[] {chart.getStyler().getYAxisMin(), chart.getStyler().getYAxisMax()});
        }
        placeLegend(chart, epochAxes, curves);
        return chart;
    }

    /**
     * A dashed vertical line at the epoch whose parameters the model kept (early stopping gives
     * them back), so the chart shows which point of the curves the model is. Call after the axis
     * ranges are set: the line spans the whole height.
     */
    private static void markBestEpoch(XYChart chart, int epoch) {
        double bottom = chart.getStyler().getYAxisMin();
        double top = chart.getStyler().getYAxisMax();
        XYSeries line = chart.addSeries("epoch " + epoch + " (kept)", new double[] {epoch, epoch},
                new double[] {bottom, top});
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(KEPT_EPOCH);
        line.setLineStyle(SeriesLines.DASH_DASH);
    }

    /** True for "loss" with "validation loss" or "accuracy" with "validation accuracy". */
    private static boolean standardPair(List<String> metrics) {
        return metrics.stream().allMatch(m -> m.equals(History.LOSS) || m.equals(History.ACCURACY)
                || m.equals(History.VALIDATION_LOSS) || m.equals(History.VALIDATION_ACCURACY));
    }

    private static String seriesName(String metric) {
        switch (metric) {
            case History.LOSS:
            case History.ACCURACY:
                return "training";
            case History.VALIDATION_LOSS:
            case History.VALIDATION_ACCURACY:
                return "validation";
            default:
                return metric;
        }
    }

    private static String progressTitle(History h) {
        StringBuilder title = new StringBuilder("Epoch " + h.epochs() + " of " + h.plannedEpochs());
        for (String metric : h.metrics()) {
            double value = h.last(metric);
            switch (metric) {
                case History.LOSS:
                    title.append(String.format(Locale.ROOT, " · loss %.3f", value));
                    break;
                case History.ACCURACY:
                    title.append(String.format(Locale.ROOT, " · accuracy %.1f%%", 100 * value));
                    break;
                case History.VALIDATION_ACCURACY:
                    title.append(String.format(Locale.ROOT, " · validation %.1f%%", 100 * value));
                    break;
                case History.VALIDATION_LOSS:
                    break; // the validation accuracy, or the curve, tells it
                default:
                    title.append(String.format(Locale.ROOT, " · %s %.3f", metric, value));
            }
        }
        title.append(String.format(Locale.ROOT, " · %.1f s", h.seconds()));
        if (h.interrupted()) {
            title.append(" · interrupted");
        }
        return title.toString();
    }
}
