package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;

class DataSplitErrorsTest {

    @Test
    void aTrainingFractionOfOneLeavesNoTestSet() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 1.0, 0, 1),
                "was given 1.0", "e.g. 0.7");
    }

    @Test
    void fractionsAddingUpToOneLeaveNoTestSet() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.8, 0.2, 1),
                "0.8 + 0.2", "keep the sum below 1");
    }

    @Test
    void aNegativeValidationFractionIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.7, -0.1, 1),
                "-0.1", "or 0 for none");
    }

    @Test
    void tooFewExamplesForEveryPart() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(4, 0.1, 1), 0.7, 0.1, 1),
                "cannot cut 4 examples", "0 for validation", "at least one example");
    }

    @Test
    void stratifyingNeedsClassLabels() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.stratified(SyntheticData.regression(20, 0.1, 1), 0.7, 0.15, 1),
                "[20, 1]", "DataSplit.of(data, 0.7, 0.15, seed)");
    }

    @Test
    void nullDataIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.of(null, 0.7, 0.15, 1), "null", "Datasets.iris()");
    }

    @Test
    void askingForAMissingValidationSetSaysHowToMakeOne() {
        DataSplit split = DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.8, 0, 1);
        assertMessage(IllegalStateException.class, split::validation, "validation fraction of 0",
                "DataSplit.of(data, 0.7, 0.15, 42)");
    }

    @Test
    void aSingleExampleCannotBeSplit() {
        assertMessage(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.toDataSet(new double[][] {{1}},
                new int[] {0}, 1), 0.5, 0, 1), "at least 2 examples", "was given 1");
    }
}
