package dlcourse.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.train.TrainFixtures;
import dlcourse.train.Trainer;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

class ClassificationReportTest {

    // Worked by hand. Pairs (actual, predicted):
    // (cat,cat) (cat,cat) (cat,dog) (dog,dog) (dog,bird) (bird,bird) ×3 (bird,cat) (bird,dog)
    private static final int[] ACTUAL = {0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
    private static final int[] PREDICTED = {0, 0, 1, 1, 2, 2, 2, 2, 0, 1};
    private final ClassificationReport report = ClassificationReport.of(ACTUAL, PREDICTED, List.of("cat", "dog", "bird"));

    @Test
    void countsTheConfusionMatrixByActualThenPredictedClass() {
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {1, 1, 3}}, report.confusionMatrix());
        assertEquals(10, report.examples());
        assertEquals(6, report.correct());
        assertEquals(0.6, report.accuracy(), 1e-12);
    }

    @Test
    void precisionRecallAndF1PerClassMatchTheHandComputation() {
        // precision = diagonal / column sum, recall = diagonal / row sum
        assertEquals(2.0 / 3, report.precision("cat"), 1e-12);
        assertEquals(1.0 / 3, report.precision("dog"), 1e-12);
        assertEquals(3.0 / 4, report.precision("bird"), 1e-12);
        assertEquals(2.0 / 3, report.recall(0), 1e-12);
        assertEquals(1.0 / 2, report.recall(1), 1e-12);
        assertEquals(3.0 / 5, report.recall(2), 1e-12);
        assertEquals(2.0 / 3, report.f1(0), 1e-12);
        assertEquals(0.4, report.f1(1), 1e-12);          // 2 · 1/3 · 1/2 / (1/3 + 1/2)
        assertEquals(2.0 / 3, report.f1(2), 1e-12);      // 2 · 3/4 · 3/5 / (3/4 + 3/5)
        assertEquals(5, report.support(2));
        assertEquals(4, report.predictedCount(2));
    }

    @Test
    void macroAveragesAreThePlainMeansOverClasses() {
        assertEquals((2.0 / 3 + 1.0 / 3 + 3.0 / 4) / 3, report.macroPrecision(), 1e-12);
        assertEquals((2.0 / 3 + 1.0 / 2 + 3.0 / 5) / 3, report.macroRecall(), 1e-12);
        assertEquals((2.0 / 3 + 0.4 + 2.0 / 3) / 3, report.macroF1(), 1e-12);
    }

    @Test
    void aClassThatNeverOccursScoresZeroAndStaysOutOfTheMacroAverages() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1, 0, 1}, new int[] {0, 1, 1, 1}, 3);
        assertEquals(0, r.precision(2));
        assertEquals(0, r.recall(2));
        assertEquals((1 + 2.0 / 3) / 2, r.macroPrecision(), 1e-12);
        assertEquals((0.5 + 1) / 2, r.macroRecall(), 1e-12);
        assertEquals(List.of("0", "1", "2"), r.classNames());
    }

    @Test
    void accuracyInTheTextRoundsAsTheConfusionMatrixTitleDoes() {
        int[] actual = new int[2000];
        int[] predicted = new int[2000];
        Arrays.fill(predicted, 1769, 2000, 1);   // 1769 of 2000 right: 88.45 %, which rounds up
        ClassificationReport r = ClassificationReport.of(actual, predicted, 2);
        assertTrue(r.toString().startsWith("Classification of 2000 examples: accuracy 88.5% (1769 correct)"),
                r.toString());
    }

    @Test
    void readsAsATextReport() {
        String text = report.toString();
        assertTrue(text.startsWith("Classification of 10 examples: accuracy 60.0% (6 correct)"), text);
        assertTrue(text.contains("cat                0.667   0.667  0.667        3"), text);
        assertTrue(text.contains("macro average      0.583   0.589  0.578       10"), text);
        assertTrue(text.contains("Confusion matrix (rows: actual class, columns: predicted class)\n"
                + "       cat   dog  bird\n"
                + "cat      2     1     0\n"
                + "dog      0     1     1\n"
                + "bird     1     1     3"), text);
    }

    @Test
    void isATablesawTableAndAConfusionTable() {
        Table table = report.table();
        assertEquals(List.of("class", "precision", "recall", "F1", "support"), table.columnNames());
        assertEquals(List.of("cat", "dog", "bird", "macro average"), table.stringColumn("class").asList());
        assertEquals(0.4, table.doubleColumn("F1").get(1), 1e-12);
        Table confusion = report.confusionTable();
        assertEquals(List.of("actual", "cat", "dog", "bird"), confusion.columnNames());
        assertEquals(List.of(0, 1, 3), confusion.intColumn("bird").asList());
    }

    @Test
    void evaluatesANetworkWithTheClassNamesOfTheData() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 16);
        DataSet train = SyntheticData.moons(200, 0.15, 1);
        DataSet test = SyntheticData.moons(100, 0.15, 2);
        test.setLabelNames(List.of("upper", "lower"));
        Trainer.builder().epochs(20).live(false).build().fit(net, train);

        ClassificationReport r = ClassificationReport.of(net, test);
        assertEquals(List.of("upper", "lower"), r.classNames());
        assertEquals(Trainer.accuracy(net, test), r.accuracy(), 1e-12);
        assertEquals(100, r.support(0) + r.support(1));
        assertEquals(50, r.support("upper".equals(r.classNames().get(0)) ? 0 : 1));
        assertTrue(r.accuracy() > 0.85, r.toString());
        assertTrue(r.toString().contains("upper"), r.toString());
    }

    @Test
    void aSingleSigmoidOutputHasTwoClasses() {
        MultiLayerNetwork net = TrainFixtures.binary(2);
        DataSet test = TrainFixtures.oneColumnLabels(SyntheticData.moons(60, 0.1, 2));
        ClassificationReport r = ClassificationReport.of(net, test);
        assertEquals(List.of("0", "1"), r.classNames());
        assertEquals(30, r.support(1));
        assertEquals(Trainer.accuracy(net, test), r.accuracy(), 1e-12);
    }

    @Test
    void sequenceLabelsCountEveryUnmaskedTimeStep() {
        MultiLayerNetwork net = TrainFixtures.sequenceLabeller(1, 2);
        DataSet data = TrainFixtures.runningSumSign(10, 4, 1);
        float[][] mask = new float[10][4];
        for (float[] row : mask) {
            java.util.Arrays.fill(row, 0, 3, 1f); // the last step of every sequence does not count
        }
        data.setLabelsMaskArray(Nd4j.create(mask));
        ClassificationReport r = ClassificationReport.of(net, data);
        assertEquals(30, r.examples());
        assertEquals(Trainer.accuracy(net, data), r.accuracy(), 1e-12);
        DataSet unmasked = TrainFixtures.runningSumSign(10, 4, 1);
        assertEquals(40, ClassificationReport.of(net, unmasked).examples());
        assertEquals(DataType.FLOAT, data.getFeatures().dataType());
    }
}
