package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimTest {

    @BeforeEach
    void strictMode() {
        System.setProperty("dlcourse.claims", "strict");
    }

    @AfterEach
    void defaultMode() {
        System.clearProperty("dlcourse.claims");
        System.clearProperty("dlcourse.claimLog");
    }

    @Test
    void claimThatHoldsSaysWhatWasChecked() {
        assertEquals("✓ CNN test accuracy is 0.8712: at least 0.85, as the text above says.",
                Claim.atLeast("CNN test accuracy", 0.8712, 0.85).toString());
        assertEquals("✓ error ratio is 0.25: at most 0.5, as the text above says.",
                Claim.atMost("error ratio", 0.25, 0.5).toString());
        assertEquals("✓ radius is 2.01: between 1.9 and 2.1, as the text above says.",
                Claim.between("radius", 2.01, 1.9, 2.1).toString());
        assertEquals("✓ the LSTM wins, as the text above says.", Claim.that("the LSTM wins", true).toString());
        assertEquals("✓ gradient ratio is 7.00e-11: at most 1.00e-06, as the text above says.",
                Claim.atMost("gradient ratio", 7e-11, 1e-6).toString());
    }

    @Test
    void boundaryValuesHold() {
        assertTrue(Claim.atLeast("x", 0.85, 0.85).holds());
        assertTrue(Claim.atMost("x", 0.5, 0.5).holds());
        assertTrue(Claim.between("x", 1, 1, 1).holds());
    }

    @Test
    void marginsSayHowFarInsideTheBoundAValueIs() {
        assertEquals(0.02, Claim.atLeast("x", 0.87, 0.85).margin(), 1e-12);
        assertEquals(0.25, Claim.atMost("x", 0.25, 0.5).margin(), 1e-12);
        assertEquals(0.09, Claim.between("x", 2.01, 1.9, 2.1).margin(), 1e-12);
        assertTrue(Double.isNaN(Claim.that("x", true).margin()));
    }

    @Test
    void inStrictModeAClaimThatFailsNamesTheClaimTheValueAndTheReasons() {
        ClaimFailedException e = assertThrows(ClaimFailedException.class,
                () -> Claim.atLeast("CNN test accuracy", 0.81, 0.85));
        assertTrue(e.getMessage().contains("expects CNN test accuracy to be at least 0.85"), e.getMessage());
        assertTrue(e.getMessage().contains("this run gave 0.81"), e.getMessage());
        assertTrue(e.getMessage().contains("Restart Kernel and Run All Cells"), e.getMessage());
        assertTrue(e.getMessage().contains("processor"), e.getMessage());
        assertThrows(ClaimFailedException.class, () -> Claim.atMost("loss", 0.6, 0.5));
        assertThrows(ClaimFailedException.class, () -> Claim.between("radius", 2.5, 1.9, 2.1));
        ClaimFailedException that = assertThrows(ClaimFailedException.class, () -> Claim.that("the LSTM wins", false));
        assertTrue(that.getMessage().contains("\"the LSTM wins\""), that.getMessage());
    }

    @Test
    void inANotebookAClaimThatFailsIsACalmNoteAndTheNotebookGoesOn() {
        System.clearProperty("dlcourse.claims");
        Claim claim = Claim.atLeast("CNN test accuracy", 0.81, 0.85);
        assertFalse(claim.holds());
        assertTrue(claim.toString().startsWith("Note: The text above expects"), claim.toString());
        assertFalse(claim.toString().toLowerCase().contains("you changed"), "never blames the reader");
        String html = claim.toHtml();
        assertTrue(html.contains("Note.") && html.contains("#bf8700"), html);
        assertFalse(html.contains("✓"), html);
    }

    @Test
    void notANumberNeverSatisfiesAClaim() {
        ClaimFailedException e = assertThrows(ClaimFailedException.class, () -> Claim.atLeast("loss", Double.NaN, 0));
        assertTrue(e.getMessage().contains("gave NaN"), e.getMessage());
        assertThrows(ClaimFailedException.class, () -> Claim.atMost("loss", Double.NaN, 1));
        assertThrows(ClaimFailedException.class, () -> Claim.between("loss", Double.NaN, 0, 1));
    }

    @Test
    void everyClaimIsLoggedAsOneJsonLineWhenALogIsSet(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("claims.jsonl");
        System.setProperty("dlcourse.claimLog", log.toString());
        Claim.atLeast("test \"accuracy\"", 0.9, 0.85);
        Claim.that("a < b", true);
        assertThrows(ClaimFailedException.class, () -> Claim.atMost("loss", 0.6, 0.5));
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("{\"claim\": \"test \\\"accuracy\\\"\", \"kind\": \"at least\", \"value\": 0.9, \"low\": 0.85,"
                + " \"high\": null, \"margin\": " + (0.9 - 0.85) + ", \"holds\": true}", lines.get(0));
        assertTrue(lines.get(1).contains("\"margin\": null, \"holds\": true"), lines.get(1));
        assertTrue(lines.get(2).contains("\"holds\": false"), lines.get(2));
    }

    @Test
    void badArgumentsGetMessagesWithTheFix() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> Claim.atLeast(" ", 1, 0));
        assertTrue(noName.getMessage().contains("needs a description"), noName.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> Claim.atMost("loss", 1, Double.POSITIVE_INFINITY));
        assertTrue(infinite.getMessage().contains("finite threshold"), infinite.getMessage());
        IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class,
                () -> Claim.between("radius", 2, 3, 1));
        assertTrue(swapped.getMessage().contains("Swap the two bounds"), swapped.getMessage());
    }

    @Test
    void rendersAsAGreenLineInJupyter() {
        Renderer renderer = new Renderer();
        JupyterExtension.registerRenderers(renderer);
        DisplayData data = renderer.render(Claim.that("a < b", true));
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("#1a7f37") && html.contains("a &lt; b"), html);
        assertEquals("✓ a < b, as the text above says.", data.getData(MIMEType.TEXT_PLAIN));
    }
}
