package dlcourse.train;

/**
 * Training stopped because the loss became NaN or infinite: the numbers blew up and further
 * steps would only spread the damage. The message says what usually fixes it.
 *
 * <pre>{@code
 * try {
 *     Trainer.fit(net, data, 50);
 * } catch (TrainingDivergedException e) {
 *     System.out.println("loss " + e.loss() + " in epoch " + e.epoch());   // then lower the learning rate
 * }
 * }</pre>
 */
public final class TrainingDivergedException extends IllegalStateException {

    private final int epoch;
    private final double loss;

    TrainingDivergedException(int epoch, double loss, double learningRate) {
        this(epoch, loss, advice(epoch, loss, learningRate));
    }

    /** {@code message} says what blew up and what to try ({@link TrainingStep#divergenceAdvice}). */
    TrainingDivergedException(int epoch, double loss, String message) {
        super(message);
        this.epoch = epoch;
        this.loss = loss;
    }

    /** The message for a network whose loss became {@code loss} in {@code epoch}. */
    static String advice(int epoch, double loss, double learningRate) {
        return "Training diverged: the loss became " + loss + " in epoch " + epoch + ". Usually the"
                + " learning rate is too high" + (Double.isNaN(learningRate) ? "" : " (it is "
                + learningRate + ")") + ": try one ten times smaller. If that does not help, check that"
                + " the inputs are normalized (mean 0, standard deviation 1) and contain no NaN values.";
    }

    /** The epoch in which the loss stopped being a finite number. */
    public int epoch() {
        return epoch;
    }

    /** The loss that stopped training (NaN or infinite). */
    public double loss() {
        return loss;
    }
}
