package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Mlp;
import dlcourse.train.Trainer;
import java.util.HashSet;
import java.util.Set;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class DataSplitTest {

    /** Feature 0 of example i is i, so every example can be recognised after a split. */
    private static DataSet numbered(int n, int classes) {
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            x[i][1] = -i;
            y[i] = i % classes;
        }
        return SyntheticData.toDataSet(x, y, classes);
    }

    private static Set<Integer> ids(DataSet part) {
        Set<Integer> ids = new HashSet<>();
        for (double v : part.getFeatures().getColumn(0).toDoubleVector()) {
            ids.add((int) v);
        }
        return ids;
    }

    @Test
    void partsHaveTheRequestedSizesAndShareNoExample() {
        DataSplit split = DataSplit.of(numbered(100, 2), 0.7, 0.15, 1);
        assertEquals(70, split.train().numExamples());
        assertEquals(15, split.validation().numExamples());
        assertEquals(15, split.test().numExamples());
        Set<Integer> all = new HashSet<>(ids(split.train()));
        all.addAll(ids(split.validation()));
        all.addAll(ids(split.test()));
        assertEquals(100, all.size());
        // Rows stay whole: feature 1 still belongs to feature 0.
        INDArray f = split.test().getFeatures();
        assertEquals(f.getColumn(0).neg(), f.getColumn(1));
        assertEquals("DataSplit[train 70, validation 15, test 15 examples]", split.toString());
    }

    @Test
    void labelNamesAndLabelsTravelWithTheRows() {
        DataSplit split = DataSplit.of(numbered(30, 3), 0.5, 0.2, 4);
        assertEquals(java.util.List.of("class 0", "class 1", "class 2"), split.train().getLabelNamesList());
        assertEquals(split.train().getLabelNamesList(), split.test().getLabelNamesList());
        int[] classes = OneHot.decode(split.train().getLabels());
        double[] ids = split.train().getFeatures().getColumn(0).toDoubleVector();
        for (int i = 0; i < ids.length; i++) {
            assertEquals((int) ids[i] % 3, classes[i]);
        }
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        DataSet data = numbered(50, 2);
        assertEquals(DataSplit.of(data, 0.6, 0.2, 7).train().getFeatures(), DataSplit.of(data, 0.6, 0.2, 7).train().getFeatures());
        assertNotEquals(DataSplit.of(data, 0.6, 0.2, 7).train().getFeatures(), DataSplit.of(data, 0.6, 0.2, 8).train().getFeatures());
    }

    @Test
    void stratifiedSplitsKeepTheClassProportions() {
        // 90 examples of class 0 and 10 of class 1: a plain split could leave class 1 out of a part.
        double[][] x = new double[100][1];
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i;
            y[i] = i < 90 ? 0 : 1;
        }
        DataSplit split = DataSplit.stratified(SyntheticData.toDataSet(x, y, 2), 0.6, 0.2, 3);
        assertArrayEquals(new double[] {54, 6}, split.train().getLabels().sum(0).toDoubleVector());
        assertArrayEquals(new double[] {18, 2}, split.validation().getLabels().sum(0).toDoubleVector());
        assertArrayEquals(new double[] {18, 2}, split.test().getLabels().sum(0).toDoubleVector());
        // The classes are mixed within each part, not stacked.
        int[] classes = OneHot.decode(split.train().getLabels());
        assertFalse(classes[54] == 1 && classes[59] == 1 && classes[0] == 0, "classes still stacked");
    }

    @Test
    void aZeroValidationFractionMakesATrainTestSplit() {
        DataSplit split = DataSplit.of(numbered(10, 2), 0.8, 0, 1);
        assertFalse(split.hasValidation());
        assertEquals(8, split.train().numExamples());
        assertEquals(2, split.test().numExamples());
    }

    @Test
    void sequencesAreSplitByExample() {
        INDArray features = Nd4j.arange(5 * 3 * 4).reshape(5, 3, 4).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        DataSet sequences = new DataSet(features, features.dup());
        DataSplit split = DataSplit.of(sequences, 0.6, 0, 2);
        assertArrayEquals(new long[] {3, 3, 4}, split.train().getFeatures().shape());
        for (int i = 0; i < 3; i++) {
            INDArray example = split.train().getFeatures().slice(i);
            int id = example.getInt(0, 0) / 12;
            assertEquals(features.slice(id), example);
        }
    }

    @Test
    void irisSplitScaledAndLearned() {
        DataSplit split = DataSplit.stratified(Datasets.iris(), 0.7, 0.15, 42);
        Scaler scaler = Scaler.standardize().fit(split.train());
        MultiLayerNetwork net = Mlp.builder().inputs(4).hidden(16).outputs(3).learningRate(0.01).build();
        Trainer.builder().epochs(100).batchSize(16).live(false).validation(scaler.transform(split.validation()))
                .build().fit(net, scaler.transform(split.train()));
        double accuracy = Trainer.accuracy(net, scaler.transform(split.test()));
        System.out.println("iris test accuracy " + accuracy);
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
    }
}
