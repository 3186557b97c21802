package dlcourse.notebook;

import dlcourse.plot.TrainingPlots;
import dlcourse.train.History;
import dlcourse.train.TrainingDisplay;

/**
 * The live chart every training run of the library draws in a notebook: one output that updates in
 * place, epoch by epoch, and during a long epoch says how far it got and about how long it has left
 * (so a CNN's first epoch is not a silent wait). {@link dlcourse.train.TrainingLoop} finds it
 * through {@code META-INF/services}; outside Jupyter it shows nothing.
 */
public final class LiveTrainingChart implements TrainingDisplay {

    /** An epoch shorter than this shows no progress line: the chart after it comes soon enough. */
    static final double QUIET_SECONDS = 2;

    private final LiveDisplay display;

    LiveTrainingChart(LiveDisplay display) {
        this.display = display;
    }

    /** Registered in {@code META-INF/services/dlcourse.train.TrainingDisplay$Provider}. */
    public static final class Provider implements TrainingDisplay.Provider {
        @Override
        public TrainingDisplay create() {
            return new LiveTrainingChart(LiveDisplay.create());
        }
    }

    @Override
    public void batchDone(History history, int epoch, int batch, int batches, double seconds) {
        if (seconds < QUIET_SECONDS || batch >= batches) {
            return;
        }
        String progress = progress(history.batchName(), batch, batches, seconds);
        display.offer(() -> history.epochs() == 0
                ? "Epoch " + epoch + " of " + history.plannedEpochs() + ": " + progress   // no chart yet
                : TrainingPlots.historyInProgress(history, "epoch " + epoch + ": " + progress));
    }

    /** "batch 120 of 469, about 20 s left in this epoch", the time left estimated from the batches so far. */
    static String progress(String name, int batch, int batches, double seconds) {
        double left = seconds / batch * (batches - batch);
        String time = left < 60 ? Math.max(1, Math.round(left)) + " s" : Math.round(left / 60) + " min";
        return name + " " + batch + " of " + batches + ", about " + time + " left in this epoch";
    }

    @Override
    public void epochDone(History history) {
        display.offer(() -> TrainingPlots.history(history));
    }

    @Override
    public void finished(History history) {
        display.show(TrainingPlots.history(history));
    }
}
