package dlcourse.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.Locale;

/**
 * Draws a matrix of numbers as shaded cells with a label per row and column: attention weights
 * (0 to 1, white to blue), or values of either sign (blue below 0, red above, white at 0).
 */
final class HeatmapDrawing {

    private static final int MARGIN = 16;

    private HeatmapDrawing() {
    }

    static Figure figure(String title, double[][] values, List<String> rowLabels, List<String> columnLabels,
                         String rowTitle, String columnTitle) {
        int rows = check(values, rowLabels, columnLabels);
        int columns = values[0].length;
        List<String> rowNames = rowLabels != null ? rowLabels : Painting.numbered(rows);
        List<String> columnNames = columnLabels != null ? columnLabels : Painting.numbered(columns);
        double largest = 0;
        boolean signed = false;
        for (double[] row : values) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
                signed |= v < 0;
            }
        }
        double scale = largest == 0 ? 1 : largest;
        boolean bothSigned = signed;
        String note = signed ? String.format(Locale.ROOT, "blue −%.2g · white 0 · red +%.2g", scale, scale)
                : String.format(Locale.ROOT, "white 0 · dark blue %.2g", scale);

        int cell = Math.max(6, Math.min(28, 560 / Math.max(rows, columns)));
        Font labelFont = Painting.SMALL_FONT.deriveFont((float) Math.max(8, Math.min(11, cell - 3)));
        int labelWidth = rowNames.stream().mapToInt(s -> Painting.textWidth(labelFont, s)).max().orElse(0);
        int every = cell >= 10 ? 1 : (int) Math.ceil(10.0 / cell);   // label every k-th column when cells are small
        int columnWidth = columnNames.stream().mapToInt(s -> Painting.textWidth(labelFont, s)).max().orElse(0);
        boolean upright = columnWidth > cell - 4;   // labels wider than their cell stand on end
        int labelsHeight = upright ? columnWidth + 8 : 16;
        int left = MARGIN + 22 + labelWidth + 6;
        int top = Painting.TITLE_HEIGHT + 6;
        int gridWidth = columns * cell, gridHeight = rows * cell;
        int width = Math.max(left + gridWidth + MARGIN, Painting.textWidth(Painting.TITLE_FONT, title) + 2 * MARGIN);
        int height = top + gridHeight + labelsHeight + 22 + 18 + MARGIN;

        return Figure.drawn(title, width, height, g -> {
            Painting.title(g, title, width);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    double v = values[i][j] / scale;
                    g.setColor(bothSigned ? new Color(Painting.diverging(v))
                            : Painting.mix(Color.WHITE, Style.color(0), Math.max(0, v)));
                    g.fillRect(left + j * cell, top + i * cell, cell, cell);
                }
            }
            g.setColor(new Color(0xd0d0d0));
            g.drawRect(left, top, gridWidth, gridHeight);
            g.setFont(labelFont);
            g.setColor(Style.INK);
            for (int i = 0; i < rows; i += every) {
                Painting.rightAligned(g, rowNames.get(i), left - 5, Painting.middleBaseline(g, top + i * cell + cell / 2.0));
            }
            int ascent = Painting.metrics(labelFont).getAscent();
            for (int j = 0; j < columns; j += every) {
                double centre = left + j * cell + cell / 2.0;
                if (upright) {
                    AffineTransform saved = g.getTransform();
                    g.translate(centre + ascent / 2.0 - 1, top + gridHeight + 4);
                    g.rotate(-Math.PI / 2);
                    g.drawString(columnNames.get(j), -Painting.textWidth(labelFont, columnNames.get(j)), 0);
                    g.setTransform(saved);
                } else {
                    Painting.centered(g, columnNames.get(j), centre, top + gridHeight + 4 + ascent);
                }
            }
            g.setFont(Painting.LABEL_FONT.deriveFont(Font.BOLD));
            Painting.centered(g, columnTitle, left + gridWidth / 2.0, top + gridHeight + labelsHeight + 16);
            Painting.vertical(g, rowTitle, left - labelWidth - 20, top + gridHeight / 2.0);
            g.setFont(Painting.SMALL_FONT);
            g.setColor(Style.MUTED_INK);
            Painting.centered(g, note, left + gridWidth / 2.0, height - MARGIN + 2);
        });
    }

    private static int check(double[][] values, List<String> rowLabels, List<String> columnLabels) {
        if (values == null || values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException("heatmap expected a matrix of numbers, one array per row, but"
                    + " was given " + (values == null ? "null" : "no rows") + "; e.g. new double[][] {{0.9, 0.1},"
                    + " {0.2, 0.8}}");
        }
        if (values.length > 200 || values[0].length > 200) {
            throw new IllegalArgumentException("heatmap expected at most 200 rows and columns but was given "
                    + values.length + "×" + values[0].length + "; show a part, e.g. the first 50 positions");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != values[0].length) {
                throw new IllegalArgumentException("heatmap expected rows of equal length but row " + i + " has "
                        + (values[i] == null ? "none" : values[i].length) + " numbers and row 0 has "
                        + values[0].length + "; give every row the same columns");
            }
            for (double v : values[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("heatmap expected finite numbers but row " + i + " holds "
                            + v + "; a NaN here often means the network's training diverged");
                }
            }
        }
        if (rowLabels != null && rowLabels.size() != values.length
                || columnLabels != null && columnLabels.size() != values[0].length) {
            throw new IllegalArgumentException("heatmap expected one label per row (" + values.length + ") and"
                    + " per column (" + values[0].length + ") but was given " + (rowLabels == null ? "none"
                    : rowLabels.size()) + " and " + (columnLabels == null ? "none" : columnLabels.size())
                    + "; pass as many labels as rows and columns, or null for numbers");
        }
        return values.length;
    }
}
