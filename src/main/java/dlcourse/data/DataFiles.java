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
 * Finds the data folder and checks files by SHA-256. Notebooks run in {@code notebooks/} and tests
 * in the project root, so the project's {@code data/} folder is searched from the working directory
 * upward; the system property {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT}
 * names a folder directly. Anywhere else (the library in your own project) the folder is
 * {@code ~/.dlcourse/data}, and the small files the course ships, which the library's jar also
 * carries, are unpacked there when first needed.
 */
final class DataFiles {

    static final String PROPERTY = "dlcourse.data";
    static final String ENVIRONMENT = "DLCOURSE_DATA";
    /** Where the library's jar carries the shipped files (pom.xml copies data/ there). */
    static final String RESOURCES = "/dlcourse/data/shipped/";

    private DataFiles() {
    }

    /**
     * The data folder: the override if one is set, else the first {@code data/} folder holding a
     * {@code README.md} in the working directory or one of its parents, else the user's folder
     * {@code ~/.dlcourse/data} (created).
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
        Path project = projectDirectory(start);
        return project != null ? project : userDirectory();
    }

    /** The first {@code data/} folder with a {@code README.md} from {@code start} upward, or null. */
    static Path projectDirectory(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate;
            }
        }
        return null;
    }

    static Path userDirectoryPath() {
        return Path.of(System.getProperty("user.home"), ".dlcourse", "data").toAbsolutePath().normalize();
    }

    /** {@code ~/.dlcourse/data}, created if needed. */
    static Path userDirectory() {
        Path dir = userDirectoryPath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Outside the course's project the data live in " + dir + ", but that"
                    + " folder could not be created (" + e.getMessage() + "); set -D" + PROPERTY
                    + "=/path/to/a/folder or the environment variable " + ENVIRONMENT + " to use another", e);
        }
    }

    /**
     * A file shipped with the course, checked against its SHA-256: from the data folder, where
     * outside the project it is first unpacked from the library's jar.
     */
    static Path shipped(String name, String sha256, String origin) {
        return shipped(Path.of(""), name, sha256, origin);
    }

    /** As {@link #shipped(String, String, String)}, searching for the project from {@code start}. */
    static Path shipped(Path start, String name, String sha256, String origin) {
        Path dir = directory(start);
        Path file = dir.resolve(name);
        boolean ours = dir.equals(userDirectoryPath());
        if (ours && (!Files.isRegularFile(file) || !sha256(file).equals(sha256))) {
            unpack(name, file);
        }
        String restore = ours ? "copy it from " + origin + " (the library's jar carries no copy: rebuild it with"
                + " `mvn package`)" : "restore it with `git checkout -- data/" + name + "` or copy it from " + origin;
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The data file " + file + " is missing; " + restore
                    + " (data/README.md says where each file comes from)");
        }
        String actual = sha256(file);
        if (!actual.equals(sha256)) {
            throw new IllegalStateException("The data file " + file + " has SHA-256 " + actual
                    + " but " + sha256 + " was expected: it was changed or damaged; " + restore);
        }
        return file;
    }

    /** Copies the jar's copy of a shipped file to {@code file} (through a temporary file, so no half copy stays). */
    private static void unpack(String name, Path file) {
        try (InputStream in = DataFiles.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return;   // a library built without the files: the caller says what is missing
            }
            Path partial = Files.createTempFile(file.getParent(), name, ".part");
            try {
                Files.copy(in, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the course's " + name + " into " + file + ": "
                    + e.getMessage(), e);
        }
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
