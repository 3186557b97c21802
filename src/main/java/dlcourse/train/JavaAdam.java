package dlcourse.train;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam, the same rule and settings as DL4J's {@link Adam}, computed in Java and kept clear of the
 * subnormal trap. It is what {@link Optimizer#adam} and the library's networks use; DL4J's own Adam
 * stays one call away ({@code Optimizer.of(new Adam(0.001))}).
 *
 * <pre>{@code
 * MultiLayerNetwork net = Mlp.builder().inputs(784).hidden(256).outputs(10).updater(new JavaAdam(0.001)).build();
 * }</pre>
 *
 * <p>Why not DL4J's: Adam keeps two running averages per weight, {@code m} of the gradient and
 * {@code v} of its square. A weight whose gradient stops (a ReLU unit that never fires) sees them
 * shrink by β₁ = 0.9 and β₂ = 0.999 each step, and after a few hundred to a few thousand steps
 * they fall below 1.2e-38, the smallest normal float. From there every operation on them takes a
 * slow microcode path on x86 processors: a whole training step got 3.7–7× slower in long runs
 * (issue 13's profile). Here an average below that size is set to 0, which changes an update by
 * less than 1e-30 of the learning rate. Computed in Java (one pass over three float arrays), a step
 * also costs less than ND4J's native op, whose square root is slow in every build.
 *
 * <p>The state has DL4J's layout (all {@code m}, then all {@code v}), so saved networks keep their
 * optimizer state, and networks saved with either Adam load with either.
 */
public class JavaAdam extends Adam {

    /** Adam with DL4J's defaults: learning rate 0.001, β₁ 0.9, β₂ 0.999, ε 1e-8. */
    public JavaAdam() {
        super();
    }

    /** Adam with the given learning rate and the usual β₁ 0.9, β₂ 0.999, ε 1e-8. */
    public JavaAdam(double learningRate) {
        super(learningRate);
    }

    /** Adam with every setting given, as DL4J's {@code new Adam(learningRate, beta1, beta2, epsilon)}. */
    public JavaAdam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate, beta1, beta2, epsilon);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        long[] shape = viewArray.shape().clone();   // shape() may be the array's own: never change it
        shape[shape.length - 1] /= 2;
        updater.setStateViewArray(viewArray, shape, viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        return FloatState.withState(new Updater(this), updaterState, initializeStateArrays);
    }

    @Override
    public JavaAdam clone() {
        JavaAdam copy = new JavaAdam(getLearningRate(), getBeta1(), getBeta2(), getEpsilon());
        copy.setLearningRateSchedule(getLearningRateSchedule() == null ? null : getLearningRateSchedule().clone());
        return copy;
    }

    // DL4J's Adam compares settings only; a JavaAdam is not equal to DL4J's Adam with the same settings.
    @Override
    protected boolean canEqual(Object other) {
        return other instanceof JavaAdam;
    }

    // Equal settings give equal hash codes already (DL4J's); only equality had to become one-sided.
    @Override
    public boolean equals(Object other) {
        return canEqual(other) && super.equals(other);
    }

    @Override
    public String toString() {
        return "JavaAdam(learningRate=" + getLearningRate() + ", beta1=" + getBeta1() + ", beta2=" + getBeta2()
                + ", epsilon=" + getEpsilon() + ")";
    }

    /**
     * The update for one block of parameters. DL4J's {@link AdamUpdater} keeps the state (so saving,
     * loading and {@code getState} work as for DL4J's Adam); only the arithmetic is replaced.
     */
    static final class Updater extends AdamUpdater {
        private final FloatState.Copies copies = new FloatState.Copies();

        Updater(JavaAdam config) {
            super(config);
        }

        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            if (!copies.loadOrElse("JavaAdam", () -> super.applyUpdater(gradient, iteration, epoch), gradient, getM(), getV())) {
                return;
            }
            float[] g = copies.get(0), m = copies.get(1), v = copies.get(2);
            Adam config = getConfig();
            // The same float arithmetic, in the same order, as ND4J's adam_updater op.
            float beta1 = (float) config.getBeta1(), beta2 = (float) config.getBeta2();
            float epsilon = (float) config.getEpsilon();
            float learningRate = (float) config.getLearningRate(iteration, epoch);
            float beta1T = (float) Math.pow(beta1, iteration + 1), beta2T = (float) Math.pow(beta2, iteration + 1);
            float stepSize = learningRate * (float) Math.sqrt(1f - beta2T) / (1f - beta1T);
            if (Float.isNaN(stepSize) || Float.isInfinite(stepSize) || stepSize == 0) {
                stepSize = epsilon;
            }
            float keep1 = 1f - beta1, keep2 = 1f - beta2;
            for (int i = 0, n = copies.length(); i < n; i++) {
                float gi = g[i];
                // The trap's way out: an average this small no longer moves its weight.
                float mi = FloatState.flush(beta1 * m[i] + gi * keep1);
                float vi = FloatState.flush(beta2 * v[i] + gi * gi * keep2);
                m[i] = mi;
                v[i] = vi;
                g[i] = mi * stepSize / ((float) Math.sqrt(vi) + epsilon);
            }
            copies.store();
        }
    }
}
