package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import dlcourse.train.TrainFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class RegressionReportErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no predictions", () -> RegressionReport.of(new double[] {1}, null), "null predicted values"),
                wrong("no examples", () -> RegressionReport.of(new double[0], new double[0]), "at least one example",
                        "not empty"),
                wrong("fewer predictions than examples",
                        () -> RegressionReport.of(new double[] {1, 2}, new double[] {1}), "2 actual and 1 predicted",
                        "same length"),
                wrong("not a number", () -> RegressionReport.of(new double[] {1, Double.NaN}, new double[] {1, 2}),
                        "example 1 has actual NaN", "remove or fill"),
                wrong("labels with more columns than outputs",
                        () -> RegressionReport.of(TrainFixtures.regression(4),
                                new DataSet(TrainFixtures.sine(5, 1).getFeatures(), Nd4j.rand(DataType.FLOAT, 5, 2))),
                        "1 output", "2 label columns", "test data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}
