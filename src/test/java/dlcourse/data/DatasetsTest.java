package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Mlp;
import dlcourse.train.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import tech.tablesaw.api.Table;

class DatasetsTest {

    @Test
    void irisHas150FlowersOf3Species() {
        long start = System.nanoTime();
        DataSet iris = Datasets.iris();
        System.out.printf("iris loaded in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        assertArrayEquals(new long[] {150, 4}, iris.getFeatures().shape());
        assertArrayEquals(new long[] {150, 3}, iris.getLabels().shape());
        assertEquals(DataType.FLOAT, iris.getFeatures().dataType());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.getLabelNamesList());
        assertArrayEquals(new float[] {5.1f, 3.5f, 1.4f, 0.2f}, iris.getFeatures().getRow(0).toFloatVector());
        assertArrayEquals(new double[] {50, 50, 50}, iris.getLabels().sum(0).toDoubleVector());
        assertEquals(2, OneHot.decode(iris.getLabels())[149]);
    }

    @Test
    void irisTableHasNamedColumnsAndConvertsToTheSameData() {
        Table table = Datasets.irisTable();
        assertEquals(150, table.rowCount());
        assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)",
                "species"), table.columnNames());
        DataSet fromTable = Tables.toDataSet(table, "species");
        DataSet iris = Datasets.iris();
        assertEquals(iris.getFeatures(), fromTable.getFeatures());
        assertEquals(iris.getLabels(), fromTable.getLabels());
        assertEquals(iris.getLabelNamesList(), fromTable.getLabelNamesList());
    }

    @Test
    void digitsAre1797ImagesScaledToTheUnitInterval() {
        long start = System.nanoTime();
        DataSet digits = Datasets.digits();
        System.out.printf("digits loaded in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        assertArrayEquals(new long[] {1797, 64}, digits.getFeatures().shape());
        assertArrayEquals(new long[] {1797, 10}, digits.getLabels().shape());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.getLabelNamesList());
        assertEquals(0, digits.getFeatures().minNumber().doubleValue());
        assertEquals(1, digits.getFeatures().maxNumber().doubleValue());
        // The first image is a 0: its first row of pixels is 0,0,5,13,9,1,0,0 out of 16.
        assertEquals(13 / 16.0, digits.getFeatures().getDouble(0, 3), 1e-6);
        assertEquals(0, OneHot.decode(digits.getLabels())[0]);
        double[] perClass = digits.getLabels().sum(0).toDoubleVector();
        for (double count : perClass) {
            assertTrue(count >= 170 && count <= 190, "examples per class " + count);
        }
    }

    @Test
    void shakespeareIsPlainTextOfSevenPlays() {
        String text = Datasets.shakespeare();
        assertTrue(text.length() > 800_000 && text.length() < 1_000_000, "length " + text.length());
        assertTrue(text.startsWith("HAMLET, PRINCE OF DENMARK"));
        for (String phrase : List.of("To be, or not to be", "Out, damned spot", "wherefore art thou Romeo",
                "Et tu, Brute", "We are such stuff", "The course of true love never did run smooth")) {
            assertTrue(text.contains(phrase), phrase);
        }
        assertTrue(text.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127)), "plain ASCII, \\n line ends");
        assertEquals(-1, text.indexOf("Gutenberg"));
    }

    @Test
    void theDataFolderIsFoundFromTheProjectAndCanBeOverridden() throws Exception {
        Path found = Datasets.dataDirectory();
        assertTrue(Files.isRegularFile(found.resolve("iris.csv")), found.toString());
        Path copy = Files.createTempDirectory("dlcourse-data");
        Files.copy(found.resolve("iris.csv"), copy.resolve("iris.csv"));
        try {
            System.setProperty("dlcourse.data", copy.toString());
            assertEquals(copy.toAbsolutePath().normalize(), Datasets.dataDirectory());
            assertEquals(150, Datasets.iris().numExamples());
        } finally {
            System.clearProperty("dlcourse.data");
            Files.delete(copy.resolve("iris.csv"));
            Files.delete(copy);
        }
    }

    @Test
    void notebooksInASubfolderFindTheSameDataFolder() {
        Path project = Datasets.dataDirectory().getParent();
        assertEquals(project.resolve("data"), DataFiles.directory(project.resolve("notebooks")));
        assertEquals(project.resolve("data"), DataFiles.directory(project.resolve("data")));
    }

    @Test
    void aNetworkLearnsTheDigits() {
        DataSplit split = DataSplit.stratified(Datasets.digits(), 0.7, 0, 1);
        MultiLayerNetwork net = Mlp.builder().inputs(64).hidden(32).outputs(10).learningRate(0.01).build();
        Trainer.builder().epochs(15).batchSize(32).live(false).build().fit(net, split.train());
        double accuracy = Trainer.accuracy(net, split.test());
        System.out.println("digits test accuracy " + accuracy);
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
    }
}
