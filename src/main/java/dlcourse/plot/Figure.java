package dlcourse.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A finished picture: what every plotting call returns. As the last expression of a notebook cell
 * it shows inline as a PNG; outside a notebook, {@link #save(Path)} writes it as PNG or SVG.
 *
 * <pre>{@code
 * Figure fig = Plots.line("y = x²", x, y);
 * fig.save(Path.of("square.png"));
 * }</pre>
 *
 * The XChart chart underneath stays reachable through {@link #chart()} for anything the plotting
 * calls do not offer.
 */
public final class Figure {

    /** Pixels per logical pixel in PNG output, so figures stay sharp on high-density screens. */
    public static final int PNG_SCALE = 2;

    private final Chart<?, ?> chart;

    private Figure(Chart<?, ?> chart) {
        this.chart = chart;
    }

    /** Wraps an XChart chart as it is (no restyling); see {@link Style#apply} for the house style. */
    public static Figure of(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException(
                    "Figure.of expected an XChart chart but was given null; build one first, e.g. "
                            + "new XYChartBuilder().build()");
        }
        return new Figure(chart);
    }

    /** The XChart chart, to restyle or extend it. Changes show the next time the figure is drawn. */
    public Chart<?, ?> chart() {
        return chart;
    }

    /** Width in logical pixels. */
    public int width() {
        return chart.getWidth();
    }

    /** Height in logical pixels. */
    public int height() {
        return chart.getHeight();
    }

    /** Draws the figure at {@code scale} × its logical size (1 for plain, 2 for high density). */
    public BufferedImage toImage(int scale) {
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("toImage expected a scale from 1 to 8 but was given "
                    + scale + "; use 1 for normal screens or 2 for high-density ones");
        }
        BufferedImage image = new BufferedImage(width() * scale, height() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.paint(g, width(), height());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** PNG bytes at {@link #PNG_SCALE} × the logical size. */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(toImage(PNG_SCALE), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the figure as PNG", e);
        }
        return out.toByteArray();
    }

    /** The figure as an SVG document. */
    public String toSvg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the figure as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Saves the figure; the file name's ending picks the format ({@code .png} or {@code .svg}).
     * Missing parent folders are created. Returns the path written.
     */
    public Path save(Path file) {
        Objects.requireNonNull(file, "save expected a file path such as Path.of(\"plot.png\")");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            if (name.endsWith(".png")) {
                Files.write(file, toPng());
            } else if (name.endsWith(".svg")) {
                Files.writeString(file, toSvg());
            } else {
                throw new IllegalArgumentException("save expected a file name ending in .png or .svg"
                        + " but was given '" + file + "'; add one of those endings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the figure to " + file.toAbsolutePath()
                    + ": " + e.getMessage() + ". Check that the folder is writable.", e);
        }
        return file;
    }

    /** Same as {@link #save(Path)}, for a path given as text. */
    public Path save(String file) {
        return save(Path.of(file));
    }

    /** A one-line description; also what a notebook shows where images cannot be displayed. */
    @Override
    public String toString() {
        String title = chart.getTitle() == null || chart.getTitle().isBlank()
                ? "untitled" : "\"" + chart.getTitle() + "\"";
        int series = chart.getSeriesMap().size();
        return "Figure " + title + " (" + width() + "×" + height() + " px, " + series
                + (series == 1 ? " series)" : " series)");
    }
}
