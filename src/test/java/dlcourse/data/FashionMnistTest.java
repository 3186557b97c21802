package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;

class FashionMnistTest {

    @TempDir
    Path folder;

    private static boolean installed() {
        return FashionMnist.searchDirectories().stream().anyMatch(
                dir -> Files.isRegularFile(dir.resolve("train-images-idx3-ubyte.gz"))
                        || Files.isRegularFile(dir.resolve("train-images-idx3-ubyte")));
    }

    @Test
    void readsImagesAsScaledRowsWithNamedOneHotLabels() {
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(3, 28, 28));
        Path labels = IdxTestFiles.write(folder, "labels.gz", IdxTestFiles.gzip(IdxTestFiles.labels(9, 0, 4)));
        DataSet data = FashionMnist.read(images, labels, 100, null, null);
        assertArrayEquals(new long[] {3, 784}, data.getFeatures().shape());
        assertArrayEquals(new long[] {3, 10}, data.getLabels().shape());
        assertEquals(FashionMnist.CLASS_NAMES, data.getLabelNamesList());
        assertArrayEquals(new int[] {9, 0, 4}, OneHot.decode(data.getLabels()));
        assertEquals(0, data.getFeatures().getDouble(0, 0));
        assertEquals(255 / 255.0, data.getFeatures().getDouble(0, 255), 1e-6);
        assertEquals(1 / 255.0, data.getFeatures().getDouble(1, 0), 1e-6);
        assertEquals((2 + 783) % 256 / 255.0, data.getFeatures().getDouble(2, 783), 1e-6);
    }

    @Test
    void aLimitKeepsTheFirstExamples() {
        Path images = IdxTestFiles.write(folder, "images.gz", IdxTestFiles.gzip(IdxTestFiles.images(5, 28, 28)));
        Path labels = IdxTestFiles.write(folder, "labels", IdxTestFiles.labels(1, 2, 3, 4, 5));
        DataSet data = FashionMnist.read(images, labels, 2, null, null);
        assertArrayEquals(new int[] {1, 2}, OneHot.decode(data.getLabels()));
        assertEquals(1 / 255.0, data.getFeatures().getDouble(1, 0), 1e-6);
    }

    @Test
    void acceptsContentWithTheGivenChecksum() {
        byte[] labelBytes = IdxTestFiles.labels(3);
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(1, 28, 28));
        Path labels = IdxTestFiles.write(folder, "labels.gz", IdxTestFiles.gzip(labelBytes));
        DataSet data = FashionMnist.read(images, labels, 1, DataFiles.sha256(IdxTestFiles.images(1, 28, 28)),
                DataFiles.sha256(labelBytes));
        assertEquals(1, data.numExamples());
    }

    @Test
    void loadsTheWholeTrainingSetInAFewSeconds() {
        assumeTrue(installed(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        long start = System.nanoTime();
        DataSet train = FashionMnist.train();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Fashion-MNIST train (60000) loaded in %.2f s%n", seconds);
        assertArrayEquals(new long[] {60_000, 784}, train.getFeatures().shape());
        assertArrayEquals(new long[] {60_000, 10}, train.getLabels().shape());
        assertEquals(FashionMnist.CLASS_NAMES, train.getLabelNamesList());
        assertArrayEquals(new double[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000},
                train.getLabels().sum(0).toDoubleVector());
        assertEquals(0, train.getFeatures().minNumber().doubleValue());
        assertEquals(1, train.getFeatures().maxNumber().doubleValue());
        // The first training image is an ankle boot (label 9 in the official files).
        assertEquals(9, OneHot.decode(train.getLabels().getRows(0))[0]);
        assertTrue(seconds < 20, "took " + seconds + " s"); // generous: other JVMs share the cores
    }

    @Test
    void loadsTheTestSetAndAPrefix() {
        assumeTrue(installed(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        long start = System.nanoTime();
        DataSet test = FashionMnist.test();
        System.out.printf("Fashion-MNIST test (10000) loaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(10_000, test.numExamples());
        DataSet first = FashionMnist.test(100);
        assertEquals(100, first.numExamples());
        assertEquals(test.getFeatures().getRows(java.util.stream.IntStream.range(0, 100).toArray()),
                first.getFeatures());
    }

    @Test
    void findsUncompressedFilesInTheProjectFolderFirst() throws Exception {
        Path debian = FashionMnist.DEBIAN_DIRECTORY;
        assumeTrue(Files.isRegularFile(debian.resolve("t10k-labels-idx1-ubyte.gz")), "Fashion-MNIST is not installed");
        for (String name : List.of("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")) {
            byte[] gz = Files.readAllBytes(debian.resolve(name + ".gz"));
            Files.write(folder.resolve(name), new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes());
        }
        DataSet test = FashionMnist.load(List.of(folder, debian), FashionMnist.IdxFile.TEST_IMAGES,
                FashionMnist.IdxFile.TEST_LABELS, 10);
        assertEquals(10, test.numExamples());
        // Damage the project copy: it is the one read, so the error must name it.
        Files.write(folder.resolve("t10k-labels-idx1-ubyte"), IdxTestFiles.labels(new int[10_000]));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FashionMnist.load(
                List.of(folder, debian), FashionMnist.IdxFile.TEST_IMAGES, FashionMnist.IdxFile.TEST_LABELS, 10));
        assertTrue(e.getMessage().contains(folder.resolve("t10k-labels-idx1-ubyte").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void downloadFetchesChecksAndKeepsOnlyGoodFiles() throws Exception {
        Path debian = FashionMnist.DEBIAN_DIRECTORY;
        assumeTrue(Files.isRegularFile(debian.resolve("t10k-labels-idx1-ubyte.gz")), "Fashion-MNIST is not installed");
        // A server on this machine's loopback address stands in for the official one.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            Path file = debian.resolve(name);
            byte[] body = name.startsWith("t10k-images") ? new byte[] {1, 2, 3}
                    : Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            URI source = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            Path target = folder.resolve("fashion-mnist");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> FashionMnist.download(source, target));
            assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte.gz"), e.getMessage());
            assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
            // The good files before the bad one were kept; the bad one left nothing behind.
            assertTrue(Files.isRegularFile(target.resolve("train-images-idx3-ubyte.gz")));
            assertTrue(Files.isRegularFile(target.resolve("train-labels-idx1-ubyte.gz")));
            assertFalse(Files.exists(target.resolve("t10k-images-idx3-ubyte.gz")));
            assertFalse(Files.exists(target.resolve("t10k-images-idx3-ubyte.gz.part")));
            DataSet train = FashionMnist.load(List.of(target), FashionMnist.IdxFile.TRAIN_IMAGES,
                    FashionMnist.IdxFile.TRAIN_LABELS, 5);
            assertEquals(5, train.numExamples());
        } finally {
            server.stop(0);
        }
    }
}
