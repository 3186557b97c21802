package dlcourse.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Zalando's Fashion-MNIST: 70,000 grayscale photos of clothes, 28×28 pixels, in 10 classes
 * (60,000 for training, 10,000 for testing). Images come as flat rows {@code [n, 784]}
 * (row-major, values in [0, 1]) with one-hot labels {@code [n, 10]} named by
 * {@link #CLASS_NAMES}.
 *
 * <p>The four IDX files (gzipped or not) are looked for in {@code data/fashion-mnist/}, then in
 * {@code /usr/share/datasets/fashion-mnist/} where the Debian package {@code dataset-fashion-mnist}
 * puts them. Every file is checked against the SHA-256 of the official data. Nothing is downloaded
 * unless you call {@link #download()}.
 *
 * <pre>{@code
 * DataSet train = FashionMnist.train(10_000);   // the first 10,000 training images
 * DataSet test = FashionMnist.test();           // all 10,000 test images
 * String name = FashionMnist.CLASS_NAMES.get(0); // "T-shirt/top"
 * }</pre>
 */
public final class FashionMnist {

    /** The ten classes, in the order of the label columns. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** Image height and width in pixels. */
    public static final int HEIGHT = 28;
    public static final int WIDTH = 28;

    /** Where the Debian package dataset-fashion-mnist installs the files. */
    static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    /** The download location given in the data set's README. */
    static final URI OFFICIAL_SOURCE = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    /** One of the four files, with the SHA-256 of its uncompressed IDX content. */
    enum IdxFile {
        TRAIN_IMAGES("train-images-idx3-ubyte", "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
        TRAIN_LABELS("train-labels-idx1-ubyte", "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
        TEST_IMAGES("t10k-images-idx3-ubyte", "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
        TEST_LABELS("t10k-labels-idx1-ubyte", "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

        final String fileName;
        final String sha256;

        IdxFile(String fileName, String sha256) {
            this.fileName = fileName;
            this.sha256 = sha256;
        }
    }

    private static final int IMAGE_MAGIC = 0x00000803;
    private static final int LABEL_MAGIC = 0x00000801;
    private static final int PIXELS = HEIGHT * WIDTH;

    private FashionMnist() {
    }

    /** All 60,000 training images. */
    public static DataSet train() {
        return train(60_000);
    }

    /** The first {@code limit} training images (1 to 60,000). */
    public static DataSet train(int limit) {
        checkLimit("train", limit, 60_000);
        return load(searchDirectories(), IdxFile.TRAIN_IMAGES, IdxFile.TRAIN_LABELS, limit);
    }

    /** All 10,000 test images. */
    public static DataSet test() {
        return test(10_000);
    }

    /** The first {@code limit} test images (1 to 10,000). */
    public static DataSet test(int limit) {
        checkLimit("test", limit, 10_000);
        return load(searchDirectories(), IdxFile.TEST_IMAGES, IdxFile.TEST_LABELS, limit);
    }

    /**
     * Downloads the four files (about 30 MB) from the official source into
     * {@code data/fashion-mnist/}, checking each one, and returns that folder. Files already there
     * and intact are kept. Only needed where the Debian package {@code dataset-fashion-mnist}
     * cannot be installed.
     */
    public static Path download() {
        return download(OFFICIAL_SOURCE, Datasets.dataDirectory().resolve("fashion-mnist"));
    }

    static Path download(URI source, Path directory) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory + ": " + e.getMessage(), e);
        }
        for (IdxFile file : IdxFile.values()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("The download of Fashion-MNIST was interrupted; call"
                        + " FashionMnist.download() again to finish it");
            }
            Path target = directory.resolve(file.fileName + ".gz");
            if (Files.isRegularFile(target) && intact(target, file)) {
                continue;
            }
            URI uri = source.resolve(file.fileName + ".gz");
            Path partial = directory.resolve(file.fileName + ".gz.part");
            try {
                HttpResponse<Path> response = client.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofFile(partial));
                if (response.statusCode() != 200) {
                    throw new IOException("the server answered HTTP " + response.statusCode());
                }
                checkedContent(partial, file); // throws if damaged
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                deleteQuietly(partial);
                throw new IllegalStateException("The download of Fashion-MNIST was interrupted; call"
                        + " FashionMnist.download() again to finish it", e);
            } catch (IOException | IllegalStateException e) {
                deleteQuietly(partial);
                throw new IllegalStateException("Could not download " + uri + " (" + e.getMessage()
                        + "); install the Debian package instead (sudo apt-get install dataset-fashion-mnist)"
                        + " or copy the four files of the data set into " + directory, e);
            }
        }
        return directory;
    }

    private static boolean intact(Path file, IdxFile which) {
        try {
            checkedContent(file, which);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static List<Path> searchDirectories() {
        List<Path> directories = new ArrayList<>();
        try {
            directories.add(DataFiles.directory().resolve("fashion-mnist"));
        } catch (RuntimeException noDataFolder) {
            // A bad override, or no home folder to write to: the Debian copy still works.
        }
        directories.add(DEBIAN_DIRECTORY);
        return directories;
    }

    static DataSet load(List<Path> directories, IdxFile imagesFile, IdxFile labelsFile, int limit) {
        Path images = find(directories, imagesFile);
        Path labels = find(directories, labelsFile);
        if (images == null || labels == null) {
            throw notFound(directories, images == null ? imagesFile : labelsFile);
        }
        return read(images, labels, limit, imagesFile.sha256, labelsFile.sha256);
    }

    private static Path find(List<Path> directories, IdxFile file) {
        for (Path directory : directories) {
            for (String name : List.of(file.fileName + ".gz", file.fileName)) {
                Path path = directory.resolve(name);
                if (Files.isRegularFile(path)) {
                    return path;
                }
            }
        }
        return null;
    }

    private static IllegalStateException notFound(List<Path> directories, IdxFile missing) {
        Path first = directories.get(0);
        return new IllegalStateException("Fashion-MNIST was not found: no " + missing.fileName
                + "(.gz) in " + String.join(" or ", directories.stream().map(Path::toString).toList())
                + ". Install it with `sudo apt-get install dataset-fashion-mnist` (Debian, Ubuntu), or put"
                + " the four files train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,"
                + " t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz from"
                + " https://github.com/zalandoresearch/fashion-mnist (folder data/fashion) into " + first
                + ", or run FashionMnist.download() once to fetch them (30 MB) from " + OFFICIAL_SOURCE);
    }

    /**
     * Reads an image file and a label file (IDX, gzipped or not) into a DataSet of the first
     * {@code limit} examples, checking structure and, where given, the SHA-256 of the content.
     */
    static DataSet read(Path imagesPath, Path labelsPath, int limit, String imagesSha256, String labelsSha256) {
        byte[] images = content(imagesPath);
        byte[] labels = content(labelsPath);
        int imageCount = header(imagesPath, images, IMAGE_MAGIC, 3);
        int rows = readInt(images, 8);
        int columns = readInt(images, 12);
        if (rows != HEIGHT || columns != WIDTH) {
            throw broken(imagesPath, "it holds images of " + rows + "×" + columns + " pixels, not "
                    + HEIGHT + "×" + WIDTH);
        }
        checkLength(imagesPath, images, 16, (long) imageCount * PIXELS, imageCount + " images");
        int labelCount = header(labelsPath, labels, LABEL_MAGIC, 1);
        checkLength(labelsPath, labels, 8, labelCount, labelCount + " labels");
        if (imageCount != labelCount) {
            throw new IllegalStateException("The Fashion-MNIST files do not belong together: " + imagesPath
                    + " has " + imageCount + " images but " + labelsPath + " has " + labelCount
                    + " labels; use the image and label files of the same part (train or t10k)");
        }
        // The structure is checked first, as its messages are more specific than a checksum's.
        checkSha256(imagesPath, images, imagesSha256);
        checkSha256(labelsPath, labels, labelsSha256);
        int n = Math.min(limit, imageCount);
        float[] features = new float[n * PIXELS];
        for (int i = 0; i < features.length; i++) {
            features[i] = (images[16 + i] & 0xFF) / 255f;
        }
        float[] oneHot = new float[n * 10];
        for (int i = 0; i < n; i++) {
            int label = labels[8 + i] & 0xFF;
            if (label > 9) {
                throw broken(labelsPath, "label " + i + " is " + label + ", not a class from 0 to 9");
            }
            oneHot[i * 10 + label] = 1f;
        }
        DataSet data = new DataSet(Nd4j.create(features, new long[] {n, PIXELS}),
                Nd4j.create(oneHot, new long[] {n, 10}));
        data.setLabelNames(CLASS_NAMES);
        return data;
    }

    /** The uncompressed bytes of an IDX file, checked against its SHA-256. */
    private static byte[] checkedContent(Path path, IdxFile file) {
        byte[] bytes = content(path);
        checkSha256(path, bytes, file.sha256);
        boolean images = file == IdxFile.TRAIN_IMAGES || file == IdxFile.TEST_IMAGES;
        header(path, bytes, images ? IMAGE_MAGIC : LABEL_MAGIC, images ? 3 : 1);
        return bytes;
    }

    private static byte[] content(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1f && (bytes[1] & 0xFF) == 0x8b) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw broken(path, "it could not be read or uncompressed: " + e.getMessage());
        }
        return bytes;
    }

    private static void checkSha256(Path path, byte[] bytes, String sha256) {
        if (sha256 != null) {
            String actual = DataFiles.sha256(bytes);
            if (!actual.equals(sha256)) {
                throw broken(path, "its content has SHA-256 " + actual + " but the official file has "
                        + sha256);
            }
        }
    }

    /** Checks the magic number and returns the number of items the header announces. */
    private static int header(Path path, byte[] bytes, int magic, int dimensions) {
        String kind = magic == IMAGE_MAGIC ? "an IDX image file" : "an IDX label file";
        if (bytes.length < 4 + 4 * dimensions) {
            throw broken(path, "it has only " + bytes.length + " bytes, too few for the header of " + kind);
        }
        int actual = readInt(bytes, 0);
        if (actual != magic) {
            throw broken(path, String.format("it starts with 0x%08x but %s starts with 0x%08x", actual, kind, magic));
        }
        int count = readInt(bytes, 4);
        if (count < 0) {
            throw broken(path, "its header announces " + count + " items");
        }
        return count;
    }

    private static void checkLength(Path path, byte[] bytes, int headerSize, long expected, String what) {
        if (bytes.length - headerSize != expected) {
            throw broken(path, "its header announces " + what + " (" + expected + " bytes) but "
                    + (bytes.length - headerSize) + " bytes follow"
                    + (bytes.length - headerSize < expected ? ": it is truncated" : ""));
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }

    private static IllegalStateException broken(Path path, String problem) {
        return new IllegalStateException("The Fashion-MNIST file " + path + " is damaged: " + problem
                + ". Delete it and install the data again (sudo apt-get install --reinstall"
                + " dataset-fashion-mnist, or FashionMnist.download())");
    }

    private static void checkLimit(String part, int limit, int size) {
        if (limit < 1 || limit > size) {
            throw new IllegalArgumentException("FashionMnist." + part + " expected a limit from 1 to "
                    + size + " but was given " + limit + "; use " + part + "() for all " + size
                    + " images or e.g. " + part + "(1000) for the first 1000");
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover .part file is harmless: the next download overwrites it.
        }
    }
}
