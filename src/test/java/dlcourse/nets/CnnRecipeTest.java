package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.DataSplit;
import dlcourse.data.Datasets;
import dlcourse.train.History;
import dlcourse.train.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Real training to an honest threshold: a small CNN reads 8×8 handwritten digits. */
@Tag("slow")
class CnnRecipeTest {

    @Test
    void defaultCnnReadsEightByEightDigits() {
        DataSplit split = DataSplit.of(Datasets.digits(), 0.8, 0.0, 42);   // 80 % train, 20 % test
        MultiLayerNetwork net = Cnn.classifier(8, 8, 10);
        History history = Trainer.builder().epochs(8).live(false).build().fit(net, split.train());
        double accuracy = Trainer.accuracy(net, split.test());
        System.out.printf("CNN digits: test accuracy %.3f after %d epochs in %.1f s%n",
                accuracy, history.epochs(), history.seconds());
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy + "\n" + history);
    }
}
