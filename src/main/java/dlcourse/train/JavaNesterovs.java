package dlcourse.train;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.NesterovsUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;

/**
 * SGD with Nesterov momentum, the same rule and settings as DL4J's {@link Nesterovs}, computed in
 * Java and kept clear of the subnormal trap (see {@link JavaAdam}). It is what
 * {@link Optimizer#momentum} uses; DL4J's own stays one call away ({@code Optimizer.of(new Nesterovs(0.01, 0.9))}).
 *
 * <pre>{@code
 * MultiLayerNetwork net = Mlp.builder().inputs(784).hidden(128).outputs(10).updater(new JavaNesterovs(0.01, 0.9)).build();
 * }</pre>
 *
 * <p>The velocity {@code v} of a weight whose gradient stopped shrinks by the momentum (0.9) each
 * step; rounded to the nearest float it ends a few steps above 0 in the subnormal range and stays
 * there, where arithmetic on x86 processors is slow. Here a velocity below 1.2e-38 is set to 0.
 * The state has DL4J's layout, so saved networks keep it and load with either updater.
 */
public class JavaNesterovs extends Nesterovs {

    /** Momentum 0.9 and DL4J's default learning rate 0.1. */
    public JavaNesterovs() {
        super();
    }

    /** The given learning rate and momentum, as DL4J's {@code new Nesterovs(learningRate, momentum)}. */
    public JavaNesterovs(double learningRate, double momentum) {
        super(learningRate, momentum);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        INDArray flat = viewArray.reshape(viewArray.length());   // as DL4J's Nesterovs does
        updater.setStateViewArray(flat, flat.shape(), flat.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        return FloatState.withState(new Updater(this), updaterState, initializeStateArrays);
    }

    @Override
    public JavaNesterovs clone() {
        JavaNesterovs copy = new JavaNesterovs(getLearningRate(), getMomentum());
        copy.setLearningRateSchedule(getLearningRateSchedule() == null ? null : getLearningRateSchedule().clone());
        copy.setMomentumISchedule(getMomentumISchedule() == null ? null : getMomentumISchedule().clone());
        return copy;
    }

    // DL4J's Nesterovs compares settings only; a JavaNesterovs is not equal to DL4J's with the same settings.
    @Override
    protected boolean canEqual(Object other) {
        return other instanceof JavaNesterovs;
    }

    // Equal settings give equal hash codes already (DL4J's); only equality had to become one-sided.
    @Override
    public boolean equals(Object other) {
        return canEqual(other) && super.equals(other);
    }

    @Override
    public String toString() {
        return "JavaNesterovs(learningRate=" + getLearningRate() + ", momentum=" + getMomentum() + ")";
    }

    /** The update for one block of parameters; DL4J's {@link NesterovsUpdater} keeps the state. */
    static final class Updater extends NesterovsUpdater {
        private final FloatState.Copies copies = new FloatState.Copies();

        Updater(JavaNesterovs config) {
            super(config);
        }

        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            if (!copies.loadOrElse("JavaNesterovs", () -> super.applyUpdater(gradient, iteration, epoch), gradient, getV())) {
                return;
            }
            float[] g = copies.get(0), v = copies.get(1);
            // ND4J's nesterovs_updater, in the same float arithmetic: the new velocity, and a step
            // that looks ahead along it.
            Nesterovs config = getConfig();
            float momentum = (float) config.currentMomentum(iteration, epoch);
            float learningRate = (float) config.getLearningRate(iteration, epoch);
            float ahead = -momentum - 1f;
            for (int i = 0, n = copies.length(); i < n; i++) {
                float kept = momentum * v[i];
                float vi = FloatState.flush(kept - learningRate * g[i]);
                v[i] = vi;
                g[i] = kept + ahead * vi;
            }
            copies.store();
        }
    }
}
