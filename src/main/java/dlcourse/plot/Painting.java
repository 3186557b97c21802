package dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the drawn figures share with each other and with the charts: fonts, text placement and
 * colour scales, so a drawn figure looks like it belongs next to an XChart one.
 */
final class Painting {

    /** Room above a drawn figure's content for its title, in logical pixels. */
    static final int TITLE_HEIGHT = 34;

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** Marks a wrong answer (tab10 red). */
    static final Color WRONG = new Color(0xd62728);

    /** Measures text the way both the PNG and the SVG drawing will lay it out; made when first needed. */
    private static Graphics2D measure;

    private Painting() {
    }

    static synchronized int textWidth(Font font, String text) {
        return metrics(font).stringWidth(text);
    }

    static synchronized FontMetrics metrics(Font font) {
        if (measure == null) {
            measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        }
        return measure.getFontMetrics(font);
    }

    /** The figure title, centred at the top, as XChart places a chart title. */
    static void title(Graphics2D g, String text, int width) {
        if (text == null || text.isBlank()) {
            return;
        }
        g.setFont(TITLE_FONT);
        g.setColor(Style.INK);
        centered(g, text, width / 2.0, 22);
    }

    /**
     * A line from (x1, y1) to (x2, y2) ending in a filled head; the head grows with the line's
     * width, and the line stops at the head's base so its round cap never pokes through the tip.
     */
    static void arrow(Graphics2D g, Color color, float width, double x1, double y1, double x2, double y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double head = 6 + 1.5 * width;
        double baseX = x2 - head * Math.cos(angle);
        double baseY = y2 - head * Math.sin(angle);
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, baseX, baseY));
        Path2D tip = new Path2D.Double();
        tip.moveTo(x2, y2);
        tip.lineTo(baseX + head / 2 * Math.sin(angle), baseY - head / 2 * Math.cos(angle));
        tip.lineTo(baseX - head / 2 * Math.sin(angle), baseY + head / 2 * Math.cos(angle));
        tip.closePath();
        g.fill(tip);
    }

    /** A rounded box filled with {@code fill} and outlined in {@code outline}, for diagram cells. */
    static void roundedBox(Graphics2D g, RoundRectangle2D shape, Color fill, Color outline, float outlineWidth) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(outline);
        g.setStroke(new BasicStroke(outlineWidth));
        g.draw(shape);
    }

    static void centered(Graphics2D g, String text, double centreX, double baseline) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (centreX - w / 2.0), (float) baseline);
    }

    static void rightAligned(Graphics2D g, String text, double rightX, double baseline) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (rightX - w), (float) baseline);
    }

    /** Text read bottom to top, centred on ({@code centreX}, {@code centreY}). */
    static void vertical(Graphics2D g, String text, double centreX, double centreY) {
        AffineTransform saved = g.getTransform();
        g.translate(centreX, centreY);
        g.rotate(-Math.PI / 2);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, -m.stringWidth(text) / 2f, (m.getAscent() - m.getDescent()) / 2f);
        g.setTransform(saved);
    }

    /** Baseline that centres a line of the current font vertically on {@code centreY}. */
    static float middleBaseline(Graphics2D g, double centreY) {
        FontMetrics m = g.getFontMetrics();
        return (float) (centreY + (m.getAscent() - m.getDescent()) / 2.0);
    }

    /** {@code color} mixed with {@code other}; share 0 keeps {@code color}, 1 gives {@code other}. */
    static Color mix(Color color, Color other, double shareOfOther) {
        double s = Math.max(0, Math.min(1, shareOfOther));
        double a = 1 - s;
        return new Color(
                (int) Math.round(a * color.getRed() + s * other.getRed()),
                (int) Math.round(a * color.getGreen() + s * other.getGreen()),
                (int) Math.round(a * color.getBlue() + s * other.getBlue()));
    }

    /** Grey level for a value from 0 (black) to 1 (white); values outside are clipped. */
    static int gray(double value) {
        int v = (int) Math.round(255 * Math.max(0, Math.min(1, value)));
        return (v << 16) | (v << 8) | v;
    }

    /** Blue for −1, white for 0, red for +1 (values outside are clipped), like matplotlib's RdBu. */
    static int diverging(double value) {
        double v = Math.max(-1, Math.min(1, value));
        Color end = v < 0 ? Style.color(0) : WRONG;
        return mix(Color.WHITE, end, Math.abs(v)).getRGB() & 0xFFFFFF;
    }

    /** Readable text colour on a background: white on dark colours, ink on light ones. */
    static Color textOn(Color background) {
        double luminance = (0.299 * background.getRed() + 0.587 * background.getGreen()
                + 0.114 * background.getBlue()) / 255;
        return luminance < 0.55 ? Color.WHITE : Style.INK;
    }

    /** Labels "0", "1", … "n − 1", for rows or classes given no names. */
    static List<String> numbered(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** A mapping from a value to an RGB colour, for images of numbers. */
    interface ColorScale {
        int rgb(double value);
    }

    /**
     * An image of {@code values} (row-major, {@code rows} × {@code columns}) where each value becomes a
     * block of {@code block} × {@code block} pixels, so it stays sharp when drawn enlarged, in PNG
     * and in SVG (which embeds images and would otherwise blur them).
     */
    static BufferedImage blocks(double[] values, int rows, int columns, int block, ColorScale scale) {
        BufferedImage image = new BufferedImage(columns * block, rows * block,
                BufferedImage.TYPE_INT_RGB);
        int[] line = new int[columns * block];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int rgb = scale.rgb(values[r * columns + c]);
                java.util.Arrays.fill(line, c * block, (c + 1) * block, rgb);
            }
            for (int k = 0; k < block; k++) {
                image.setRGB(0, r * block + k, line.length, 1, line, 0, line.length);
            }
        }
        return image;
    }
}
