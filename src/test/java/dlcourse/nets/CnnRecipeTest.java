package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.train.History;
import dlcourse.train.Trainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.SplitTestAndTrain;
import org.nd4j.linalg.factory.Nd4j;

/** Real training to an honest threshold: a small CNN reads 8×8 handwritten digits. */
class CnnRecipeTest {

    // Until the shared loader is merged: scikit-learn's copy of the UCI digits, read here.
    private static final Path DIGITS = Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz");

    @Test
    void defaultCnnReadsEightByEightDigits() throws IOException {
        Assumptions.assumeTrue(Files.exists(DIGITS), "scikit-learn's digits.csv.gz is not installed");
        SplitTestAndTrain split = digits(42);
        MultiLayerNetwork net = Cnn.classifier(8, 8, 10);
        History history = Trainer.builder().epochs(8).live(false).build().fit(net, split.getTrain());
        double accuracy = Trainer.accuracy(net, split.getTest());
        System.out.printf("CNN digits: test accuracy %.3f after %d epochs in %.1f s%n", accuracy, history.epochs(), history.seconds());
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy + "\n" + history);
    }

    /** 1797 images of 64 pixels (0 to 16) and a label, scaled to [0, 1] and split 80/20 at random. */
    static SplitTestAndTrain digits(long seed) throws IOException {
        List<float[]> pixels = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DIGITS)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                float[] row = new float[64];
                for (int i = 0; i < 64; i++) {
                    row[i] = Float.parseFloat(cells[i]) / 16f;
                }
                pixels.add(row);
                labels.add((int) Float.parseFloat(cells[64]));
            }
        }
        int n = pixels.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        float[][] x = new float[n][];
        float[][] y = new float[n][10];
        for (int i = 0; i < n; i++) {
            x[i] = pixels.get(order.get(i));
            y[i][labels.get(order.get(i))] = 1f;
        }
        DataSet all = new DataSet(Nd4j.create(x), Nd4j.create(y));
        all.setLabelNames(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        return all.splitTestAndTrain(0.8);
    }
}
