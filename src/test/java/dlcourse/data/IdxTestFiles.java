package dlcourse.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small IDX files made for tests: well-formed ones and ones broken on purpose. */
final class IdxTestFiles {

    private IdxTestFiles() {
    }

    /** An image file of {@code n} images whose pixel i of image k is (k + i) mod 256. */
    static byte[] images(int n, int rows, int columns) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + n * rows * columns);
        buffer.putInt(0x00000803).putInt(n).putInt(rows).putInt(columns);
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < rows * columns; i++) {
                buffer.put((byte) (k + i));
            }
        }
        return buffer.array();
    }

    static byte[] labels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length);
        buffer.putInt(0x00000801).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
