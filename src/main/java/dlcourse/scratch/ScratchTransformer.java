package dlcourse.scratch;

import java.util.Arrays;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One transformer block in plain Java, the same arithmetic as the library's {@code
 * TransformerBlock} layer, so a trained network's block can be recomputed step by step and its
 * attention weights read off (DL4J's layer keeps them inside its graph):
 *
 * <pre>
 *   h = x + MultiHeadAttention(LayerNorm(x))
 *   y = h + ReLU(LayerNorm(h)·W₁ + b₁)·W₂ + b₂
 * </pre>
 *
 * <pre>{@code
 * INDArray x = net.feedForward(tokens).get(2);                       // what enters the block [n, d, T]
 * ScratchTransformer.Block block = ScratchTransformer.block(net.getLayer(2).paramTable(),
 *         ScratchTransformer.positionsFirst(x, 0), 2, true);
 * block.weights()[0]    // head 0's attention weights [T][T]
 * }</pre>
 */
public final class ScratchTransformer {

    /** Layer normalization's ε, the same as the layer's. */
    static final double NORM_EPSILON = 1e-5;

    private ScratchTransformer() {
    }

    /** The block's output {@code [T][d]} and each head's attention weights {@code [heads][T][T]}. */
    public record Block(double[][] output, double[][][] weights) {
        @Override
        public String toString() {
            return "transformer block: " + output.length + " positions of " + output[0].length + " numbers, "
                    + weights.length + " heads";
        }
    }

    /**
     * Runs one block on {@code x [T][d]} with the parameters of a {@code TransformerBlock} layer, by
     * their names: Wq, Wk, Wv, Wo (d × d), W1, b1, W2, b2 (the feed-forward part) and g1, beta1,
     * g2, beta2 (the two layer normalizations' gains and shifts).
     */
    public static Block block(Map<String, INDArray> params, double[][] x, int heads, boolean causal) {
        int d = x[0].length, headSize = d / heads;
        double[][] z = layerNorm(x, row(params, "g1"), row(params, "beta1"));
        double[][] q = times(z, matrix(params, "Wq")), k = times(z, matrix(params, "Wk")),
                v = times(z, matrix(params, "Wv"));
        double[][] joined = new double[x.length][d];
        double[][][] weights = new double[heads][][];
        for (int h = 0; h < heads; h++) {
            // Head h works on its own slice of the numbers: columns h·dₕ to (h+1)·dₕ.
            int from = h * headSize;
            ScratchAttention.Result r = ScratchAttention.attend(columns(q, from, headSize),
                    columns(k, from, headSize), columns(v, from, headSize), true, causal);
            weights[h] = r.weights();
            for (int t = 0; t < x.length; t++) {
                System.arraycopy(r.output()[t], 0, joined[t], from, headSize);
            }
        }
        double[][] h = add(x, times(joined, matrix(params, "Wo")));        // the first residual connection
        double[][] hidden = times(layerNorm(h, row(params, "g2"), row(params, "beta2")), matrix(params, "W1"));
        double[] b1 = row(params, "b1");
        for (double[] position : hidden) {
            for (int j = 0; j < position.length; j++) {
                position[j] = Math.max(0, position[j] + b1[j]);
            }
        }
        double[][] back = times(hidden, matrix(params, "W2"));
        double[] b2 = row(params, "b2");
        for (double[] position : back) {
            for (int j = 0; j < d; j++) {
                position[j] += b2[j];
            }
        }
        return new Block(add(h, back), weights);                           // the second one
    }

    /**
     * Each position's numbers scaled to mean 0 and variance 1 (over the position's own d numbers,
     * not over the batch as batch normalization does), then multiplied by a gain and shifted.
     */
    public static double[][] layerNorm(double[][] x, double[] gain, double[] shift) {
        double[][] y = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            double mean = 0, variance = 0;
            for (double value : x[t]) {
                mean += value / x[t].length;
            }
            for (double value : x[t]) {
                variance += (value - mean) * (value - mean) / x[t].length;
            }
            y[t] = new double[x[t].length];
            for (int j = 0; j < x[t].length; j++) {
                y[t][j] = (x[t][j] - mean) / Math.sqrt(variance + NORM_EPSILON) * gain[j] + shift[j];
            }
        }
        return y;
    }

    /** One example of a sequence batch {@code [n, d, T]} (DL4J's layout) as rows of positions {@code [T][d]}. */
    public static double[][] positionsFirst(INDArray sequences, int example) {
        if (sequences == null || sequences.rank() != 3 || example < 0 || example >= sequences.size(0)) {
            throw new IllegalArgumentException("positionsFirst expected sequences [n, d, T] and an example"
                    + " from 0 to n − 1 but was given " + (sequences == null ? "null" : "shape "
                    + Arrays.toString(sequences.shape())) + " and example " + example
                    + "; pass what net.feedForward(tokens).get(layer) returns");
        }
        return sequences.get(NDArrayIndex.point(example), NDArrayIndex.all(), NDArrayIndex.all())
                .castTo(DataType.DOUBLE).transpose().toDoubleMatrix();
    }

    static double[][] times(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[][] add(double[][] a, double[][] b) {
        double[][] c = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = a[i][j] + b[i][j];
            }
        }
        return c;
    }

    private static double[][] columns(double[][] a, int from, int count) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = Arrays.copyOfRange(a[i], from, from + count);
        }
        return c;
    }

    private static double[][] matrix(Map<String, INDArray> params, String name) {
        return param(params, name).toDoubleMatrix();
    }

    private static double[] row(Map<String, INDArray> params, String name) {
        return param(params, name).reshape(-1).toDoubleVector();
    }

    private static INDArray param(Map<String, INDArray> params, String name) {
        INDArray p = params == null ? null : params.get(name);
        if (p == null) {
            throw new IllegalArgumentException("block expected the parameters of a TransformerBlock layer, among"
                    + " them " + name + ", but was given " + (params == null ? "null" : params.keySet())
                    + "; pass net.getLayer(i).paramTable() of the block's layer");
        }
        return p.castTo(DataType.DOUBLE);
    }
}
