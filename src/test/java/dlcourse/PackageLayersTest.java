package dlcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's packages are layered: each may use only packages of a lower layer, so there are no
 * cycles and every package can be read, tested and changed without the ones above it.
 *
 * <pre>
 *   5  notebook                 Jupyter integration: display, live training chart, claims
 *   4  exercise                 self-checking exercises
 *      plot                     every chart and drawing (of the agents of rl too)
 *   3  rl                       environments and agents that learn by acting (reinforcement learning)
 *      saving                   saving and loading networks, the library's own layers included (never
 *                               deserializing Java objects)
 *   2  nets  scratch  evaluate  network builders and models · the from-scratch engine · metrics and reports
 *   1  train                    the one training loop, Trainer, History, optimizers
 *   0  data  backend            datasets and batches · ND4J/oneDNN setup
 * </pre>
 *
 * The live training chart shows how an upward dependency is avoided: {@code train} reports to a
 * {@code TrainingDisplay} interface of its own, and {@code notebook} registers the chart through
 * {@code META-INF/services}.
 */
class PackageLayersTest {

    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("data", 0), Map.entry("backend", 0),
            Map.entry("train", 1),
            Map.entry("nets", 2), Map.entry("scratch", 2), Map.entry("evaluate", 2),
            Map.entry("saving", 3), Map.entry("rl", 3),
            Map.entry("plot", 4), Map.entry("exercise", 4),
            Map.entry("notebook", 5));

    private static final Path SOURCES = Path.of("src/main/java/dlcourse");
    private static final Pattern REFERENCE = Pattern.compile("\\bdlcourse\\.([a-z]+)\\.");

    /** Every package the code of {@code file} refers to (imports and qualified names; comments are skipped). */
    static Set<String> referencedPackages(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        Set<String> packages = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            Set<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(LAYERS.keySet()), packages,
                    "a new package needs a layer in PackageLayersTest.LAYERS (and a line in its Javadoc)");
        }
    }

    @Test
    void packagesUseOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                for (String used : referencedPackages(Files.readString(file))) {
                    if (!used.equals(own) && LAYERS.containsKey(used) && LAYERS.get(used) >= LAYERS.get(own)) {
                        violations.add(SOURCES.relativize(file) + " (" + own + ", layer " + LAYERS.get(own)
                                + ") uses " + used + " (layer " + LAYERS.get(used) + ")");
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "upward or sideways dependencies:\n" + String.join("\n", violations));
    }

    @Test
    void theScanSeesImportsAndQualifiedNamesButNotComments() {
        assertEquals(Set.of("plot", "notebook"), referencedPackages("import dlcourse.plot.Plots;\n"
                + "class A { Object d = dlcourse.notebook.Jupyter.sink(); // dlcourse.exercise.X\n"
                + "/** {@link dlcourse.nets.Mlp} */ }"));
    }
}
