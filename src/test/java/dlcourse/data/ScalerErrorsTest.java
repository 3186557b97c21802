package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ScalerErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("transform before fit says to fit first", IllegalStateException.class,
                        () -> Scaler.standardize().transform(SyntheticData.moons(4, 0.1, 1)), "before fit",
                        "Scaler.standardize().fit(train)"),
                wrong("minMax transform before fit names minMax", IllegalStateException.class,
                        () -> Scaler.minMax().transform(Nd4j.rand(2, 2)), "Scaler.minMax().fit(train)"),
                wrong("a different number of columns is rejected",
                        () -> Scaler.standardize().fit(SyntheticData.moons(10, 0.1, 1)).transform(Datasets.iris()),
                        "expected 2 feature columns", "was given 4", "same columns"),
                wrong("fit needs data", () -> Scaler.standardize().fit(null), "was given null"),
                wrong("images as four dimensions are rejected",
                        () -> Scaler.standardize().fit(new DataSet(Nd4j.rand(2, 1, 3, 3), Nd4j.rand(2, 1))),
                        "[2, 1, 3, 3]", "[n, columns]"),
                wrong("transform needs an array",
                        () -> Scaler.standardize().fit(SyntheticData.moons(10, 0.1, 1))
                                .transform((org.nd4j.linalg.api.ndarray.INDArray) null),
                        "was given null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void missingValuesAreNamedByColumn() {
        DataSet data = SyntheticData.moons(10, 0.1, 1);
        data.getFeatures().putScalar(3, 1, Double.NaN);
        assertMessage(IllegalArgumentException.class, () -> Scaler.minMax().fit(data), "column 1", "NaN",
                "remove or fill the missing values");
    }
}
