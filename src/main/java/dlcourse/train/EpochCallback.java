package dlcourse.train;

/**
 * Code of yours that {@link Trainer} runs after every epoch, with that epoch's metrics and the
 * network. It can print, save a checkpoint, change something, or ask training to stop.
 *
 * <pre>{@code
 * Trainer.builder().epochs(100)
 *         .callback(epoch -> System.out.println(epoch))
 *         .callback(epoch -> ModelFiles.save(epoch.network(), "checkpoints/epoch-" + epoch.epoch() + ".zip"))
 *         .callback(epoch -> {
 *             if (epoch.metric("accuracy") > 0.99) {
 *                 epoch.stopTraining("accuracy above 99%");
 *             }
 *         })
 *         .build().fit(net, data);
 * }</pre>
 */
@FunctionalInterface
public interface EpochCallback {

    /** Called after every epoch, once its row is in the history. */
    void afterEpoch(EpochResult epoch);
}
