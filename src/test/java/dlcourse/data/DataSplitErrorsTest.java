package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataSplitErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("a training fraction of one leaves no test set",
                        () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 1.0, 0, 1), "was given 1.0", "e.g. 0.7"),
                wrong("fractions adding up to one leave no test set",
                        () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.8, 0.2, 1), "0.8 + 0.2",
                        "keep the sum below 1"),
                wrong("a negative validation fraction is rejected",
                        () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.7, -0.1, 1), "-0.1", "or 0 for none"),
                wrong("too few examples for every part",
                        () -> DataSplit.of(SyntheticData.moons(4, 0.1, 1), 0.7, 0.1, 1), "cannot cut 4 examples",
                        "0 for validation", "at least one example"),
                wrong("stratifying needs class labels",
                        () -> DataSplit.stratified(SyntheticData.regression(20, 0.1, 1), 0.7, 0.15, 1), "[20, 1]",
                        "DataSplit.of(data, 0.7, 0.15, seed)"),
                wrong("null data is rejected", () -> DataSplit.of(null, 0.7, 0.15, 1), "null", "Datasets.iris()"),
                wrong("asking for a missing validation set says how to make one", IllegalStateException.class,
                        () -> DataSplit.of(SyntheticData.moons(10, 0.1, 1), 0.8, 0, 1).validation(),
                        "validation fraction of 0", "DataSplit.of(data, 0.7, 0.15, 42)"),
                wrong("a single example cannot be split",
                        () -> DataSplit.of(SyntheticData.toDataSet(new double[][] {{1}}, new int[] {0}, 1), 0.5, 0, 1),
                        "at least 2 examples", "was given 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
