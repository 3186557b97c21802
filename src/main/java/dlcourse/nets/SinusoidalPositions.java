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
 * Adds each position's sinusoidal code to the token vectors, so that attention, which on its own
 * sees a set and not a sequence, can tell positions apart (Vaswani et al., 2017):
 *
 * <pre>
 *   P[t, 2i] = sin(t / 10000^(2i/d)),   P[t, 2i+1] = cos(t / 10000^(2i/d))
 * </pre>
 *
 * No parameters: the codes are fixed. Input and output {@code [examples, size, length]}.
 */
public class SinusoidalPositions extends SameDiffLayer {

    // Saved in DL4J's JSON configuration by these annotations, so no getters and setters are needed.
    @JsonProperty private int size;
    @JsonProperty private int length;

    /** For DL4J's JSON configuration only. */
    protected SinusoidalPositions() {
    }

    SinusoidalPositions(int size, int length) {
        this.size = size;
        this.length = length;
    }

    /**
     * The codes {@code [length, size]}: row t is position t's vector; the first columns change
     * fast along t, the last ones slowly, like the hands of a clock.
     */
    public static double[][] codes(int length, int size) {
        double[][] p = new double[length][size];
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < size; i++) {
                double angle = t / Math.pow(10_000, (i - i % 2) / (double) size);
                p[t][i] = i % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
            }
        }
        return p;
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        // none
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        // none
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> p, SDVariable mask) {
        INDArray codes = Nd4j.create(codes(length, size)).castTo(DataType.FLOAT).transpose().dup();  // [d, T]
        return input.add(sd.constant(codes));
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.recurrent(size, length);
    }

    @Override
    public String toString() {
        return "SinusoidalPositions(size=" + size + ", length=" + length + ")";
    }
}
