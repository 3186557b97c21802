package dlcourse.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How well a score separates two groups, the <em>positives</em> (say, anomalies) from the
 * <em>negatives</em> (normal examples), when every example whose score reaches a threshold is
 * flagged as positive. At one threshold: the <b>recall</b> (the fraction of positives flagged), the
 * <b>precision</b> (the fraction of flagged examples that are positive) and the <b>false positive
 * rate</b> (the fraction of negatives flagged). Over all thresholds: the <b>ROC curve</b> (true
 * positive rate, that is recall, against false positive rate) and the area under it, the
 * <b>AUC</b>: the probability that a random positive scores higher than a random negative (ties
 * count half), 1 for a perfect score and 0.5 for a coin flip.
 *
 * <pre>{@code
 * double[] errors = Autoencoder.reconstructionErrors(net, x);    // the score: higher = more unusual
 * Roc roc = Roc.of(errors, isAnomaly);                          // or Roc.of(anomalyErrors, normalErrors)
 * roc.auc();                                                    // 0.95
 * double threshold = roc.thresholdForRecall(0.9);               // flag 90 % of the anomalies
 * roc.precision(threshold);                                     // how many flags are right
 * roc.table(threshold);                                         // the counts behind them
 * Plots.lines("ROC curve", "false positive rate", "true positive rate",
 *         Plots.series("autoencoder", roc.falsePositiveRates(), roc.truePositiveRates()));
 * }</pre>
 */
public final class Roc {

    /** The scores, highest first, and whether each belongs to a positive. */
    private final double[] scores;
    private final boolean[] positive;
    private final int positives;
    private final int negatives;
    /** The curve: one point per distinct score (flag every score ≥ it), after the point (0, 0). */
    private final double[] thresholds;
    private final double[] fpr;
    private final double[] tpr;
    private final double auc;

    private Roc(double[] scores, boolean[] positive) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        this.scores = new double[scores.length];
        this.positive = new boolean[scores.length];
        int p = 0;
        for (int k = 0; k < order.length; k++) {
            this.scores[k] = scores[order[k]];
            this.positive[k] = positive[order[k]];
            p += positive[order[k]] ? 1 : 0;
        }
        this.positives = p;
        this.negatives = scores.length - p;
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {Double.POSITIVE_INFINITY, 0, 0});
        int tp = 0;
        int fp = 0;
        double area = 0;
        for (int k = 0; k < this.scores.length; k++) {
            if (this.positive[k]) {
                tp++;
            } else {
                fp++;
            }
            if (k + 1 == this.scores.length || this.scores[k + 1] != this.scores[k]) {
                double[] last = points.get(points.size() - 1);
                double x = (double) fp / negatives;
                double y = (double) tp / positives;
                area += (x - last[1]) * (y + last[2]) / 2;    // a trapezoid: ties count half
                points.add(new double[] {this.scores[k], x, y});
            }
        }
        this.thresholds = points.stream().mapToDouble(q -> q[0]).toArray();
        this.fpr = points.stream().mapToDouble(q -> q[1]).toArray();
        this.tpr = points.stream().mapToDouble(q -> q[2]).toArray();
        this.auc = area;
    }

    /**
     * From one score per example and whether each example is a positive; a higher score must mean
     * "more likely positive" (for reconstruction errors: more unusual).
     */
    public static Roc of(double[] scores, boolean[] positive) {
        if (scores == null || positive == null) {
            throw new IllegalArgumentException("Roc expected scores and one true/false per example but was"
                    + " given " + (scores == null ? "null scores" : "null positives")
                    + "; e.g. Roc.of(errors, isAnomaly)");
        }
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("Roc expected one true/false (positive or not) per score but"
                    + " was given " + scores.length + " scores and " + positive.length
                    + " true/false values; compute both for the same examples");
        }
        checkScores(scores, "scores");
        int p = 0;
        for (boolean b : positive) {
            p += b ? 1 : 0;
        }
        if (p == 0 || p == positive.length) {
            throw new IllegalArgumentException("Roc expected both positives and negatives but all "
                    + positive.length + " examples are " + (p == 0 ? "negatives" : "positives")
                    + "; include examples of both groups, e.g. normal digits and anomalies");
        }
        return new Roc(scores.clone(), positive.clone());
    }

    /** From the scores of the positives (e.g. the anomalies) and of the negatives (the normal examples). */
    public static Roc of(double[] positiveScores, double[] negativeScores) {
        if (positiveScores == null || negativeScores == null || positiveScores.length == 0
                || negativeScores.length == 0) {
            throw new IllegalArgumentException("Roc expected the scores of some positives and of some"
                    + " negatives but was given " + describe(positiveScores) + " positive and "
                    + describe(negativeScores) + " negative scores; e.g. Roc.of(anomalyErrors, normalErrors)");
        }
        checkScores(positiveScores, "positive scores");
        checkScores(negativeScores, "negative scores");
        double[] scores = new double[positiveScores.length + negativeScores.length];
        boolean[] positive = new boolean[scores.length];
        System.arraycopy(positiveScores, 0, scores, 0, positiveScores.length);
        System.arraycopy(negativeScores, 0, scores, positiveScores.length, negativeScores.length);
        Arrays.fill(positive, 0, positiveScores.length, true);
        return new Roc(scores, positive);
    }

    /** The area under the ROC curve: 1 separates perfectly, 0.5 is chance. */
    public double auc() {
        return auc;
    }

    /** How many examples are positives. */
    public int positives() {
        return positives;
    }

    /** How many examples are negatives. */
    public int negatives() {
        return negatives;
    }

    /** The curve's x values, from 0 to 1: the false positive rate at each of {@link #thresholds()}. */
    public double[] falsePositiveRates() {
        return fpr.clone();
    }

    /** The curve's y values, from 0 to 1: the true positive rate (recall) at each threshold. */
    public double[] truePositiveRates() {
        return tpr.clone();
    }

    /**
     * The thresholds of the curve's points, highest first: the first is +∞ (nothing flagged, the
     * point (0, 0)), then every distinct score (flag the scores ≥ it), down to the lowest (all flagged).
     */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** How many examples score at or above {@code threshold}, and so are flagged. */
    public int flagged(double threshold) {
        return truePositives(threshold) + falsePositives(threshold);
    }

    /** How many positives score at or above {@code threshold}. */
    public int truePositives(double threshold) {
        return count(threshold, true);
    }

    /** How many negatives score at or above {@code threshold}: false alarms. */
    public int falsePositives(double threshold) {
        return count(threshold, false);
    }

    /** The fraction of positives flagged at {@code threshold}: true positives / positives. */
    public double recall(double threshold) {
        return (double) truePositives(threshold) / positives;
    }

    /**
     * The fraction of flagged examples that are positives: true positives / flagged; NaN when the
     * threshold is so high that nothing is flagged.
     */
    public double precision(double threshold) {
        int flagged = flagged(threshold);
        return flagged == 0 ? Double.NaN : (double) truePositives(threshold) / flagged;
    }

    /** The fraction of negatives flagged at {@code threshold}: false positives / negatives. */
    public double falsePositiveRate(double threshold) {
        return (double) falsePositives(threshold) / negatives;
    }

    /**
     * The highest threshold that flags at least the fraction {@code recall} of the positives: the
     * fewest false alarms for that recall. It is always one of the positives' scores.
     */
    public double thresholdForRecall(double recall) {
        if (!(recall > 0 && recall <= 1)) {
            throw new IllegalArgumentException("thresholdForRecall expected a recall above 0 and at most 1"
                    + " but was given " + recall + "; e.g. 0.9 to flag 90 % of the positives");
        }
        int needed = (int) Math.ceil(recall * positives - 1e-9);
        int tp = 0;
        for (int k = 0; k < scores.length; k++) {
            if (positive[k] && ++tp == needed) {
                return scores[k];
            }
        }
        throw new IllegalStateException("unreachable: " + needed + " of " + positives + " positives");
    }

    /**
     * One row per threshold: how many examples are flagged, how many of them are positives (true
     * positives) and negatives (false positives), and the precision, recall and false positive rate.
     */
    public Table table(double... thresholdsToShow) {
        if (thresholdsToShow == null || thresholdsToShow.length == 0) {
            throw new IllegalArgumentException("table expected one or more thresholds but was given none;"
                    + " e.g. roc.table(roc.thresholdForRecall(0.9))");
        }
        for (double t : thresholdsToShow) {
            if (Double.isNaN(t)) {
                throw new IllegalArgumentException("table expected thresholds that are numbers but was given"
                        + " NaN; take them from thresholdForRecall or from the scores");
            }
        }
        double[] ts = thresholdsToShow.clone();
        DoubleColumn thresholds = DoubleColumn.create("threshold", ts);
        // Scores are small numbers with many digits; four decimals tell the thresholds apart.
        thresholds.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4));
        return Table.create("Flagging scores ≥ threshold (" + positives + " positives, " + negatives
                        + " negatives)",
                thresholds,
                IntColumn.create("flagged", Arrays.stream(ts).mapToInt(this::flagged).toArray()),
                IntColumn.create("true positives", Arrays.stream(ts).mapToInt(this::truePositives).toArray()),
                IntColumn.create("false positives", Arrays.stream(ts).mapToInt(this::falsePositives).toArray()),
                DoubleColumn.create("precision", Arrays.stream(ts).map(t -> round(precision(t))).toArray()),
                DoubleColumn.create("recall", Arrays.stream(ts).map(t -> round(recall(t))).toArray()),
                DoubleColumn.create("false positive rate",
                        Arrays.stream(ts).map(t -> round(falsePositiveRate(t))).toArray()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Roc: %d positives, %d negatives, AUC %.4f", positives, negatives, auc);
    }

    private int count(double threshold, boolean wanted) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("Roc expected a threshold that is a number but was given NaN;"
                    + " take one from thresholdForRecall or from the scores");
        }
        int n = 0;
        for (int k = 0; k < scores.length && scores[k] >= threshold; k++) {
            n += positive[k] == wanted ? 1 : 0;
        }
        return n;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
    }

    private static void checkScores(double[] scores, String what) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("Roc expected one or more " + what + " but was given none");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("Roc expected finite " + what + " but element " + i + " is "
                        + scores[i] + "; check the network's outputs (a NaN often means training diverged)");
            }
        }
    }

    private static String describe(double[] scores) {
        return scores == null ? "null" : String.valueOf(scores.length);
    }
}
