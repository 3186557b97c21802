package dlcourse.train;

import java.util.Objects;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * How the weights move after each batch: plain stochastic gradient descent, SGD with momentum,
 * RMSProp or Adam. Given to a {@link Trainer}, it replaces the network's own optimizer (DL4J calls
 * it the updater) in every layer, starting afresh. {@link #updater()} gives the DL4J object, for
 * building networks by hand.
 *
 * <pre>{@code
 * Trainer.builder().epochs(20).optimizer(Optimizer.sgd(0.1)).build().fit(net, data);
 * Trainer.builder().optimizer(Optimizer.adam(0.001)).build().fit(net, data);
 * }</pre>
 */
public final class Optimizer {

    private final IUpdater updater;
    private final String description;

    private Optimizer(IUpdater updater, String description) {
        this.updater = updater;
        this.description = description;
    }

    /** Stochastic gradient descent: each weight moves by {@code -learningRate × gradient}. */
    public static Optimizer sgd(double learningRate) {
        checkRate("sgd", learningRate, "0.01 to 0.5");
        return new Optimizer(new Sgd(learningRate), "SGD(learning rate " + learningRate + ")");
    }

    /**
     * SGD with (Nesterov) momentum: the steps keep a running velocity, so the weights roll through
     * flat stretches and small bumps. {@code momentum} is the fraction of the velocity kept per step.
     * Computed by {@link JavaNesterovs} (DL4J's rule, clear of slow subnormal numbers);
     * {@code Optimizer.of(new Nesterovs(rate, momentum))} gives DL4J's own.
     */
    public static Optimizer momentum(double learningRate, double momentum) {
        checkRate("momentum", learningRate, "0.01 to 0.1");
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum expected a momentum from 0 (inclusive) to 1"
                    + " (exclusive) but was given " + momentum + "; 0.9 is the usual choice");
        }
        return new Optimizer(new JavaNesterovs(learningRate, momentum),
                "momentum(learning rate " + learningRate + ", momentum " + momentum + ")");
    }

    /**
     * RMSProp: divides each step by a running average of the gradient's size, weight by weight.
     * Computed by {@link JavaRmsProp} (DL4J's rule, clear of slow subnormal numbers);
     * {@code Optimizer.of(new RmsProp(rate))} gives DL4J's own.
     */
    public static Optimizer rmsprop(double learningRate) {
        checkRate("rmsprop", learningRate, "0.0001 to 0.01");
        return new Optimizer(new JavaRmsProp(learningRate), "RMSProp(learning rate " + learningRate + ")");
    }

    /**
     * Adam: momentum and RMSProp together, with a correction for the first steps. Computed by
     * {@link JavaAdam}, which keeps clear of the slow subnormal numbers that DL4J's Adam falls into
     * in long runs; {@code Optimizer.of(new Adam(rate))} gives DL4J's own.
     */
    public static Optimizer adam(double learningRate) {
        checkRate("adam", learningRate, "0.0001 to 0.01");
        return new Optimizer(new JavaAdam(learningRate), "Adam(learning rate " + learningRate + ")");
    }

    /** Any DL4J updater, e.g. {@code new AdaGrad(0.1)}. It is copied, so later changes to it do not leak in. */
    public static Optimizer of(IUpdater updater) {
        if (updater == null) {
            throw new IllegalArgumentException("Optimizer.of expected a DL4J updater but was given null;"
                    + " use e.g. Optimizer.adam(0.001) or Optimizer.of(new AdaGrad(0.1))");
        }
        return new Optimizer(updater.clone(), updater.getClass().getSimpleName() + "(" + updater + ")");
    }

    /** A fresh copy of the DL4J updater, ready for a layer or network configuration. */
    public IUpdater updater() {
        return updater.clone();
    }

    /** The learning rate, or NaN for an updater without one. */
    public double learningRate() {
        return updater.hasLearningRate() ? updater.getLearningRate(0, 0) : Double.NaN;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Optimizer && ((Optimizer) other).updater.equals(updater);
    }

    @Override
    public int hashCode() {
        return Objects.hash(updater);
    }

    @Override
    public String toString() {
        return description;
    }

    private static void checkRate(String name, double learningRate, String typical) {
        checkLearningRate(name, learningRate, typical, name.equals("adam") || name.equals("rmsprop"));
    }

    /**
     * The one check every learning rate of the library goes through. Refuses 0, negative, NaN and
     * infinite rates, naming {@code who} and the {@code typical} range. For an adaptive optimizer
     * (Adam, RMSProp), whose every step moves each weight by up to about the rate whatever the
     * gradient's size, a rate above 1 cannot be meant: it trains to nonsense without ever producing
     * a NaN that would stop it, so it gets a warning (a demonstration of a too large rate still runs).
     *
     * @return the rate, for use in an expression
     */
    public static double checkLearningRate(String who, double learningRate, String typical, boolean adaptive) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(who + " expected a learning rate above 0 but was given "
                    + learningRate + "; values from " + typical + " are typical");
        }
        if (adaptive && learningRate > 1) {
            System.err.println("Warning: " + who + " was given a learning rate of " + learningRate + ". An adaptive"
                    + " optimizer such as Adam moves every weight by up to about the rate in each step, so the"
                    + " network will jump around instead of learning; values from " + typical + " are typical.");
        }
        return learningRate;
    }
}
