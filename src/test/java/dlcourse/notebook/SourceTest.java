package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.scratch.ScratchConvolution;
import dlcourse.scratch.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void showsAMethodWithItsCommentsFromTheOneCopyOfTheSource() throws Exception {
        Source source = Source.of(Value.class, "backward", "topologicalOrder");
        String code = source.code();
        assertTrue(code.startsWith("/** Fills in {@code grad}"), code);
        assertTrue(code.contains("public void backward() {"), code);
        assertTrue(code.contains("// Recursive, so as deep as the longest chain"), "line comments above a method come with it");
        assertTrue(code.contains("order.add(v);   // after all its parents"), code);
        assertTrue(code.endsWith("}"), code);
        assertFalse(code.contains("public double data()"), "nothing after the methods");
        // Exactly the text of the file, with the indentation of the class removed.
        String file = Files.readString(Path.of("src/main/java/dlcourse/scratch/Value.java"));
        for (String line : code.split("\n")) {
            assertTrue(line.isEmpty() || file.contains("    " + line), line);
        }
        assertTrue(source.location().startsWith("src/main/java/dlcourse/scratch/Value.java, lines "));
    }

    @Test
    void everyOverloadIsShown() {
        String code = Source.of(ScratchConvolution.class, "apply").code();
        assertEquals(2, code.split("public static double\\[\\]\\[\\] apply\\(", -1).length - 1, code);
        assertTrue(code.contains("sum += kernel[a][b] * image[r][c];"), code);
    }

    @Test
    void anUnknownMethodIsNamedWithTheOnesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Source.of(Value.class, "backwards"));
        assertTrue(e.getMessage().contains("'backwards'"), e.getMessage());
        assertTrue(e.getMessage().contains("backward, "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Source.of(Value.class));
    }

    @Test
    void classesOutsideTheLibraryHaveNoSourceToShow() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Source.of(String.class, "trim"));
        assertTrue(e.getMessage().contains("only the library's own classes"), e.getMessage());
    }

    @Test
    void theHtmlIsHighlightedAndEscaped() {
        String html = Source.highlight("if (a < b) return \"x<y\"; // done\nint n = 42;");
        assertTrue(html.contains("<span style=\"color:#008000;font-weight:bold\">if</span>"), html);
        assertTrue(html.contains("a &lt; b"), html);
        assertTrue(html.contains("<span style=\"color:#ba2121\">\"x&lt;y\"</span>"), html);
        assertTrue(html.contains("<span style=\"color:#3d7b7b;font-style:italic\">// done</span>"), html);
        assertTrue(html.contains("<span style=\"color:#666666\">42</span>"), html);
        String shown = Source.of(Value.class, "backward").toHtml();
        assertTrue(shown.contains("Value.java, lines"), shown);
    }

    @Test
    void findSkipsCallsAndAbstractDeclarations() {
        List<String> lines = List.of("class A {", "    abstract void run();", "    void go() {",
                "        run();", "    }", "    void run() { go(); }", "}");
        assertEquals(1, Source.find(lines, "run").size());
        assertEquals(5, Source.find(lines, "run").get(0)[0]);
        assertEquals(2, Source.find(lines, "go").get(0)[0]);
        assertEquals(4, Source.find(lines, "go").get(0)[1]);
    }
}
