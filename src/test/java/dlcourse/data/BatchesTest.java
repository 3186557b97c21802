package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Mlp;
import dlcourse.train.Trainer;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

class BatchesTest {

    @Test
    void cutsConsecutiveBatchesAndCanStartOver() {
        DataSet data = SyntheticData.moons(10, 0.1, 1);
        DataSetIterator batches = Batches.of(data, 4);
        List<Integer> sizes = new ArrayList<>();
        while (batches.hasNext()) {
            sizes.add(batches.next().numExamples());
        }
        assertEquals(List.of(4, 4, 2), sizes);
        assertTrue(batches.resetSupported());
        batches.reset();
        DataSet first = batches.next();
        assertEquals(data.getFeatures().getRow(3), first.getFeatures().getRow(3));
        assertEquals(data.getLabelNamesList(), batches.getLabels());
        assertEquals(data.getLabelNamesList(), first.getLabelNamesList());
    }

    @Test
    void dl4jTrainsFromTheBatches() {
        DataSet data = SyntheticData.blobs(200, 3, 0.5, 1);
        MultiLayerNetwork net = Mlp.classifier(2, 3, 8);
        net.fit(Batches.of(data, 20), 20);
        assertTrue(Trainer.accuracy(net, data) > 0.95);
    }

    @Test
    void aBatchSizeOfZeroIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Batches.of(SyntheticData.moons(10, 0.1, 1), 0));
        assertTrue(e.getMessage().contains("was given 0") && e.getMessage().contains("32"), e.getMessage());
    }

    @Test
    void nullDataIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Batches.of(null, 8));
        assertTrue(e.getMessage().contains("was given null"), e.getMessage());
    }
}
