package dlcourse.train;

import java.util.ServiceLoader;

/**
 * Shows a training run as it happens. {@link TrainingLoop} reports to one: in a notebook the
 * course's Jupyter integration provides a live chart that updates in place (with the progress of a
 * long epoch); elsewhere nothing is shown. The loop does not know about notebooks: the display is
 * found through Java's {@link ServiceLoader}, which keeps the training package free of the
 * notebook package.
 */
public interface TrainingDisplay {

    /** Shows nothing. */
    TrainingDisplay NONE = new TrainingDisplay() {
    };

    /**
     * After a batch: {@code batch} of {@code batches} done in epoch {@code epoch}, which has run for
     * {@code seconds}; {@code history} holds the epochs before it. Called often: throttle.
     */
    default void batchDone(History history, int epoch, int batch, int batches, double seconds) {
    }

    /** After an epoch, once its row is in {@code history}. Called often: throttle. */
    default void epochDone(History history) {
    }

    /** Once, when training has ended; shows the final state. */
    default void finished(History history) {
    }

    /** Makes displays; the notebook integration registers one in {@code META-INF/services}. */
    interface Provider {
        TrainingDisplay create();
    }

    /** The registered display (the live chart in a notebook), or {@link #NONE}. */
    static TrainingDisplay create() {
        return ServiceLoader.load(Provider.class, TrainingDisplay.class.getClassLoader()).findFirst()
                .map(Provider::create).orElse(NONE);
    }
}
