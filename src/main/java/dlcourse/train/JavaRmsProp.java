package dlcourse.train;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.RmsPropUpdater;
import org.nd4j.linalg.learning.config.RmsProp;

/**
 * RMSProp, the same rule and settings as DL4J's {@link RmsProp}, computed in Java and kept clear of
 * the subnormal trap (see {@link JavaAdam}). It is what {@link Optimizer#rmsprop} uses; DL4J's own
 * stays one call away ({@code Optimizer.of(new RmsProp(0.001))}).
 *
 * <pre>{@code
 * MultiLayerNetwork net = Recurrent.builder().inputs(1).units(32).outputs(1).updater(new JavaRmsProp(0.01)).build();
 * }</pre>
 *
 * <p>The running average of a weight's squared gradient decays by 0.95 per step once the gradient
 * stops, and sticks a few steps above 0 in the slow subnormal range of floats; here an average
 * below 1.2e-38 is set to 0. With DL4J's ε of 1e-8 in the denominator that changes no step by a
 * measurable amount. The state has DL4J's layout, so saved networks load with either updater.
 */
public class JavaRmsProp extends RmsProp {

    /** DL4J's defaults: learning rate 0.1, decay 0.95, ε 1e-8. */
    public JavaRmsProp() {
        super();
    }

    /** The given learning rate, decay 0.95 and ε 1e-8. */
    public JavaRmsProp(double learningRate) {
        super(learningRate);
    }

    /** Every setting given, as DL4J's {@code new RmsProp(learningRate, rmsDecay, epsilon)}. */
    public JavaRmsProp(double learningRate, double rmsDecay, double epsilon) {
        super(learningRate, rmsDecay, epsilon);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        updater.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        return FloatState.withState(new Updater(this), updaterState, initializeStateArrays);
    }

    @Override
    public JavaRmsProp clone() {
        JavaRmsProp copy = new JavaRmsProp(getLearningRate(), getRmsDecay(), getEpsilon());
        copy.setLearningRateSchedule(getLearningRateSchedule() == null ? null : getLearningRateSchedule().clone());
        return copy;
    }

    // DL4J's RmsProp compares settings only; a JavaRmsProp is not equal to DL4J's with the same settings.
    @Override
    protected boolean canEqual(Object other) {
        return other instanceof JavaRmsProp;
    }

    // Equal settings give equal hash codes already (DL4J's); only equality had to become one-sided.
    @Override
    public boolean equals(Object other) {
        return canEqual(other) && super.equals(other);
    }

    @Override
    public String toString() {
        return "JavaRmsProp(learningRate=" + getLearningRate() + ", rmsDecay=" + getRmsDecay()
                + ", epsilon=" + getEpsilon() + ")";
    }

    /** The update for one block of parameters; DL4J's {@link RmsPropUpdater} keeps the state. */
    static final class Updater extends RmsPropUpdater {
        private final FloatState.Copies copies = new FloatState.Copies();

        Updater(JavaRmsProp config) {
            super(config);
        }

        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            if (!copies.loadOrElse("JavaRmsProp", () -> super.applyUpdater(gradient, iteration, epoch), gradient, getLastGradient())) {
                return;
            }
            float[] g = copies.get(0), s = copies.get(1);
            // ND4J's rms_prop_updater, in the same float arithmetic.
            RmsProp config = getConfig();
            float decay = (float) config.getRmsDecay(), keep = 1f - decay;
            float epsilon = (float) config.getEpsilon();
            float learningRate = (float) config.getLearningRate(iteration, epoch);
            for (int i = 0, n = copies.length(); i < n; i++) {
                float gi = g[i];
                float si = FloatState.flush(s[i] * decay + gi * gi * keep);
                s[i] = si;
                g[i] = learningRate * gi / ((float) Math.sqrt(si) + epsilon);
            }
            copies.store();
        }
    }
}
