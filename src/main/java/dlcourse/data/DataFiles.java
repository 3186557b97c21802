package dlcourse.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finds the project's {@code data/} folder and checks files by SHA-256. Notebooks run in
 * {@code notebooks/} and tests in the project root, so the folder is searched from the working
 * directory upward; the system property {@value #PROPERTY} or the environment variable
 * {@value #ENVIRONMENT} names it directly.
 */
final class DataFiles {

    static final String PROPERTY = "dlcourse.data";
    static final String ENVIRONMENT = "DLCOURSE_DATA";

    private DataFiles() {
    }

    /**
     * The data folder: the override if one is set, else the first {@code data/} folder holding a
     * {@code README.md} in the working directory or one of its parents.
     */
    static Path directory() {
        return directory(Path.of(""));
    }

    /** As {@link #directory()}, searching upward from {@code start} when no override is set. */
    static Path directory(Path start) {
        String override = System.getProperty(PROPERTY);
        String source = "system property " + PROPERTY;
        if (override == null || override.isBlank()) {
            override = System.getenv(ENVIRONMENT);
            source = "environment variable " + ENVIRONMENT;
        }
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override).toAbsolutePath().normalize();
            if (!Files.isDirectory(path)) {
                throw new IllegalStateException("The " + source + " names the data folder " + path
                        + " but there is no such folder; point it at the project's data/ folder or unset it");
            }
            return path;
        }
        Path from = start.toAbsolutePath().normalize();
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Could not find the course's data/ folder (a folder data/ with a"
                + " README.md) in " + from + " or any folder above it; start the notebook or program inside"
                + " the project, or set -D" + PROPERTY + "=/path/to/data (or the environment variable "
                + ENVIRONMENT + ")");
    }

    /** A file shipped in the data folder, checked against its SHA-256. */
    static Path shipped(String name, String sha256, String origin) {
        Path dir = directory();
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The data file " + file + " is missing; restore it with"
                    + " `git checkout -- data/" + name + "` or copy it from " + origin
                    + " (data/README.md says where each file comes from)");
        }
        String actual = sha256(file);
        if (!actual.equals(sha256)) {
            throw new IllegalStateException("The data file " + file + " has SHA-256 " + actual
                    + " but " + sha256 + " was expected: it was changed or damaged; restore it with"
                    + " `git checkout -- data/" + name + "` or copy it again from " + origin);
        }
        return file;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = newDigest();
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256, which every Java must have", e);
        }
    }
}
