package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import dlcourse.nets.Mlp;
import dlcourse.train.TrainFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class PredictionsErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("features of the wrong width",
                        () -> Predictions.predict(Mlp.classifier(2, 2, 4), Nd4j.rand(DataType.FLOAT, 5, 3)),
                        "expects 2 inputs", "has 3 features", "select 2 feature columns"),
                wrong("no features", () -> Predictions.predict(Mlp.classifier(2, 2, 4), null), "at least one example",
                        "was given null"),
                wrong("no network", () -> Predictions.predict(null, Nd4j.rand(DataType.FLOAT, 5, 2)), "was given null",
                        "Mlp.classifier(2, 2, 16)"),
                wrong("classes of a regression network",
                        () -> Predictions.classes(TrainFixtures.regression(4), Nd4j.rand(DataType.FLOAT, 5, 1)),
                        "expected a classifier", "Predictions.predict(net, features)"),
                wrong("classes of a network that answers every time step",
                        () -> Predictions.classes(TrainFixtures.sequenceLabeller(1, 2),
                                Nd4j.rand(DataType.FLOAT, 2, 1, 3)),
                        "[2, 2, 3]", "Predictions.table(net, data)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void everyTimeStepMasked() {
        DataSet data = TrainFixtures.runningSumSign(2, 3, 1);
        data.setLabelsMaskArray(Nd4j.zeros(DataType.FLOAT, 2, 3));
        assertMessage(() -> Predictions.table(TrainFixtures.sequenceLabeller(1, 2), data),
                "mask", "all 0", "1 marks the steps to count");
    }
}
