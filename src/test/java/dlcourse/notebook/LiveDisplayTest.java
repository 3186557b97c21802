package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveDisplayTest {

    /** Records what a notebook would have been sent. */
    static final class RecordingSink implements DisplaySink {
        final List<String> calls = new ArrayList<>();

        @Override
        public String display(Object content) {
            calls.add("display " + content);
            return "area-1";
        }

        @Override
        public void update(String id, Object content) {
            calls.add("update " + id + " " + content);
        }
    }

    private final RecordingSink sink = new RecordingSink();
    private final AtomicLong now = new AtomicLong(1_000);
    private final LiveDisplay live = new LiveDisplay(sink, 250, now::get);

    @Test
    void displaysOnceThenUpdatesTheSameArea() {
        live.show("a");
        live.show("b");
        live.show("c");
        assertEquals(List.of("display a", "update area-1 b", "update area-1 c"), sink.calls);
        assertEquals(3, live.timesShown());
    }

    @Test
    void offerSkipsDrawingUntilTheIntervalHasPassed() {
        AtomicInteger drawn = new AtomicInteger();
        assertTrue(live.offer(() -> "frame " + drawn.incrementAndGet()));
        now.addAndGet(100);
        assertFalse(live.offer(() -> "frame " + drawn.incrementAndGet()));
        now.addAndGet(200);
        assertTrue(live.offer(() -> "frame " + drawn.incrementAndGet()));
        assertEquals(2, drawn.get(), "the skipped frame must not even be drawn");
        assertEquals(List.of("display frame 1", "update area-1 frame 2"), sink.calls);
    }

    @Test
    void outsideJupyterNothingIsDrawnOrShown() {
        assertFalse(Jupyter.isRunning());
        LiveDisplay outside = LiveDisplay.create();
        AtomicInteger drawn = new AtomicInteger();
        assertFalse(outside.offer(() -> drawn.incrementAndGet()));
        outside.show("final");
        assertEquals(0, drawn.get());
        assertEquals(1, outside.timesShown());
    }
}
