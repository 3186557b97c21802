package dlcourse.nets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The 1,797 8×8 handwritten digits as rows of 64 pixels in [0, 1], read from the copy that Debian's
 * scikit-learn package ships. A stand-in until the data package has its own loader; tests that use
 * it are skipped where the file is missing.
 */
final class DigitsCsv {

    static final Path FILE = Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz");
    private static INDArray pixels;

    private DigitsCsv() {
    }

    /** All digits, {@code [1797, 64]}, pixel intensities divided by 16. */
    static synchronized INDArray pixels() {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "no digits file at " + FILE);
        if (pixels == null) {
            List<float[]> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(FILE)), StandardCharsets.US_ASCII))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] cells = line.split(",");
                    float[] row = new float[64];
                    for (int i = 0; i < 64; i++) {
                        row[i] = Float.parseFloat(cells[i]) / 16f;
                    }
                    rows.add(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pixels = Nd4j.create(rows.toArray(new float[0][]));
        }
        return pixels.dup();
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    static INDArray rows(int from, int to) {
        INDArray all = pixels();
        return all.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
    }
}
