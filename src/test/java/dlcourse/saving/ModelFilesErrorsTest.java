package dlcourse.saving;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dlcourse.nets.Mlp;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** One test per bad file or argument; every refusal names the file or value and what to do. */
class ModelFilesErrorsTest {

    @TempDir
    Path folder;

    private Path saved;
    private Map<String, byte[]> entries;

    @BeforeEach
    void saveOne() throws Exception {
        saved = folder.resolve("net.zip");
        ModelFiles.save(Mlp.classifier(2, 2, 4), saved);
        entries = ModelZips.entries(saved);
    }

    private Path altered() throws Exception {
        return ModelZips.write(folder.resolve("altered.zip"), entries);
    }

    @Test
    void aSerializedJavaObjectIsRefusedWithoutBeingRead() throws Exception {
        entries.put("preprocessor.bin", ModelZips.serialized(new SerializedTrap()));
        Path file = altered();
        SerializedTrap.triggered = false;
        assertMessage(() -> ModelFiles.load(file), "refuses", "altered.zip", "'preprocessor.bin'",
                "serialized Java object", "#10428", "save the network again with ModelFiles.save");
        assertFalse(SerializedTrap.triggered, "the object in the file must never be deserialized");
    }

    @Test
    void aSerializedNormalizerIsRefused() throws Exception {
        entries.put("normalizer.bin", ModelZips.serialized(new SerializedTrap()));
        Path file = altered();
        SerializedTrap.triggered = false;
        assertMessage(() -> ModelFiles.load(file), "'normalizer.bin'", "serialized Java object");
        assertFalse(SerializedTrap.triggered);
    }

    @Test
    void anUnknownEntryIsRefused() throws Exception {
        entries.put("Payload.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "'Payload.class'", "configuration.json", "ModelFiles.save");
    }

    @Test
    void aConfigurationNamingAClassOutsideDl4jIsRefused() throws Exception {
        String json = new String(entries.get("configuration.json"), StandardCharsets.UTF_8)
                .replaceFirst("org\\.nd4j\\.linalg\\.activations\\.impl\\.ActivationReLU", "com.example.Gadget");
        entries.put("configuration.json", json.getBytes(StandardCharsets.UTF_8));
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "refuses", "'com.example.Gadget'", "DL4J or ND4J configuration class");
    }

    @Test
    void noConfiguration() throws Exception {
        entries.remove("configuration.json");
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "expected 'configuration.json'", "coefficients.bin",
                "save the network again");
    }

    @Test
    void noParameters() throws Exception {
        entries.remove("coefficients.bin");
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "expected 'coefficients.bin'", "save the network again");
    }

    @Test
    void aConfigurationThatIsNotJson() throws Exception {
        entries.put("configuration.json", "{ layers: oops".getBytes(StandardCharsets.UTF_8));
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "'configuration.json'", "not valid JSON", "save the network again");
    }

    @Test
    void aConfigurationDl4jCannotRead() throws Exception {
        entries.put("configuration.json", "{\"confs\": 42}".getBytes(StandardCharsets.UTF_8));
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "'configuration.json'", "DL4J cannot read it");
    }

    @Test
    void garbageParameters() throws Exception {
        entries.put("coefficients.bin", "these are not numbers".getBytes(StandardCharsets.UTF_8));
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "'coefficients.bin'", "damaged", "save the network again");
    }

    @Test
    void truncatedParameters() throws Exception {
        byte[] coefficients = entries.get("coefficients.bin");
        entries.put("coefficients.bin", Arrays.copyOf(coefficients, coefficients.length - 10));
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "'coefficients.bin'", "ends too early", "save the network again");
    }

    @Test
    void aHeaderClaimingBillionsOfValues() throws Exception {
        // A crafted header must not make the loader allocate what it claims.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(8);
        out.writeUTF("LONG");
        for (long v : new long[] {2, 1, 3_000_000_000L, 1, 1, 8192, 1, 99}) {
            out.writeLong(v);
        }
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(3_000_000_000L);
        out.writeUTF("FLOAT");
        entries.put("coefficients.bin", bytes.toByteArray());
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "expected 22 parameters in coefficients.bin, as the configuration needs", "holds 3000000000", "save the network again");
    }

    @Test
    void parametersOfAnotherNetwork() throws Exception {
        Path other = folder.resolve("other.zip");
        ModelFiles.save(Mlp.classifier(2, 2, 8), other);
        entries.put("coefficients.bin", ModelZips.entries(other).get("coefficients.bin"));
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "expected 22 parameters", "holds 42", "mixes parts of different networks");
    }

    @Test
    void anOptimizerStateOfTheWrongSize() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Nd4j.write(Nd4j.zeros(DataType.FLOAT, 1, 5), new DataOutputStream(bytes));
        entries.put("updaterState.bin", bytes.toByteArray());
        Path file = altered();
        assertMessage(() -> ModelFiles.load(file), "expected 44 optimizer state values", "as the optimizer in the configuration needs", "holds 5");
    }

    @Test
    void noSuchFile() {
        assertMessage(() -> ModelFiles.load(folder.resolve("missing.zip").toString()), "missing.zip",
                "no such file", "check the name and the folder");
    }

    @Test
    void aFolderInsteadOfAFile() {
        assertMessage(() -> ModelFiles.load(folder), "is a folder", "the saved .zip file inside it");
    }

    @Test
    void notAZipFile() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "just some notes");
        assertMessage(() -> ModelFiles.load(text), "notes.txt", "is not one", "ModelFiles.save");
    }

    @Test
    void noPath() {
        assertMessage(() -> ModelFiles.load((String) null), "was given null", "\"models/net.zip\"");
    }

    @Test
    void aBlankPath() {
        assertMessage(() -> ModelFiles.save(Mlp.classifier(2, 2, 4), "  "), "was given '  '", "\"models/net.zip\"");
    }

    @Test
    void savingNoNetwork() {
        assertMessage(() -> ModelFiles.save(null, folder.resolve("x.zip")), "was given null",
                "ModelFiles.save(net, \"models/net.zip\")");
    }

    @Test
    void savingOntoAFolder() {
        assertMessage(() -> ModelFiles.save(Mlp.classifier(2, 2, 4), folder), "is a folder", "net.zip");
    }
}
