package dlcourse.saving;

import dlcourse.backend.OneDnn;
import dlcourse.nets.SinusoidalPositions;
import dlcourse.nets.TransformerBlock;
import dlcourse.train.DataCheck;
import dlcourse.train.JavaAdam;
import dlcourse.train.JavaNesterovs;
import dlcourse.train.JavaRmsProp;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Saves a network to a file and loads it back, safely. The file is DL4J's usual model zip (the
 * configuration as JSON, the parameters, and the optimizer's state so training can continue), so
 * plain DL4J reads it too. Loading reads only those parts, as JSON and numbers: DL4J's own loader
 * also reads serialized Java objects when a file contains them, and a crafted file can run any code
 * that way (DL4J issue #10428). {@link #load} refuses such files.
 *
 * <pre>{@code
 * ModelFiles.save(net, "models/moons.zip");
 * MultiLayerNetwork again = ModelFiles.load("models/moons.zip");    // same outputs; can train on
 * }</pre>
 */
public final class ModelFiles {

    static final String CONFIGURATION = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";
    static final String UPDATER_STATE = "updaterState.bin";
    static final String NO_PARAMETERS = "noParams.marker";
    private static final List<String> SAFE_ENTRIES = List.of(CONFIGURATION, COEFFICIENTS, UPDATER_STATE, NO_PARAMETERS);
    /** Entries DL4J reads with ObjectInputStream: deserializing them can run code from the file. */
    private static final List<String> JAVA_OBJECT_ENTRIES = List.of("preprocessor.bin", "normalizer.bin");
    /** Configuration classes may come only from DL4J's and ND4J's own configuration packages. */
    private static final List<String> ALLOWED_CLASS_PREFIXES = List.of("org.deeplearning4j.nn.", "org.nd4j.linalg.");
    /** The library's own configuration classes a network file may name: settings only, no code runs. */
    private static final Set<String> ALLOWED_LIBRARY_CLASSES = Set.of(JavaAdam.class.getName(),
            JavaNesterovs.class.getName(), JavaRmsProp.class.getName(), TransformerBlock.class.getName(),
            SinusoidalPositions.class.getName());
    private static final int MAX_CONFIGURATION_BYTES = 16 << 20;
    private static final int MAX_RANK = 32;

    private ModelFiles() {
    }

    /** Saves {@code net} (configuration, parameters, optimizer state) to {@code path}, creating folders. */
    public static void save(MultiLayerNetwork net, String path) {
        save(net, toPath(path, "save"));
    }

    /** As {@link #save(MultiLayerNetwork, String)}. */
    public static void save(MultiLayerNetwork net, Path path) {
        if (net == null) {
            throw new IllegalArgumentException("ModelFiles.save expected a network but was given null; pass the"
                    + " network to save, e.g. ModelFiles.save(net, \"models/net.zip\")");
        }
        DataCheck.checkNetwork(net);
        Path file = checkPath(path, "save").toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("ModelFiles.save expected a file name but " + file + " is a folder;"
                    + " add a file name, e.g. " + file.resolve("net.zip"));
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            // Written next to the target and then moved, so a failed save never leaves half a file.
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            ModelSerializer.writeModel(net, temporary.toFile(), true);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("ModelFiles.save could not write " + file + ": " + e
                    + "; check that the folder exists or can be created and that you may write to it", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Only the leftover of a failed save; the error above says what went wrong.
                }
            }
        }
    }

    /** Loads a network saved with {@link #save} (or DL4J's {@code ModelSerializer.writeModel}). */
    public static MultiLayerNetwork load(String path) {
        return load(toPath(path, "load"));
    }

    /** As {@link #load(String)}. */
    public static MultiLayerNetwork load(Path path) {
        Path file = checkPath(path, "load").toAbsolutePath();
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("ModelFiles.load expected a saved network at " + file
                    + " but there is no such file; check the name and the folder (relative paths start at "
                    + Path.of("").toAbsolutePath() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("ModelFiles.load expected a file but " + file + " is a folder;"
                    + " give the path of the saved .zip file inside it");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = checkedEntries(zip, file);
            MultiLayerConfiguration configuration = configuration(zip, entries, file);
            long parameterCount = parameterCount(configuration);
            INDArray parameters = parameters(zip, entries, file, parameterCount);
            MultiLayerNetwork net = new MultiLayerNetwork(configuration);
            net.init(parameters == null ? null : parameters.castTo(configuration.getDataType()), false);
            ZipEntry updaterEntry = entries.get(UPDATER_STATE);
            if (updaterEntry != null) {
                INDArray view = net.getUpdater().getStateViewArray();
                long size = view == null ? 0 : view.length();
                INDArray state = readVector(zip, updaterEntry, file, size, "optimizer state values",
                        "the optimizer in the configuration needs");
                if (size > 0) {
                    net.getUpdater().setStateViewArray(net, state.castTo(view.dataType()), false);
                }
            }
            OneDnn.useFor(net);
            return net;
        } catch (ZipException e) {
            throw new IllegalArgumentException("ModelFiles.load expected a saved network (a zip archive) but " + file
                    + " is not one (" + e.getMessage() + "); give the path of a file saved with ModelFiles.save", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("ModelFiles.load could not read " + file + ": " + e
                    + "; the file is damaged or unreadable: check its permissions, or save the network again", e);
        }
    }

    /** Every entry of the zip, after refusing any that is not one of the known safe ones. */
    private static Map<String, ZipEntry> checkedEntries(ZipFile zip, Path file) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (JAVA_OBJECT_ENTRIES.contains(name)) {
                throw new IllegalArgumentException("ModelFiles.load refuses " + file + ": it contains '" + name
                        + "', a serialized Java object, and reading one can run any code hidden in the file"
                        + " (DL4J issue #10428). ModelFiles reads only the configuration, parameters and optimizer"
                        + " state; save the network again with ModelFiles.save, which writes no Java objects, or,"
                        + " only for a file you made yourself, use ModelSerializer.restoreMultiLayerNetwork");
            }
            if (!SAFE_ENTRIES.contains(name)) {
                throw new IllegalArgumentException("ModelFiles.load expected only the entries " + SAFE_ENTRIES
                        + " but " + file + " also contains '" + name + "'; this is not a network saved by"
                        + " ModelFiles.save, so it is not loaded. Save the network again with ModelFiles.save");
            }
            if (entries.put(name, entry) != null) {
                throw new IllegalArgumentException("ModelFiles.load expected each entry once but " + file
                        + " contains '" + name + "' twice; the file was altered: save the network again");
            }
        }
        for (String required : List.of(CONFIGURATION, COEFFICIENTS)) {
            if (!entries.containsKey(required) && !(required.equals(COEFFICIENTS) && entries.containsKey(NO_PARAMETERS))) {
                throw new IllegalArgumentException("ModelFiles.load expected '" + required + "' in " + file
                        + " but it holds only " + entries.keySet() + "; it is incomplete or not a saved network:"
                        + " save the network again with ModelFiles.save");
            }
        }
        return entries;
    }

    private static MultiLayerConfiguration configuration(ZipFile zip, Map<String, ZipEntry> entries, Path file)
            throws IOException {
        ZipEntry entry = entries.get(CONFIGURATION);
        String json;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = readAtMost(in, MAX_CONFIGURATION_BYTES);
            if (bytes == null) {
                throw damaged(file, CONFIGURATION, "it is larger than " + (MAX_CONFIGURATION_BYTES >> 20) + " MB");
            }
            json = new String(bytes, StandardCharsets.UTF_8);
        }
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(json);
        } catch (org.nd4j.shade.jackson.core.JsonProcessingException e) {
            throw damaged(file, CONFIGURATION, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw damaged(file, CONFIGURATION, "it is not a JSON object");
        }
        if (tree.has("vertices")) {
            throw new IllegalArgumentException("ModelFiles.load expected a MultiLayerNetwork but " + file
                    + " holds a ComputationGraph; load it with DL4J's ComputationGraph tools, or save a"
                    + " MultiLayerNetwork");
        }
        // DL4J turns "@class" names into objects; a name outside its configuration packages has no
        // business in a network file, so it is refused before DL4J sees it.
        for (String className : classNames(tree, new ArrayList<>())) {
            if (ALLOWED_CLASS_PREFIXES.stream().noneMatch(className::startsWith)
                    && !ALLOWED_LIBRARY_CLASSES.contains(className)) {
                throw new IllegalArgumentException("ModelFiles.load refuses " + file + ": its configuration names"
                        + " the class '" + className + "', which is not a DL4J or ND4J configuration class "
                        + ALLOWED_CLASS_PREFIXES + "; only networks of DL4J's own layers can be loaded, so save"
                        + " the network again with ModelFiles.save");
            }
        }
        try {
            return MultiLayerConfiguration.fromJson(json);
        } catch (RuntimeException e) {
            throw damaged(file, CONFIGURATION, "DL4J cannot read it as a network configuration ("
                    + shorten(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 200) + ")");
        }
    }

    private static List<String> classNames(JsonNode node, List<String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("@class")) {
                    found.add(field.getValue().asText());
                }
                classNames(field.getValue(), found);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                classNames(element, found);
            }
        }
        return found;
    }

    /** How many parameters the configuration's layers have, computed without allocating them. */
    private static long parameterCount(MultiLayerConfiguration configuration) {
        long count = 0;
        for (NeuralNetConfiguration layer : configuration.getConfs()) {
            count += layer.getLayer().initializer().numParams(layer);
        }
        return count;
    }

    private static INDArray parameters(ZipFile zip, Map<String, ZipEntry> entries, Path file, long expected)
            throws IOException {
        ZipEntry entry = entries.get(COEFFICIENTS);
        if (entry == null || (entry.getSize() == 0 && entries.containsKey(NO_PARAMETERS))) {
            if (expected != 0) {
                throw damaged(file, COEFFICIENTS, "it is missing or empty but the configuration has "
                        + expected + " parameters");
            }
            return null;
        }
        return readVector(zip, entry, file, expected, "parameters", "the configuration needs");
    }

    /**
     * Reads one array in ND4J's binary layout (a shape buffer, then a data buffer, each a header of
     * allocation mode, length and type followed by the values), checking every header before
     * allocating, so that a damaged or crafted file cannot make us allocate gigabytes.
     */
    private static INDArray readVector(ZipFile zip, ZipEntry entry, Path file, long expected, String what,
            String expectation) throws IOException {
        String name = entry.getName();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(zip.getInputStream(entry)))) {
            long shapeLength = header(in, file, name, "LONG");
            if (shapeLength < 4 || shapeLength > 2L * MAX_RANK + 4) {
                throw damaged(file, name, "its shape header has " + shapeLength + " entries");
            }
            long[] shapeInfo = new long[(int) shapeLength];
            for (int i = 0; i < shapeInfo.length; i++) {
                shapeInfo[i] = in.readLong();
            }
            long rank = shapeInfo[0];
            if (rank < 0 || rank > MAX_RANK || shapeLength != 2 * rank + 4) {
                throw damaged(file, name, "its shape header says rank " + rank);
            }
            long length = 1;
            int longDimensions = 0;
            for (int d = 1; d <= rank; d++) {
                if (shapeInfo[d] < 0 || (shapeInfo[d] > 0 && length > Long.MAX_VALUE / shapeInfo[d])) {
                    throw damaged(file, name, "its shape header has the size " + shapeInfo[d]);
                }
                length *= shapeInfo[d];
                longDimensions += shapeInfo[d] > 1 ? 1 : 0;
            }
            if (longDimensions > 1) {
                throw damaged(file, name, "it holds a matrix, not the flat vector DL4J writes");
            }
            String allocation = in.readUTF();
            long dataLength = in.readLong();
            String valueType = in.readUTF();
            if (!allocation.equals("MIXED_DATA_TYPES")) {
                throw damaged(file, name, "its data header is garbled (found '" + shorten(allocation) + "')");
            }
            if (!valueType.equals("FLOAT") && !valueType.equals("DOUBLE")) {
                throw damaged(file, name, "it holds values of type '" + shorten(valueType) + "'; only FLOAT and"
                        + " DOUBLE values are supported");
            }
            if (dataLength != length) {
                throw damaged(file, name, "its data header says " + dataLength + " values but its shape "
                        + length);
            }
            if (length != expected) {
                throw new IllegalArgumentException("ModelFiles.load expected " + expected + " " + what + " in "
                        + name + ", as " + expectation + ", but " + file + " holds " + length + "; the file mixes"
                        + " parts of different networks or is damaged: save the network again");
            }
            int bytesPerValue = valueType.equals("FLOAT") ? 4 : 8;
            if (entry.getSize() >= 0 && length * bytesPerValue > entry.getSize()) {
                throw damaged(file, name, "it is " + entry.getSize() + " bytes long, too short for " + length
                        + " values");
            }
            if (length > Integer.MAX_VALUE - 8) {
                throw damaged(file, name, "it claims " + length + " values, more than one array can hold");
            }
            return valuesOf(in, (int) length, valueType);
        } catch (EOFException e) {
            throw damaged(file, name, "it ends too early (truncated)");
        } catch (java.io.UTFDataFormatException e) {
            throw damaged(file, name, "its headers are garbled");
        }
    }

    /** Reads a buffer header: the allocation mode, which must be DL4J's current one, and the length. */
    private static long header(DataInputStream in, Path file, String name, String expectedType) throws IOException {
        String allocation = in.readUTF();
        if (!allocation.equals("MIXED_DATA_TYPES")) {
            throw damaged(file, name, "it does not start with ND4J's array header (found '" + shorten(allocation)
                    + "'); files from DL4J versions before 1.0.0-beta are not supported");
        }
        long length = in.readLong();
        String type = in.readUTF();
        if (!type.equals(expectedType)) {
            throw damaged(file, name, "its shape header has the type '" + shorten(type) + "'");
        }
        return length;
    }

    // Read in chunks, so a large array never stands in memory twice (as bytes and as numbers).
    private static INDArray valuesOf(DataInputStream in, int length, String type) throws IOException {
        boolean floats = type.equals("FLOAT");
        int bytesPerValue = floats ? 4 : 8;
        float[] floatValues = floats ? new float[length] : null;
        double[] doubleValues = floats ? null : new double[length];
        byte[] chunk = new byte[bytesPerValue * 8192];
        for (int from = 0; from < length; from += 8192) {
            int count = Math.min(8192, length - from);
            in.readFully(chunk, 0, count * bytesPerValue);
            ByteBuffer bytes = ByteBuffer.wrap(chunk, 0, count * bytesPerValue);
            if (floats) {
                bytes.asFloatBuffer().get(floatValues, from, count);
            } else {
                bytes.asDoubleBuffer().get(doubleValues, from, count);
            }
        }
        long[] shape = {1, length};
        return floats ? Nd4j.create(floatValues, shape, DataType.FLOAT) : Nd4j.create(doubleValues, shape, DataType.DOUBLE);
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            if (out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static IllegalArgumentException damaged(Path file, String entry, String detail) {
        return new IllegalArgumentException("ModelFiles.load could not read '" + entry + "' in " + file + ": "
                + detail + "; the file is damaged or was not written by ModelFiles.save: save the network again");
    }

    private static String shorten(String text) {
        return shorten(text, 40);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    private static Path toPath(String path, String action) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("ModelFiles." + action + " expected a file path but was given "
                    + (path == null ? "null" : "'" + path + "'") + "; e.g. \"models/net.zip\"");
        }
        try {
            return Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("ModelFiles." + action + " expected a file path but was given '"
                    + path + "', which is not one (" + e.getReason() + "); e.g. \"models/net.zip\"", e);
        }
    }

    private static Path checkPath(Path path, String action) {
        if (path == null) {
            throw new IllegalArgumentException("ModelFiles." + action + " expected a file path but was given null;"
                    + " e.g. Path.of(\"models/net.zip\")");
        }
        return path;
    }
}
