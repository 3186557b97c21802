package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.plot.Figure;
import dlcourse.train.History;
import dlcourse.train.TrainingDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveTrainingChartTest {

    /** Records what the notebook would have been sent, keeping the content itself. */
    static final class Sink implements DisplaySink {
        final List<Object> shown = new ArrayList<>();

        @Override
        public String display(Object content) {
            shown.add(content);
            return "area";
        }

        @Override
        public void update(String id, Object content) {
            shown.add(content);
        }
    }

    private final Sink sink = new Sink();
    private final AtomicLong now = new AtomicLong();
    private final LiveTrainingChart chart = new LiveTrainingChart(new LiveDisplay(sink, 0, now::get));

    @Test
    void theTrainingLoopFindsTheChartThroughTheServiceRegistry() {
        assertInstanceOf(LiveTrainingChart.class, TrainingDisplay.create());
    }

    @Test
    void aLongFirstEpochShowsItsProgressBeforeThereIsAChart() {
        History history = History.start(5, History.LOSS);
        chart.batchDone(history, 1, 10, 100, 1.0);   // too early to say anything
        assertEquals(0, sink.shown.size());
        chart.batchDone(history, 1, 25, 100, 5.0);
        assertEquals(List.of("Epoch 1 of 5: batch 25 of 100, about 15 s left in this epoch"), sink.shown);
        chart.batchDone(history, 1, 100, 100, 20.0);  // the epoch's end draws the chart instead
        assertEquals(1, sink.shown.size());
    }

    @Test
    void laterEpochsShowTheChartWithTheProgressInItsTitle() {
        History history = History.start(5, History.LOSS);
        history.add(1, Map.of(History.LOSS, 0.5));
        chart.epochDone(history);
        chart.batchDone(history, 2, 50, 100, 3.0);
        assertEquals(2, sink.shown.size());
        Figure during = assertInstanceOf(Figure.class, sink.shown.get(1));
        assertTrue(during.toString().contains("Epoch 1 of 5 · loss 0.500"), during.toString());
        assertTrue(during.toString().contains("epoch 2: batch 50 of 100, about 3 s left in this epoch"), during.toString());
        chart.finished(history);
        assertTrue(sink.shown.get(2).toString().contains("Epoch 1 of 5"));
    }

    @Test
    void theTimeLeftIsRoundedSoItReadsWell() {
        assertEquals("batch 1 of 1000, about 17 min left in this epoch", LiveTrainingChart.progress("batch", 1, 1000, 1.0));
        assertEquals("batch 999 of 1000, about 1 s left in this epoch", LiveTrainingChart.progress("batch", 999, 1000, 10.0));
        assertEquals("episode 6 of 10, about 2 s left in this epoch", LiveTrainingChart.progress("episode", 6, 10, 3.0));
    }
}
