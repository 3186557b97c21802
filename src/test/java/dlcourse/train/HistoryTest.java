package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HistoryTest {

    private History history() {
        History h = new History(List.of(History.LOSS, History.ACCURACY), 3);
        h.add(1, Map.of(History.LOSS, 0.9, History.ACCURACY, 0.5));
        h.add(2, Map.of(History.LOSS, 0.4, History.ACCURACY, 0.8));
        h.add(3, Map.of(History.LOSS, 0.6, History.ACCURACY, 0.7));
        h.finish(1.25, false);
        return h;
    }

    @Test
    void isATablesawTableThatSortsWithTheFastutilTablesawNeeds() {
        // Sorting calls fastutil 8.5's IntArrays.parallelQuickSort; with DL4J's fastutil 6.5.7 on the
        // classpath this throws NoSuchMethodError.
        Table sorted = history().table().sortAscendingOn(History.LOSS);
        assertEquals(List.of(2, 3, 1), sorted.intColumn(History.EPOCH).asList());
    }

    @Test
    void readsMetricsByName() {
        History h = history();
        assertEquals(0.6, h.last(History.LOSS));
        assertEquals(3, h.epochs());
        assertEquals("History: 3 of 3 epochs in 1.3 s; loss 0.6000; accuracy 0.7000", h.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.values("acc"));
        assertTrue(e.getMessage().contains("[loss, accuracy]"), e.getMessage());
    }

    @Test
    void saysHowTrainingEnded() {
        History h = history();
        assertEquals(false, h.stoppedEarly());
        assertEquals("", h.stopReason());
        assertEquals(0, h.bestEpoch());
        h.stoppedEarly("validation loss did not improve for 1 epoch");
        h.bestEpoch(2, History.LOSS);
        assertEquals("History: 3 of 3 epochs in 1.3 s (stopped early: validation loss did not improve"
                + " for 1 epoch) (best loss in epoch 2, restored); loss 0.6000; accuracy 0.7000", h.toString());
        h.finish(2.0, true);
        assertTrue(h.toString().contains("(interrupted; call fit again to continue)"), h.toString());
    }
}
