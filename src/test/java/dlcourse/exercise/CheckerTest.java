package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.exercise.CheckResult.Status;
import dlcourse.nets.Mlp;
import dlcourse.train.Trainer;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class CheckerTest {

    private final Checker vector = Checker.array(new double[] {0.5, -1.0, 2.0}, 1e-6);

    @Test
    void arrayAcceptsTheCommonJavaAndNd4jForms() {
        assertTrue(vector.check(new double[] {0.5, -1.0, 2.0}).passed());
        assertTrue(vector.check(new float[] {0.5f, -1.0f, 2.0f}).passed());
        assertTrue(vector.check(List.of(0.5, -1.0, 2)).passed());
        assertTrue(vector.check(Nd4j.createFromArray(0.5f, -1.0f, 2.0f)).passed());
        assertEquals("all 3 numbers are right.", vector.check(new double[] {0.5, -1.0, 2.0 + 1e-9}).message());
    }

    @Test
    void arrayReportsTheFirstWrongElementWithoutTheAnswer() {
        CheckResult result = vector.check(new double[] {0.5, -1.0, 3.0});
        assertEquals(Status.WRONG, result.status());
        assertEquals("element [2] is 3, which is not right (the elements before it are right).", result.message());
        assertEquals("element [0] is 0.5001, close but not within 0.000001.",
                vector.check(new double[] {0.5001, -1.0, 2.0}).message());
    }

    @Test
    void arrayOfTheWrongShapeOrKind() {
        assertEquals("your array has shape [2] but the answer has shape [3].",
                vector.check(new double[] {0.5, -1.0}).message());
        Checker matrix = Checker.array(Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 6}}), 1e-6);
        assertTrue(matrix.check(new double[][] {{1, 2, 3}, {4, 5, 6}}).passed());
        assertEquals("your array has shape [3, 2] but the answer has shape [2, 3].",
                matrix.check(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}, {5, 6}})).message());
        assertEquals("element [1, 0] is 40, which is not right (the elements before it are right).",
                matrix.check(new double[][] {{1, 2, 3}, {40, 5, 6}}).message());
        assertEquals(Status.INVALID, vector.check("0.5, -1, 2").status());
        assertEquals(Status.NOT_ANSWERED, vector.check(new double[] {Double.NaN, Double.NaN, Double.NaN}).status());
        assertEquals(Status.NOT_ANSWERED, vector.check(null).status());
    }

    @Test
    void numberAcceptsIntegersAndOneElementArrays() {
        Checker three = Checker.number(3, 0);
        assertTrue(three.check(3).passed());
        assertTrue(three.check(3L).passed());
        assertTrue(three.check(Nd4j.scalar(3.0)).passed());
        assertEquals(Status.WRONG, three.check(3.0000001).status(), "tolerance 0 means exactly");
        assertEquals(Status.INVALID, three.check(true).status());
    }

    @Test
    void accuracyOfATrainedAndAnUntrainedClassifier() {
        DataSet train = SyntheticData.moons(300, 0.1, 1);
        DataSet check = SyntheticData.moons(200, 0.1, 2);
        Checker accurate = Checker.network(2, 2, 354).andThen(Checker.accuracy(check, 0.9));

        MultiLayerNetwork net = Mlp.classifier(2, 2, 16, 16);
        CheckResult untrained = accurate.check(net);
        assertEquals(Status.WRONG, untrained.status(), untrained.toString());
        assertTrue(untrained.message().contains("% on the check data, below the 90% needed."), untrained.message());

        Trainer.builder().epochs(30).live(false).build().fit(net, train);
        CheckResult trained = accurate.check(net);
        System.out.println("Accuracy check after 30 epochs: " + trained);
        assertTrue(trained.passed(), trained.toString());
        assertTrue(trained.message().startsWith("accuracy "), trained.message());

        assertEquals("your network has 82 parameters, not 354; make it larger.",
                accurate.check(Mlp.classifier(2, 2, 16)).message(), "andThen stops at the first failure");
        assertEquals(Status.INVALID, Checker.accuracy(check, 0.9).check(Mlp.classifier(3, 2, 4)).status());
    }
}
