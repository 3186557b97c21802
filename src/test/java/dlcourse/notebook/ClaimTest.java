package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void claimThatHoldsSaysWhatWasChecked() {
        assertEquals("✓ CNN test accuracy: 0.8712, at least 0.85 as the text says.",
                Claim.atLeast("CNN test accuracy", 0.8712, 0.85).toString());
        assertEquals("✓ error ratio: 0.25, at most 0.5 as the text says.",
                Claim.atMost("error ratio", 0.25, 0.5).toString());
        assertEquals("✓ radius: 2.01, between 1.9 and 2.1 as the text says.",
                Claim.between("radius", 2.01, 1.9, 2.1).toString());
        assertEquals("✓ the LSTM wins, as the text says.", Claim.that("the LSTM wins", true).toString());
        assertEquals("✓ gradient ratio: 7e-11, at most 1e-06 as the text says.".replace("7e-11", "7.00e-11")
                .replace("1e-06", "1.00e-06"), Claim.atMost("gradient ratio", 7e-11, 1e-6).toString());
    }

    @Test
    void boundaryValuesHold() {
        Claim.atLeast("x", 0.85, 0.85);
        Claim.atMost("x", 0.5, 0.5);
        Claim.between("x", 1, 1, 1);
    }

    @Test
    void claimThatFailsNamesTheClaimTheValueAndWhatToDo() {
        ClaimFailedException e = assertThrows(ClaimFailedException.class,
                () -> Claim.atLeast("CNN test accuracy", 0.81, 0.85));
        assertTrue(e.getMessage().contains("CNN test accuracy is at least 0.85"), e.getMessage());
        assertTrue(e.getMessage().contains("this run gave 0.81"), e.getMessage());
        assertTrue(e.getMessage().contains("Restart & Run All"), e.getMessage());
        assertThrows(ClaimFailedException.class, () -> Claim.atMost("loss", 0.6, 0.5));
        assertThrows(ClaimFailedException.class, () -> Claim.between("radius", 2.5, 1.9, 2.1));
        ClaimFailedException that = assertThrows(ClaimFailedException.class, () -> Claim.that("the LSTM wins", false));
        assertTrue(that.getMessage().contains("\"the LSTM wins\""), that.getMessage());
    }

    @Test
    void notANumberNeverSatisfiesAClaim() {
        ClaimFailedException e = assertThrows(ClaimFailedException.class, () -> Claim.atLeast("loss", Double.NaN, 0));
        assertTrue(e.getMessage().contains("gave NaN"), e.getMessage());
        assertThrows(ClaimFailedException.class, () -> Claim.atMost("loss", Double.NaN, 1));
        assertThrows(ClaimFailedException.class, () -> Claim.between("loss", Double.NaN, 0, 1));
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
        assertEquals("✓ a < b, as the text says.", data.getData(MIMEType.TEXT_PLAIN));
    }
}
