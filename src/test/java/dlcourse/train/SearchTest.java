package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SearchTest {

    /** A history with the given validation losses, one per epoch, as a stand-in for training. */
    private static History history(double... validationLosses) {
        History h = History.start(validationLosses.length, History.LOSS, History.VALIDATION_LOSS);
        for (int e = 0; e < validationLosses.length; e++) {
            h.add(e + 1, Map.of(History.LOSS, 1.0 / (e + 1), History.VALIDATION_LOSS, validationLosses[e]));
        }
        return h;
    }

    @Test
    void trialKeepsItsSettingsInOrder() {
        Trial trial = Trial.of("learning rate", 0.01).and("width", 32).and("depth", 2);
        assertEquals(List.of("learning rate", "width", "depth"), trial.names());
        assertEquals(0.01, trial.get("learning rate"));
        assertEquals(32, trial.integer("width"));
        assertEquals(1e-4, trial.get("l2", 1e-4));
        assertEquals("learning rate 0.01, width 32, depth 2", trial.toString());
        assertEquals("learning rate 0.0003162", Trial.of("learning rate", Math.pow(10, -3.5)).toString());
        assertEquals(trial, Trial.of("learning rate", 0.01).and("width", 32).and("depth", 2));
    }

    @Test
    void trialRejectsUnclearSettings() {
        Trial trial = Trial.of("width", 16.5);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> trial.integer("width")).getMessage()
                .contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> trial.get("depth")).getMessage()
                .contains("[width]"));
        assertThrows(IllegalArgumentException.class, () -> trial.and("width", 8));
        assertThrows(IllegalArgumentException.class, () -> Trial.of("rate", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Trial.of(" ", 1));
    }

    @Test
    void runTabulatesOneRowPerTrialInOrder() {
        List<Trial> trials = List.of(Trial.of("rate", 0.1).and("width", 8), Trial.of("rate", 0.01).and("width", 16));
        Table results = Search.run(trials, t -> history(1.0, t.get("rate")));
        assertEquals(List.of(Search.TRIAL, "rate", "width", History.LOSS, History.VALIDATION_LOSS,
                Search.EPOCHS, Search.SECONDS), results.columnNames());
        assertEquals(List.of(1, 2), results.intColumn(Search.TRIAL).asList());
        assertEquals(16.0, results.doubleColumn("width").getDouble(1));
        assertEquals(0.01, results.doubleColumn(History.VALIDATION_LOSS).getDouble(1));
        assertEquals(2, results.intColumn(Search.EPOCHS).getInt(0));
        Table sorted = results.sortAscendingOn(History.VALIDATION_LOSS);
        assertEquals(2, sorted.intColumn(Search.TRIAL).getInt(0));
    }

    @Test
    void runTakesTheRestoredBestEpochAndKeepsDivergedTrials() {
        History early = history(0.9, 0.3, 0.5);
        early.bestEpoch(2, History.VALIDATION_LOSS);
        Table results = Search.run(List.of(Trial.of("rate", 0.01), Trial.of("rate", 10)), t -> {
            if (t.get("rate") > 1) {
                throw new TrainingDivergedException(4, Double.NaN, 10);
            }
            return early;
        });
        assertEquals(0.3, results.doubleColumn(History.VALIDATION_LOSS).getDouble(0), "epoch 2, not the last");
        assertTrue(Double.isNaN(results.doubleColumn(History.VALIDATION_LOSS).getDouble(1)));
        assertEquals(4, results.intColumn(Search.EPOCHS).getInt(1));
    }

    @Test
    void runExplainsBadInput() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Search.run(List.of(), t -> history(1)))
                .getMessage().contains("none"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Search.run(List.of(Trial.of("rate", 1), Trial.of("width", 8)), t -> history(1)))
                .getMessage().contains("same settings"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Search.run(List.of(Trial.of("rate", 1)), t -> null)).getMessage().contains("returned null"));
    }
}
