package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class SequencesErrorsTest {

    @Test
    void sineTooShort() {
        assertMessage(() -> Sequences.sine(1, 20, 0.1, 1), "given 1", "a few hundred");
    }

    @Test
    void sineWithoutAPeriod() {
        assertMessage(() -> Sequences.sine(100, 0, 0.1, 1), "given 0.0", "try 20");
    }

    @Test
    void compositeWithNegativeNoise() {
        assertMessage(() -> Sequences.composite(100, 0.01, 24, -0.1, 1), "-0.1", "try 0.1");
    }

    @Test
    void windowsOfNothing() {
        assertMessage(() -> Sequences.windows(null, 3, 1), "given null", "Sequences.sine(");
    }

    @Test
    void windowOfZero() {
        assertMessage(() -> Sequences.windows(new double[10], 0, 1), "given 0", "e.g. 24");
    }

    @Test
    void horizonOfZero() {
        assertMessage(() -> Sequences.windows(new double[10], 3, 0), "given 0", "1 predicts the next value");
    }

    @Test
    void seriesShorterThanOneWindow() {
        assertMessage(() -> Sequences.windows(new double[4], 4, 1), "window + horizon = 5", "given 4",
                "longer series or a shorter window");
    }

    @Test
    void missingValue() {
        assertMessage(() -> Sequences.windows(new double[] {1, Double.NaN, 3, 4}, 2, 1), "step 1 is NaN",
                "fill or remove");
    }

    @Test
    void splitFractionOfOne() {
        assertMessage(() -> Sequences.chronologicalSplit(new double[100], 5, 1, 1.0), "given 1.0", "try 0.8");
    }

    @Test
    void splitWithTooFewStepsOnOneSide() {
        assertMessage(() -> Sequences.chronologicalSplit(new double[30], 10, 1, 0.2), "30 steps at 6",
                "window + horizon = 11", "shorter window");
    }

    @Test
    void lastValueForecastOfTabularData() {
        DataSet tabular = new DataSet(Nd4j.rand(4, 3), Nd4j.rand(4, 1));
        assertMessage(() -> Sequences.lastValueForecast(tabular), "features [4, 3]", "Sequences.windows(");
    }

    @Test
    void longRangeTooShort() {
        assertMessage(() -> Sequences.longRange(10, 1, 1), "given 1", "try 40");
        assertMessage(() -> Sequences.longRange(1, 40, 1), "n = 1", "a thousand");
    }
}
