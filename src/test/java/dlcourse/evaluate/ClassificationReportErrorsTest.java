package dlcourse.evaluate;

import static dlcourse.Messages.assertMessage;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.TrainFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportErrorsTest {

    @Test
    void aRegressionNetwork() {
        assertMessage(() -> ClassificationReport.of(TrainFixtures.regression(4), TrainFixtures.sine(10, 1)),
                "expected a classifier", "LossMSE", "RegressionReport.of(net, data)");
    }

    @Test
    void testDataThatDoesNotFitTheNetwork() {
        assertMessage(() -> ClassificationReport.of(Mlp.classifier(3, 2, 4), SyntheticData.moons(10, 0.1, 1)),
                "test data has 2 features", "build the network with 2 inputs");
    }

    @Test
    void noClassNames() {
        assertMessage(() -> ClassificationReport.of(new int[] {0}, new int[] {0}, (List<String>) null),
                "was given null", "List.of(\"cat\", \"dog\")");
    }

    @Test
    void repeatedClassNames() {
        assertMessage(() -> ClassificationReport.of(new int[] {0}, new int[] {0}, List.of("cat", "cat")),
                "[cat, cat]", "give every class its own name");
    }

    @Test
    void oneClass() {
        assertMessage(() -> ClassificationReport.of(new int[] {0}, new int[] {0}, 1),
                "was given 1", "a yes/no problem has 2 classes");
    }

    @Test
    void noExamples() {
        assertMessage(() -> ClassificationReport.of(new int[0], new int[0], 2),
                "at least one example", "not empty");
    }

    @Test
    void fewerPredictionsThanExamples() {
        assertMessage(() -> ClassificationReport.of(new int[] {0, 1, 1}, new int[] {0, 1}, 2),
                "3 actual and 2 predicted", "same length");
    }

    @Test
    void aClassNumberOutOfRange() {
        assertMessage(() -> ClassificationReport.of(new int[] {0, 1, 2}, new int[] {0, 1, 1}, 2),
                "from 0 to 1", "example 2 has class 2", "give 3 or more class names");
    }

    @Test
    void anUnknownClassName() {
        ClassificationReport report = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, List.of("no", "yes"));
        assertMessage(() -> report.recall("maybe"), "'maybe'", "[no, yes]");
    }

    @Test
    void aClassNumberOutOfRangeWhenAsking() {
        ClassificationReport report = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, 2);
        assertMessage(() -> report.precision(5), "from 0 to 1", "was given 5");
    }
}
