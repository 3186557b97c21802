package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DataSplitErrorsTest {

    private static <T extends RuntimeException> void fails(Class<T> type, Executable call, String... parts) {
        T e = assertThrows(type, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void aTrainingFractionOfOneLeavesNoTestSet() {
        fails(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 1.0, 0, 1),
                "was given 1.0", "e.g. 0.7");
    }

    @Test
    void fractionsAddingUpToOneLeaveNoTestSet() {
        fails(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.8, 0.2, 1),
                "0.8 + 0.2", "keep the sum below 1");
    }

    @Test
    void aNegativeValidationFractionIsRejected() {
        fails(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.7, -0.1, 1),
                "-0.1", "or 0 for none");
    }

    @Test
    void tooFewExamplesForEveryPart() {
        fails(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.moons(4, 0.1, 1), 0.7, 0.1, 1),
                "cannot cut 4 examples", "0 for validation", "at least one example");
    }

    @Test
    void stratifyingNeedsClassLabels() {
        fails(IllegalArgumentException.class, () -> DataSplit.stratified(SyntheticData.regression(20, 0.1, 1), 0.7, 0.15, 1),
                "[20, 1]", "DataSplit.of(data, 0.7, 0.15, seed)");
    }

    @Test
    void nullDataIsRejected() {
        fails(IllegalArgumentException.class, () -> DataSplit.of(null, 0.7, 0.15, 1), "null", "Datasets.iris()");
    }

    @Test
    void askingForAMissingValidationSetSaysHowToMakeOne() {
        DataSplit split = DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.8, 0, 1);
        fails(IllegalStateException.class, split::validation, "validation fraction of 0",
                "DataSplit.of(data, 0.7, 0.15, 42)");
    }

    @Test
    void aSingleExampleCannotBeSplit() {
        fails(IllegalArgumentException.class, () -> DataSplit.of(SyntheticData.toDataSet(new double[][] {{1}},
                new int[] {0}, 1), 0.5, 0, 1), "at least 2 examples", "was given 1");
    }
}
