package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistErrorsTest {

    @TempDir
    Path folder;

    private Path goodLabels() {
        return IdxTestFiles.write(folder, "labels", IdxTestFiles.labels(1, 2));
    }

    @Test
    void aWrongMagicNumberNamesTheFile() {
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.labels(new int[20]));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, goodLabels(), 10, null, null),
                images.toString(), "0x00000801", "0x00000803", "install the data again");
    }

    @Test
    void aTruncatedImageFileIsReported() {
        byte[] whole = IdxTestFiles.images(2, 28, 28);
        Path images = IdxTestFiles.write(folder, "images", Arrays.copyOf(whole, whole.length - 100));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, goodLabels(), 10, null, null),
                images.toString(), "2 images (1568 bytes)", "1468 bytes follow", "truncated");
    }

    @Test
    void aTruncatedGzipFileIsReported() {
        byte[] gz = IdxTestFiles.gzip(IdxTestFiles.images(2, 28, 28));
        Path images = IdxTestFiles.write(folder, "images.gz", Arrays.copyOf(gz, gz.length / 2));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, goodLabels(), 10, null, null),
                images.toString(), "could not be read or uncompressed", "sudo apt-get install --reinstall");
    }

    @Test
    void aFileTooShortForAHeaderIsReported() {
        Path labels = IdxTestFiles.write(folder, "labels", new byte[] {0, 0, 8});
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(2, 28, 28));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, labels, 10, null, null),
                labels.toString(), "only 3 bytes", "IDX label file");
    }

    @Test
    void imagesOfTheWrongSizeAreRejected() {
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(2, 32, 32));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, goodLabels(), 10, null, null),
                images.toString(), "32×32", "not 28×28");
    }

    @Test
    void imageAndLabelCountsMustAgree() {
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(3, 28, 28));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, goodLabels(), 10, null, null),
                "3 images", "2 labels", "same part");
    }

    @Test
    void labelsMustBeClassesFrom0To9() {
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(2, 28, 28));
        Path labels = IdxTestFiles.write(folder, "labels", IdxTestFiles.labels(1, 12));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, labels, 10, null, null),
                labels.toString(), "label 1 is 12");
    }

    @Test
    void contentThatIsNotTheOfficialDataIsRejected() {
        Path images = IdxTestFiles.write(folder, "images", IdxTestFiles.images(2, 28, 28));
        assertMessage(IllegalStateException.class, () -> FashionMnist.read(images, goodLabels(), 10,
                        FashionMnist.IdxFile.TEST_IMAGES.sha256, null),
                images.toString(), "SHA-256", FashionMnist.IdxFile.TEST_IMAGES.sha256);
    }

    @Test
    void missingFilesSayWhatToInstallOrWhereToPutThem() {
        Path nowhere = folder.resolve("fashion-mnist");
        assertMessage(IllegalStateException.class, () -> FashionMnist.load(List.of(nowhere),
                        FashionMnist.IdxFile.TRAIN_IMAGES, FashionMnist.IdxFile.TRAIN_LABELS, 10),
                "train-images-idx3-ubyte(.gz)", nowhere.toString(), "sudo apt-get install dataset-fashion-mnist",
                "t10k-labels-idx1-ubyte.gz", "FashionMnist.download()");
    }

    @Test
    void aMissingLabelFileIsNamed() {
        IdxTestFiles.write(folder, "t10k-images-idx3-ubyte", IdxTestFiles.images(1, 28, 28));
        assertMessage(IllegalStateException.class, () -> FashionMnist.load(List.of(folder),
                        FashionMnist.IdxFile.TEST_IMAGES, FashionMnist.IdxFile.TEST_LABELS, 10),
                "no t10k-labels-idx1-ubyte(.gz) in " + folder);
    }

    @Test
    void aLimitOfZeroIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> FashionMnist.train(0), "was given 0", "train(1000)");
    }

    @Test
    void aLimitAboveTheTestSetIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> FashionMnist.test(20_000), "1 to 10000", "20000", "test()");
    }

    @Test
    void anUnreachableSourceSaysWhatElseToDo() {
        // Port 9 on the loopback address: nothing listens there, so the connection is refused at once.
        assertMessage(IllegalStateException.class, () -> FashionMnist.download(java.net.URI.create("http://127.0.0.1:9/"),
                        folder.resolve("fashion-mnist")),
                "Could not download http://127.0.0.1:9/train-images-idx3-ubyte.gz",
                "apt-get install dataset-fashion-mnist", folder.resolve("fashion-mnist").toString());
    }
}
