package dlcourse.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureTest {

    private final Figure figure = Plots.line("Square", new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});

    @Test
    void pngIsDrawnAtTwiceTheLogicalSizeOnAWhiteBackground() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.toPng()));
        assertEquals(2 * Style.WIDTH, image.getWidth());
        assertEquals(2 * Style.HEIGHT, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF, "corner should be white");
        boolean inked = false;
        for (int x = 0; x < image.getWidth() && !inked; x += 3) {
            for (int y = 0; y < image.getHeight() && !inked; y += 3) {
                inked = (image.getRGB(x, y) & 0xFFFFFF) == Style.color(0).getRGB() - 0xFF000000;
            }
        }
        assertTrue(inked, "the line should be drawn in the first palette colour");
    }

    @Test
    void savesPngAndSvgByFileEnding(@TempDir Path dir) throws Exception {
        Path png = figure.save(dir.resolve("sub/plot.png"));
        Path svg = figure.save(dir.resolve("plot.svg"));
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
        assertTrue(Files.readString(svg).contains("<svg"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> figure.save(dir.resolve("plot.jpg")));
        assertTrue(e.getMessage().contains(".png or .svg"), e.getMessage());
    }

    @Test
    void textFormNamesTheFigureNotAnObjectAddress() {
        assertEquals("Figure \"Square\" (640×400 px, 1 series)", figure.toString());
        assertNotEquals(-1, figure.toString().indexOf("Square"));
    }

    @Test
    void mismatchedArraysAreRejectedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.line("bad", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("2 values and 1 values"), e.getMessage());
    }
}
