package dlcourse.train;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;

/**
 * Makes the notebook's interrupt button stop a training loop of your own, such as
 * {@code for (int i = 0; i < 1000; i++) net.fit(data);}. The button only asks the cell's thread to
 * stop (JJava cancels it with {@code Future.cancel(true)}, which sets the thread's interrupt flag);
 * plain DL4J never looks at that flag, so such a loop used to train on in the background, the
 * network changing under the cells that came after. With this listener, the step that finds the
 * flag set ends with a {@link TrainingInterruptedException} once its update is done, which ends the
 * loop; the network keeps every complete step.
 *
 * <p>The library's builders ({@code Mlp}, {@code Cnn}, {@code Recurrent}, {@code Autoencoder})
 * attach it to every network they build; for a network of your own, call {@link #attachTo}. Inside
 * the library's training loop it stays silent: that loop stops by itself after the current batch
 * and keeps the history.
 */
public final class StopOnInterrupt extends BaseTrainingListener {

    private StopOnInterrupt() {
    }

    /** Adds the listener to {@code net} unless it has one already; returns {@code net}. */
    public static MultiLayerNetwork attachTo(MultiLayerNetwork net) {
        DataCheck.checkNetwork(net);
        if (net.getListeners().stream().noneMatch(l -> l instanceof StopOnInterrupt)) {
            net.addListeners(new StopOnInterrupt());
        }
        return net;
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        if (Thread.currentThread().isInterrupted() && !TrainingLoop.runningOnThisThread()) {
            throw new TrainingInterruptedException("Training stopped by the interrupt button after step "
                    + (iteration + 1) + "; the network keeps every complete step and can be trained further");
        }
    }

    /** Ends a training loop that was not written to check the interrupt flag itself. */
    public static final class TrainingInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TrainingInterruptedException(String message) {
            super(message);
        }
    }
}
