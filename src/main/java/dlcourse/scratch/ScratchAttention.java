package dlcourse.scratch;

import java.util.Arrays;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scaled dot-product attention in plain Java, small enough to read in one sitting: every position
 * asks a question (its query), every position offers a label (its key) and a content (its value),
 * and each output is the average of the values weighted by how well the keys answer the query.
 *
 * <pre>{@code
 * ScratchAttention.Result r = ScratchAttention.attend(q, k, v, true, false);   // [T][d] each
 * r.weights()[2]    // how much position 2 looks at each position; the row adds up to 1
 * }</pre>
 *
 * <pre>
 *   scores = Q·Kᵀ / √d,   weights = softmax of each row,   output = weights·V
 * </pre>
 *
 * Rows are positions: {@code q[t]} is position t's query. The tests check it against SameDiff's
 * {@code dotProductAttention}, DL4J's own.
 */
public final class ScratchAttention {

    private ScratchAttention() {
    }

    /** The attention weights {@code [queries][keys]} (each row adds up to 1) and the outputs {@code [queries][d]}. */
    public record Result(double[][] weights, double[][] output) {
        @Override
        public String toString() {
            return "attention of " + weights.length + " queries over " + weights[0].length + " keys, "
                    + output[0].length + " values per output";
        }
    }

    /**
     * Attention of every query over every key. With {@code scaled} the scores are divided by √d (d
     * the length of a query), which keeps them near 1 in size however long the vectors are; with
     * {@code causal} query t sees only keys 0 to t, as a language model must.
     */
    public static Result attend(double[][] q, double[][] k, double[][] v, boolean scaled, boolean causal) {
        check(q, k, v, causal);
        double scale = scaled ? 1 / Math.sqrt(q[0].length) : 1;
        double[][] weights = new double[q.length][];
        double[][] output = new double[q.length][v[0].length];
        for (int t = 0; t < q.length; t++) {
            int visible = causal ? t + 1 : k.length;      // the keys query t may look at
            double[] scores = new double[visible];
            for (int s = 0; s < visible; s++) {
                scores[s] = dot(q[t], k[s]) * scale;
            }
            weights[t] = Arrays.copyOf(softmax(scores), k.length);   // hidden keys get weight 0
            for (int s = 0; s < visible; s++) {
                for (int j = 0; j < output[t].length; j++) {
                    output[t][j] += weights[t][s] * v[s][j];
                }
            }
        }
        return new Result(weights, output);
    }

    /**
     * The same attention computed by DL4J's own operation, SameDiff's {@code dotProductAttention}
     * (no mask), as rows {@code [queries][d]}: what {@link #attend} is checked against.
     */
    public static double[][] sameDiff(double[][] q, double[][] k, double[][] v, boolean scaled) {
        check(q, k, v, false);
        SameDiff sd = SameDiff.create();
        SDVariable out = sd.nn.dotProductAttention(sd.constant(featuresFirst(q)), sd.constant(featuresFirst(k)),
                sd.constant(featuresFirst(v)), null, scaled);
        return out.eval().reshape(v[0].length, q.length).transpose().toDoubleMatrix();
    }

    /** Rows of positions {@code [T][d]} in SameDiff's layout {@code [1, d, T]}. */
    private static INDArray featuresFirst(double[][] rows) {
        return Nd4j.create(rows).transpose().reshape(1, rows[0].length, rows.length).castTo(DataType.DOUBLE);
    }

    /** e^(xᵢ − max) / Σ e^(xⱼ − max): subtracting the largest score first keeps e^x from overflowing. */
    public static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] e = Arrays.stream(scores).map(x -> Math.exp(x - max)).toArray();
        double sum = Arrays.stream(e).sum();
        return Arrays.stream(e).map(x -> x / sum).toArray();
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void check(double[][] q, double[][] k, double[][] v, boolean causal) {
        if (q == null || k == null || v == null || q.length == 0 || k.length == 0 || v.length == 0) {
            throw new IllegalArgumentException("attend expected queries, keys and values with one row per"
                    + " position but was given " + (q == null || k == null || v == null ? "null" : "no rows")
                    + "; pass double[positions][numbers] arrays");
        }
        if (k.length != v.length) {
            throw new IllegalArgumentException("attend expected one value per key but was given " + k.length
                    + " keys and " + v.length + " values; keys and values come from the same positions");
        }
        if (q[0].length != k[0].length) {
            throw new IllegalArgumentException("attend expected queries and keys of the same length but was"
                    + " given " + q[0].length + " and " + k[0].length + "; a score is the dot product of the two");
        }
        if (causal && q.length != k.length) {
            throw new IllegalArgumentException("attend expected as many queries as keys for a causal mask but"
                    + " was given " + q.length + " and " + k.length + "; the mask compares positions of one sequence");
        }
    }
}
