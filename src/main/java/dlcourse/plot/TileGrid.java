package dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out small images of numbers (digits, filters, feature maps) in a grid, each with an
 * optional caption under it and optional row labels on the left, and draws the grid as a figure.
 */
final class TileGrid {

    /** One image: {@code values} row-major, {@code rows} × {@code columns}, and its caption. */
    record Tile(double[] values, int rows, int columns, List<String> caption, Color captionColor) {
    }

    /** The widest a grid grows before it wraps to more rows, in logical pixels. */
    static final int MAX_WIDTH = 900;

    private static final int MARGIN = 16;
    private static final int GAP = 8;
    private static final int LINE = 14;
    private static final Color BORDER = new Color(0xcccccc);

    private final String title;
    private final List<Tile> tiles;
    private final Painting.ColorScale scale;
    private final List<String> rowLabels;
    private final int tilesPerRow;
    private final int pixelSize;
    private String barLabel;
    private double[] barDomain;
    private double barMin;
    private double barMax;

    /**
     * A grid of {@code tiles} coloured by {@code scale}; with row labels, {@code tilesPerRow} tiles
     * go in each labelled row, otherwise the columns are chosen to fit (0) or given.
     */
    TileGrid(String title, List<Tile> tiles, Painting.ColorScale scale, List<String> rowLabels,
             int tilesPerRow, int targetTileSize) {
        this.title = title;
        this.tiles = List.copyOf(tiles);
        this.scale = scale;
        this.rowLabels = rowLabels;
        this.tilesPerRow = tilesPerRow;
        int side = Math.max(tiles.get(0).rows(), tiles.get(0).columns());
        this.pixelSize = Math.max(1, Math.round((float) targetTileSize / side));
    }

    /**
     * Adds a colour bar under the grid, named {@code label}: the scale's colours from
     * {@code domainLow} to {@code domainHigh} (the tiles' values), labelled with the data values
     * {@code min} and {@code max} they stand for.
     */
    TileGrid colourBar(String label, double domainLow, double domainHigh, double min, double max) {
        this.barLabel = label;
        this.barDomain = new double[] {domainLow, domainHigh};
        this.barMin = min;
        this.barMax = max;
        return this;
    }

    Figure figure() {
        Tile first = tiles.get(0);
        int tileWidth = first.columns() * pixelSize;
        int tileHeight = first.rows() * pixelSize;
        int captionLines = tiles.stream().mapToInt(t -> t.caption().size()).max().orElse(0);
        int captionWidth = tiles.stream().flatMap(t -> t.caption().stream())
                .mapToInt(s -> Painting.textWidth(Painting.SMALL_FONT, s)).max().orElse(0);
        int cellWidth = Math.max(tileWidth, captionLines == 0 ? 0 : captionWidth + 6);
        int cellHeight = tileHeight + (captionLines == 0 ? 0 : captionLines * LINE + 4);
        int labelWidth = rowLabels == null ? 0 : rowLabels.stream()
                .mapToInt(s -> Painting.textWidth(Painting.LABEL_FONT, s)).max().orElse(0) + 12;

        int columns;
        if (tilesPerRow > 0) {
            columns = Math.min(tilesPerRow, tiles.size());
        } else {
            int fit = Math.max(1, (MAX_WIDTH - 2 * MARGIN - labelWidth + GAP) / (cellWidth + GAP));
            columns = Math.min(tiles.size(), fit);
        }
        int rows = (tiles.size() + columns - 1) / columns;
        if (tilesPerRow <= 0) {
            columns = (tiles.size() + rows - 1) / rows; // even rows rather than one short last row
        }
        int gridWidth = labelWidth + columns * cellWidth + (columns - 1) * GAP;
        int gridHeight = rows * cellHeight + (rows - 1) * GAP;
        boolean titled = title != null && !title.isBlank();
        int top = titled ? Painting.TITLE_HEIGHT : MARGIN;
        int barHeight = barLabel == null ? 0 : 44;
        int width = Math.max(Math.max(gridWidth + 2 * MARGIN, barLabel == null ? 0 : 300),
                titled ? Painting.textWidth(Painting.TITLE_FONT, title) + 2 * MARGIN : 0);
        int height = top + gridHeight + MARGIN + barHeight;
        if (height > Figure.MAX_SIZE || width > Figure.MAX_SIZE) {
            throw new IllegalArgumentException("These " + tiles.size() + " images would make a figure of "
                    + width + "×" + height + " pixels, more than a notebook can show (" + Figure.MAX_SIZE
                    + " at most); show fewer images or shorter captions");
        }

        List<BufferedImage> images = new ArrayList<>();
        for (Tile t : tiles) {
            images.add(Painting.blocks(t.values(), t.rows(), t.columns(),
                    pixelSize * Figure.PNG_SCALE, scale));
        }
        int left = (width - gridWidth) / 2 + labelWidth;
        int finalColumns = columns;
        int finalRows = rows;
        return Figure.drawn(title, width, height, g -> {
            Painting.title(g, title, width);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i < tiles.size(); i++) {
                int row = i / finalColumns;
                int column = i % finalColumns;
                int x = left + column * (cellWidth + GAP);
                int y = top + row * (cellHeight + GAP);
                int tileX = x + (cellWidth - tileWidth) / 2;
                g.drawImage(images.get(i), tileX, y, tileWidth, tileHeight, null);
                g.setColor(BORDER);
                g.drawRect(tileX, y, tileWidth, tileHeight);
                Tile t = tiles.get(i);
                g.setFont(Painting.SMALL_FONT);
                g.setColor(t.captionColor());
                for (int k = 0; k < t.caption().size(); k++) {
                    Painting.centered(g, t.caption().get(k), x + cellWidth / 2.0,
                            y + tileHeight + (k + 1) * LINE);
                }
            }
            if (rowLabels != null) {
                g.setFont(Painting.LABEL_FONT);
                g.setColor(Style.INK);
                for (int r = 0; r < finalRows && r < rowLabels.size(); r++) {
                    Painting.rightAligned(g, rowLabels.get(r), left - 12,
                            Painting.middleBaseline(g, top + r * (cellHeight + GAP) + tileHeight / 2.0));
                }
            }
            if (barLabel != null) {
                paintBar(g, width / 2 - 100, top + gridHeight + MARGIN + 4, 200);
            }
        });
    }

    private void paintBar(Graphics2D g, int x, int y, int width) {
        int steps = 100;
        double[] ramp = new double[steps];
        for (int i = 0; i < steps; i++) {
            ramp[i] = barDomain[0] + (barDomain[1] - barDomain[0]) * i / (steps - 1.0);
        }
        BufferedImage bar = Painting.blocks(ramp, 1, steps, 2 * Figure.PNG_SCALE, scale);
        g.drawImage(bar, x, y, width, 10, null);
        g.setColor(BORDER);
        g.drawRect(x, y, width, 10);
        g.setFont(Painting.SMALL_FONT);
        g.setColor(Style.MUTED_INK);
        float baseline = y + 24;
        g.drawString(number(barMin), x, baseline);
        Painting.rightAligned(g, number(barMax), x + width, baseline);
        Painting.centered(g, barLabel, x + width / 2.0, baseline);
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v)
                .replace('-', '−');
    }
}
