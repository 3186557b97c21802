package dlcourse.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;

/**
 * A finished picture: what every plotting call returns. As the last expression of a notebook cell
 * it shows inline as a PNG; outside a notebook, {@link #save(Path)} writes it as PNG or SVG.
 *
 * <pre>{@code
 * Figure fig = Plots.line("y = x²", x, y);
 * fig.save(Path.of("square.png"));
 * Figure both = Figure.row("Before and after", before, after);     // side by side
 * Figure small = Plots.line("y = x²", x, y).resized(320, 240);       // e.g. for small multiples
 * Figure box = Figure.drawn(200, 100, g -> g.drawRect(10, 10, 180, 80));   // your own drawing
 * }</pre>
 *
 * A figure is either an XChart chart (line plots, scatter plots; {@link #chart()} gives it to you
 * for anything the plotting calls do not offer) or a Java2D drawing of a fixed size (image grids,
 * network diagrams, several charts side by side). Both draw the same way to PNG and SVG.
 */
public final class Figure {

    /** Pixels per logical pixel in PNG output, so figures stay sharp on high-density screens. */
    public static final int PNG_SCALE = 2;

    /** The largest width or height of a drawn figure, in logical pixels. */
    static final int MAX_SIZE = 4000;

    private final Chart<?, ?> chart;
    private final Consumer<Graphics2D> painter;
    private final String title;
    private final int drawnWidth;
    private final int drawnHeight;
    /** The figures a {@link #row} places side by side (none for others), for its description. */
    private final List<Figure> panels;

    private Figure(Chart<?, ?> chart, Consumer<Graphics2D> painter, String title, int width,
                   int height, List<Figure> panels) {
        this.chart = chart;
        this.painter = painter;
        this.title = title;
        this.drawnWidth = width;
        this.drawnHeight = height;
        this.panels = panels;
    }

    /** Wraps an XChart chart as it is (no restyling); see {@link Style#apply} for the house style. */
    public static Figure of(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException(
                    "Figure.of expected an XChart chart but was given null; build one first, e.g. "
                            + "new XYChartBuilder().build()");
        }
        return new Figure(chart, null, null, 0, 0, List.of());
    }

    /**
     * A figure drawn with Java2D: {@code painter} draws on a white canvas of {@code width} ×
     * {@code height} logical pixels, once for every PNG or SVG made from the figure.
     */
    public static Figure drawn(int width, int height, Consumer<Graphics2D> painter) {
        return drawn(null, width, height, painter);
    }

    /** The same, with a title for the figure's text form (the painter draws what it shows). */
    public static Figure drawn(String title, int width, int height, Consumer<Graphics2D> painter) {
        return drawn(title, width, height, painter, List.of());
    }

    /** A drawing with the size checks of {@link #drawn(String, int, int, Consumer)}, keeping a row's panels. */
    private static Figure drawn(String title, int width, int height, Consumer<Graphics2D> painter,
                                List<Figure> panels) {
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("Figure.drawn expected a width and height from 1 to "
                    + MAX_SIZE + " pixels but was given " + width + "×" + height
                    + "; pass the size of the canvas, e.g. Figure.drawn(640, 400, g -> ...)");
        }
        if (painter == null) {
            throw new IllegalArgumentException("Figure.drawn expected a painter but was given null;"
                    + " pass one that draws on a Graphics2D, e.g. g -> g.drawLine(0, 0, 100, 100)");
        }
        return new Figure(null, painter, title, width, height, panels);
    }

    /**
     * Figures side by side under one title, each at its own size, top-aligned; a blank or null
     * title leaves no room for one.
     */
    public static Figure row(String title, Figure... figures) {
        if (figures == null || figures.length == 0 || Arrays.asList(figures).contains(null)) {
            throw new IllegalArgumentException("Figure.row expected one or more figures but was given "
                    + (figures == null ? "null" : Arrays.toString(figures))
                    + "; pass the figures to place side by side, e.g. Figure.row(\"Compare\", a, b)");
        }
        Figure[] panels = figures.clone();
        boolean titled = title != null && !title.isBlank();
        int top = titled ? Painting.TITLE_HEIGHT : 0;
        int panelsWidth = Arrays.stream(panels).mapToInt(Figure::width).sum();
        int width = Math.max(panelsWidth,
                titled ? Painting.textWidth(Painting.TITLE_FONT, title) + 32 : 0);
        int height = top + Arrays.stream(panels).mapToInt(Figure::height).max().orElse(0);
        return drawn(title, width, height, g -> {
            if (titled) {
                Painting.title(g, title, width);
            }
            int x = (width - panelsWidth) / 2;
            for (Figure panel : panels) {
                AffineTransform saved = g.getTransform();
                g.translate(x, top);
                panel.paint(g);
                g.setTransform(saved);
                x += panel.width();
            }
        }, List.of(panels));
    }

    /**
     * The same picture at another size in logical pixels. A chart is laid out again at the new
     * size, with its text at the same size (so small multiples stay readable); a drawing is scaled
     * to fit. A resized chart shares its {@link #chart()} with this figure.
     */
    public Figure resized(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("resized expected a width and height from 1 to " + MAX_SIZE
                    + " pixels but was given " + width + "×" + height
                    + "; e.g. resized(320, 240) for one of several figures in a row");
        }
        if (chart != null) {
            return new Figure(chart, null, title, width, height, List.of());
        }
        double sx = (double) width / drawnWidth;
        double sy = (double) height / drawnHeight;
        return drawn(title, width, height, g -> {
            g.scale(sx, sy);
            paint(g);
        }, panels);
    }

    /** True for an XChart chart, false for a Java2D drawing. */
    public boolean isChart() {
        return chart != null;
    }

    /**
     * The XChart chart, to restyle or extend it. Changes show the next time the figure is drawn.
     *
     * @throws IllegalStateException for a drawn figure, which has no chart
     */
    public Chart<?, ?> chart() {
        if (chart == null) {
            throw new IllegalStateException("This figure (" + this + ") is a Java2D drawing, not an"
                    + " XChart chart, so it has no chart() to change; use its image (toImage, toPng,"
                    + " toSvg, save) or build the chart yourself with XChart and wrap it with"
                    + " Figure.of(chart)");
        }
        return chart;
    }

    /** Width in logical pixels. */
    public int width() {
        return chart != null && drawnWidth == 0 ? chart.getWidth() : drawnWidth;
    }

    /** Height in logical pixels. */
    public int height() {
        return chart != null && drawnHeight == 0 ? chart.getHeight() : drawnHeight;
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
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // Pixel images (digits, filters) are enlarged block by block, never blurred.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.scale(scale, scale);
            paint(g);
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
        // The same route XChart's VectorGraphicsEncoder takes, so charts and drawings share it.
        VectorGraphics2D g = new VectorGraphics2D();
        paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height()))
                    .writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the figure as SVG", e);
        } finally {
            g.dispose();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Draws the figure at its logical size onto {@code g}, from (0, 0). */
    void paint(Graphics2D g) {
        if (chart != null) {
            chart.paint(g, width(), height());
            return;
        }
        Graphics2D canvas = (Graphics2D) g.create();
        try {
            canvas.setColor(Color.WHITE);
            canvas.fillRect(0, 0, drawnWidth, drawnHeight);
            canvas.clipRect(0, 0, drawnWidth, drawnHeight);
            painter.accept(canvas);
        } finally {
            canvas.dispose();
        }
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

    /**
     * What the figure shows, in words: its title and, for a chart, its axes and the series named in
     * its legend. The notebook gives it to the image as alternative text, which screen readers
     * read and the static site shows where the image cannot be seen.
     */
    public String description() {
        String name = chart != null ? chart.getTitle() : title;
        String untitled = chart != null ? "Chart"
                : panels.isEmpty() ? "Figure" : panels.size() + " figures side by side";
        StringBuilder text = new StringBuilder(name == null || name.isBlank() ? untitled : name.strip());
        if (chart != null) {
            String x = chart.getXAxisTitle();
            String y = chart.getYAxisTitle();
            if (x != null && !x.isBlank()) {
                text.append(". Horizontal axis: ").append(x);
            }
            if (y != null && !y.isBlank()) {
                text.append(". Vertical axis: ").append(y);
            }
            List<String> legend = chart.getSeriesMap().values().stream()
                    .filter(Series::isShowInLegend).map(Series::getName).toList();
            if (!legend.isEmpty()) {
                text.append(". Series: ").append(String.join(", ", legend));
            }
        }
        String described = ended(text.toString());
        for (int i = 0; i < panels.size(); i++) {
            described += " Panel " + (i + 1) + " of " + panels.size() + ": " + panels.get(i).description();
        }
        return described;
    }

    /** The text as a finished sentence: a title may already end with its own mark. */
    private static String ended(String text) {
        return ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }

    /** A one-line description; also what a notebook shows where images cannot be displayed. */
    @Override
    public String toString() {
        String name = chart != null ? chart.getTitle() : title;
        String quoted = name == null || name.isBlank() ? "untitled" : "\"" + name + "\"";
        if (chart == null) {
            return "Figure " + quoted + " (" + width() + "×" + height() + " px, drawn)";
        }
        int series = chart.getSeriesMap().size();
        return "Figure " + quoted + " (" + width() + "×" + height() + " px, " + series
                + (series == 1 ? " series)" : " series)");
    }
}
