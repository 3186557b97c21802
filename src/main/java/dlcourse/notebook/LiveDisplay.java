package dlcourse.notebook;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One output area that changes in place: shown once, then updated, so a training run draws one
 * chart that grows instead of a hundred charts. Updates are throttled; the final state is always
 * shown. Outside Jupyter it shows nothing and costs nothing.
 *
 * <pre>{@code
 * LiveDisplay live = LiveDisplay.create();
 * for (int epoch = 1; epoch <= 100; epoch++) {
 *     ...
 *     live.offer(() -> TrainingPlots.history(history));    // drawn at most every 500 ms
 * }
 * live.show(TrainingPlots.history(history));               // always drawn
 * }</pre>
 */
public final class LiveDisplay {

    /** The shortest time between two throttled updates. */
    public static final long DEFAULT_INTERVAL_MILLIS = 500;

    private final DisplaySink sink;
    private final long intervalMillis;
    private final LongSupplier clock;
    private String id;
    private long lastShownAt;
    private int shown;

    /** A live display that writes to {@code sink}, at most one throttled update per interval. */
    public LiveDisplay(DisplaySink sink, long intervalMillis, LongSupplier clockMillis) {
        this.sink = Objects.requireNonNull(sink, "sink");
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("LiveDisplay expected an interval of 0 ms or more but"
                    + " was given " + intervalMillis + " ms");
        }
        this.intervalMillis = intervalMillis;
        this.clock = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    /** A live display in the current notebook (or nowhere, outside Jupyter). */
    public static LiveDisplay create() {
        return new LiveDisplay(Jupyter.sink(), DEFAULT_INTERVAL_MILLIS, System::currentTimeMillis);
    }

    /** Shows {@code content} now: the first call creates the output area, later calls replace it. */
    public void show(Object content) {
        Objects.requireNonNull(content, "show expected something to display but was given null");
        if (id == null) {
            id = sink.display(content);
        } else {
            sink.update(id, content);
        }
        lastShownAt = clock.getAsLong();
        shown++;
    }

    /**
     * Shows the content if the interval has passed since the last update, and only then asks the
     * supplier for it, so expensive drawing is skipped. Returns whether it was shown.
     */
    public boolean offer(Supplier<?> content) {
        if (sink == DisplaySink.NONE) {
            return false;
        }
        if (id != null && clock.getAsLong() - lastShownAt < intervalMillis) {
            return false;
        }
        show(content.get());
        return true;
    }

    /** How many times content was shown (the first display plus updates). */
    public int timesShown() {
        return shown;
    }
}
