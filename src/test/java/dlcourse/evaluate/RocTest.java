package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RocTest {

    @Test
    void perfectSeparationHasAreaOneAndChanceHasAboutOneHalf() {
        assertEquals(1.0, Roc.of(new double[] {5, 6, 7}, new double[] {1, 2}).auc(), 1e-12);
        assertEquals(0.0, Roc.of(new double[] {1, 2}, new double[] {5, 6, 7}).auc(), 1e-12);
        Random random = new Random(1);
        double[] a = random.doubles(2000).toArray();
        double[] b = random.doubles(2000).toArray();
        assertEquals(0.5, Roc.of(a, b).auc(), 0.03);
    }

    @Test
    void areaIsTheProbabilityThatAPositiveOutscoresANegativeWithTiesCountingHalf() {
        double[] positives = {0.9, 0.5, 0.5, 0.2};
        double[] negatives = {0.5, 0.3, 0.1};
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        assertEquals(wins / 12, Roc.of(positives, negatives).auc(), 1e-12);
    }

    @Test
    void bothFactoriesAgreeAndTheCurveRunsFromZeroToOne() {
        Roc split = Roc.of(new double[] {0.8, 0.6}, new double[] {0.7, 0.1});
        Roc flags = Roc.of(new double[] {0.1, 0.8, 0.7, 0.6}, new boolean[] {false, true, false, true});
        assertEquals(split.auc(), flags.auc(), 1e-12);
        assertEquals(0.75, flags.auc(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1}, flags.falsePositiveRates(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1}, flags.truePositiveRates(), 1e-12);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.8, 0.7, 0.6, 0.1}, flags.thresholds(), 1e-12);
        assertEquals(2, flags.positives());
        assertEquals(2, flags.negatives());
        assertTrue(flags.toString().contains("AUC 0.7500"), flags.toString());
    }

    @Test
    void precisionRecallAndFalseAlarmsAtAThreshold() {
        Roc roc = Roc.of(new double[] {0.9, 0.8, 0.4, 0.2}, new double[] {0.7, 0.3, 0.1, 0.05});
        assertEquals(4, roc.flagged(0.4));
        assertEquals(3, roc.truePositives(0.4));
        assertEquals(1, roc.falsePositives(0.4));
        assertEquals(0.75, roc.precision(0.4), 1e-12);
        assertEquals(0.75, roc.recall(0.4), 1e-12);
        assertEquals(0.25, roc.falsePositiveRate(0.4), 1e-12);
        assertTrue(Double.isNaN(roc.precision(1.0)), "nothing flagged");
        assertEquals(1.0, roc.recall(0.0), 1e-12);
    }

    @Test
    void thresholdForRecallIsTheHighestThatReachesIt() {
        Roc roc = Roc.of(new double[] {0.9, 0.8, 0.4, 0.2}, new double[] {0.7, 0.3, 0.1, 0.05});
        assertEquals(0.8, roc.thresholdForRecall(0.5), 1e-12);
        assertEquals(0.4, roc.thresholdForRecall(0.6), 1e-12);
        assertEquals(0.2, roc.thresholdForRecall(1.0), 1e-12);
        for (double r : new double[] {0.1, 0.25, 0.5, 0.75, 0.9, 1.0}) {
            assertTrue(roc.recall(roc.thresholdForRecall(r)) >= r, "recall " + r);
        }
    }

    @Test
    void tableHasOneRowPerThreshold() {
        Roc roc = Roc.of(new double[] {0.9, 0.8, 0.4, 0.2}, new double[] {0.7, 0.3, 0.1, 0.05});
        Table table = roc.table(0.8, 0.4);
        assertEquals(2, table.rowCount());
        assertEquals(1.0, table.doubleColumn("precision").get(0), 1e-12);
        assertEquals(1, table.intColumn("false positives").get(1));
        assertTrue(table.name().contains("4 positives, 4 negatives"), table.name());
    }

    @Test
    void badInputGetsOurMessages() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[] {1, 2}, new boolean[] {true})), "2 scores and 1 true/false");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[] {1, 2}, new boolean[] {false, false})), "both positives and negatives");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[] {1, Double.NaN}, new double[] {0})), "element 1 is NaN");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[] {1}, new double[0])), "0 negative scores");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Roc.of((double[]) null, new boolean[0])), "null scores");
        Roc roc = Roc.of(new double[] {1}, new double[] {0});
        assertMessage(assertThrows(IllegalArgumentException.class, () -> roc.thresholdForRecall(90)),
                "at most 1", "was given 90.0");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> roc.recall(Double.NaN)), "NaN");
        assertMessage(assertThrows(IllegalArgumentException.class, roc::table), "one or more thresholds");
    }
}
