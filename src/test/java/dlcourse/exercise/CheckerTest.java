package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.nets.Mlp;
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
    void accuracyOfAGoodAndABadClassifier() {
        // Class 0 where the first feature is positive; a network without hidden layers whose weights
        // are set by hand gets all of it right, or (weights negated) all of it wrong.
        DataSet check = new DataSet(Nd4j.createFromArray(new float[][] {{1, 0.3f}, {2, -1}, {-1, 0.5f}, {-0.5f, -2}}),
                Nd4j.createFromArray(new float[][] {{1, 0}, {1, 0}, {0, 1}, {0, 1}}));
        Checker accurate = Checker.network(2, 2, 6).andThen(Checker.accuracy(check, 0.9));
        MultiLayerNetwork good = Mlp.builder().inputs(2).hidden().outputs(2).build();
        good.setParam("0_W", Nd4j.createFromArray(new float[][] {{5, -5}, {0, 0}}));
        good.setParam("0_b", Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 2));
        MultiLayerNetwork bad = good.clone();
        bad.setParam("0_W", Nd4j.createFromArray(new float[][] {{-5, 5}, {0, 0}}));

        assertEquals("accuracy 100% on the check data (at least 90% needed).", accurate.check(good).message());
        CheckResult wrong = accurate.check(bad);
        assertEquals(Status.WRONG, wrong.status());
        assertEquals("accuracy 0% on the check data, below the 90% needed.", wrong.message());
        assertEquals("your network has 82 parameters, not 6; make it smaller.",
                accurate.check(Mlp.classifier(2, 2, 16)).message(), "andThen stops at the first failure");
        assertEquals(Status.INVALID, Checker.accuracy(check, 0.9).check(Mlp.classifier(3, 2, 4)).status());
    }
}
