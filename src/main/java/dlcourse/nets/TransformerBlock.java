package dlcourse.nets;

import java.util.Map;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * One transformer block as a DL4J layer: multi-head self-attention, then a position-wise
 * feed-forward network, each inside a residual connection with layer normalization before it
 * ("pre-norm", as in GPT-2, which trains without a warm-up of the learning rate):
 *
 * <pre>
 *   h = x + Attention(LayerNorm(x))
 *   y = h + FeedForward(LayerNorm(h)),   FeedForward(z) = ReLU(z·W₁ + b₁)·W₂ + b₂
 * </pre>
 *
 * {@link Transformer} builds networks from it; {@code dlcourse.scratch.ScratchTransformer} computes
 * the same block in plain Java, and the tests check that the two agree. Input and output are
 * sequences {@code [examples, size, length]}, DL4J's recurrent layout.
 *
 * <p>Why a layer of our own: DL4J 1.0.0-M2.1 has attention layers ({@code SelfAttentionLayer}),
 * but no causal mask (its mask only hides padding), no layer normalization and no feed-forward
 * part; this block writes them in SameDiff, DL4J's graph of differentiable operations, which
 * computes the gradients.
 */
public class TransformerBlock extends SameDiffLayer {

    /** The parameter names, as {@code getParam} and the scratch block use them. */
    public static final String QUERY = "Wq", KEY = "Wk", VALUE = "Wv", OUT = "Wo", NORM1_GAIN = "g1",
            NORM1_BIAS = "beta1", HIDDEN = "W1", HIDDEN_BIAS = "b1", BACK = "W2", BACK_BIAS = "b2",
            NORM2_GAIN = "g2", NORM2_BIAS = "beta2";

    /** Layer normalization's ε, as in PyTorch's default; the scratch block uses the same. */
    public static final double NORM_EPSILON = 1e-5;

    // Saved in DL4J's JSON configuration by these annotations, so no getters and setters are needed.
    @JsonProperty private int size;
    @JsonProperty private int heads;
    @JsonProperty private int feedForward;
    @JsonProperty private int length;
    @JsonProperty private boolean causal;

    /** For DL4J's JSON configuration only. */
    protected TransformerBlock() {
    }

    TransformerBlock(int size, int heads, int feedForward, int length, boolean causal) {
        this.size = size;
        this.heads = heads;
        this.feedForward = feedForward;
        this.length = length;
        this.causal = causal;
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        for (String w : new String[] {QUERY, KEY, VALUE, OUT}) {
            params.addWeightParam(w, size, size);
        }
        params.addWeightParam(HIDDEN, size, feedForward);
        params.addWeightParam(BACK, feedForward, size);
        params.addBiasParam(HIDDEN_BIAS, 1, feedForward);
        params.addBiasParam(BACK_BIAS, 1, size);
        for (String norm : new String[] {NORM1_GAIN, NORM1_BIAS, NORM2_GAIN, NORM2_BIAS}) {
            params.addBiasParam(norm, 1, size);
        }
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        // Xavier-style scale for the projections; gains start at 1, every shift at 0.
        for (String w : new String[] {QUERY, KEY, VALUE, OUT, HIDDEN, BACK}) {
            INDArray p = params.get(w);
            double scale = Math.sqrt(2.0 / (p.size(0) + p.size(1)));
            p.assign(Nd4j.randn(p.dataType(), p.shape()).muli(scale));
        }
        for (String b : new String[] {HIDDEN_BIAS, BACK_BIAS, NORM1_BIAS, NORM2_BIAS}) {
            params.get(b).assign(0);
        }
        params.get(NORM1_GAIN).assign(1);
        params.get(NORM2_GAIN).assign(1);
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> p, SDVariable mask) {
        SDVariable x = sd.permute(input, 0, 2, 1);                                     // [n, T, d]
        SDVariable h = x.add(attention(sd, norm(sd, x, p.get(NORM1_GAIN), p.get(NORM1_BIAS)), p));
        SDVariable z = norm(sd, h, p.get(NORM2_GAIN), p.get(NORM2_BIAS));
        SDVariable hidden = sd.nn.relu(project(sd, z, p.get(HIDDEN)).add(p.get(HIDDEN_BIAS)), 0);
        SDVariable y = h.add(project(sd, hidden, p.get(BACK)).add(p.get(BACK_BIAS)));
        return sd.permute(y, 0, 2, 1);                                                 // [n, d, T]
    }

    /** Multi-head scaled dot-product self-attention of {@code z [n, T, d]}. */
    private SDVariable attention(SameDiff sd, SDVariable z, Map<String, SDVariable> p) {
        int headSize = size / heads;
        SDVariable q = splitHeads(sd, project(sd, z, p.get(QUERY)), headSize);          // [n, H, T, dₕ]
        SDVariable k = splitHeads(sd, project(sd, z, p.get(KEY)), headSize);
        SDVariable v = splitHeads(sd, project(sd, z, p.get(VALUE)), headSize);
        SDVariable scores = sd.mmul(q, k, false, true, false).div(Math.sqrt(headSize)); // [n, H, T, T]
        if (causal) {
            scores = scores.add(sd.constant(causalMask(length)));
        }
        SDVariable weights = sd.nn.softmax(scores, 3);
        SDVariable heads = sd.mmul(weights, v);                                         // [n, H, T, dₕ]
        SDVariable joined = sd.reshape(sd.permute(heads, 0, 2, 1, 3), -1, length, size);
        return project(sd, joined, p.get(OUT));
    }

    private SDVariable splitHeads(SameDiff sd, SDVariable x, int headSize) {
        return sd.permute(sd.reshape(x, -1, length, heads, headSize), 0, 2, 1, 3);
    }

    /**
     * {@code x [n, T, a]} times {@code w [a, b]}: the same weights at every position. (As one
     * matrix product over all n·T positions; SameDiff's tensorMmul fails in backpropagation here.)
     */
    private SDVariable project(SameDiff sd, SDVariable x, SDVariable w) {
        long a = w.getShape()[0], b = w.getShape()[1];
        return sd.reshape(sd.mmul(sd.reshape(x, -1, a), w), -1, length, b);
    }

    /** Layer normalization over each position's features, then a learned gain and shift. */
    private SDVariable norm(SameDiff sd, SDVariable x, SDVariable gain, SDVariable shift) {
        SDVariable mean = x.mean(true, 2);
        SDVariable centred = x.sub(mean);
        SDVariable variance = centred.mul(centred).mean(true, 2);
        return centred.div(sd.math.sqrt(variance.add(NORM_EPSILON))).mul(gain).add(shift);
    }

    /**
     * The additive causal mask {@code [T, T]}: 0 where position i may look at position j (j ≤ i),
     * −10⁹ where j lies in its future, so that softmax gives those positions a weight of 0.
     */
    public static INDArray causalMask(int length) {
        INDArray mask = Nd4j.zeros(DataType.FLOAT, length, length);
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length; j++) {
                mask.putScalar(i, j, -1e9);
            }
        }
        return mask;
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.recurrent(size, length);
    }

    @Override
    public String toString() {
        return "TransformerBlock(size=" + size + ", heads=" + heads + ", feedForward=" + feedForward
                + ", length=" + length + (causal ? ", causal" : "") + ")";
    }
}
