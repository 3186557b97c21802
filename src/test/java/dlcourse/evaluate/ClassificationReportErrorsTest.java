package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.TrainFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassificationReportErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("a regression network",
                        () -> ClassificationReport.of(TrainFixtures.regression(4), TrainFixtures.sine(10, 1)),
                        "expected a classifier", "LossMSE", "RegressionReport.of(net, data)"),
                wrong("test data that does not fit the network",
                        () -> ClassificationReport.of(Mlp.classifier(3, 2, 4), SyntheticData.moons(10, 0.1, 1)),
                        "test data has 2 features", "build the network with 2 inputs"),
                wrong("no class names",
                        () -> ClassificationReport.of(new int[] {0}, new int[] {0}, (List<String>) null),
                        "was given null", "List.of(\"cat\", \"dog\")"),
                wrong("repeated class names",
                        () -> ClassificationReport.of(new int[] {0}, new int[] {0}, List.of("cat", "cat")),
                        "[cat, cat]", "give every class its own name"),
                wrong("one class", () -> ClassificationReport.of(new int[] {0}, new int[] {0}, 1), "was given 1",
                        "a yes/no problem has 2 classes"),
                wrong("no examples", () -> ClassificationReport.of(new int[0], new int[0], 2), "at least one example",
                        "not empty"),
                wrong("fewer predictions than examples",
                        () -> ClassificationReport.of(new int[] {0, 1, 1}, new int[] {0, 1}, 2),
                        "3 actual and 2 predicted", "same length"),
                wrong("a class number out of range",
                        () -> ClassificationReport.of(new int[] {0, 1, 2}, new int[] {0, 1, 1}, 2), "from 0 to 1",
                        "example 2 has class 2", "give 3 or more class names"),
                wrong("an unknown class name",
                        () -> ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, List.of("no", "yes"))
                                .recall("maybe"),
                        "'maybe'", "[no, yes]"),
                wrong("a class number out of range when asking",
                        () -> ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, 2).precision(5),
                        "from 0 to 1", "was given 5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
