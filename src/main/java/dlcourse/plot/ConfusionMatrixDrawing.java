package dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.Locale;

/**
 * Draws a confusion matrix as a grid of counts. Drawn rather than an XChart heat map so each count
 * can take the text colour its cell needs and long class names can be set at a slant.
 */
final class ConfusionMatrixDrawing {

    private static final int MARGIN = 16;
    private static final String NOTE = "shading: share of each true class";
    private static final Color FULL = new Color(0x1f5f99); // a deeper tab10 blue, for white counts

    private ConfusionMatrixDrawing() {
    }

    static Figure figure(String title, int[][] counts, List<String> classNames) {
        int n = check(counts, classNames);
        List<String> names = classNames != null ? List.copyOf(classNames) : Painting.numbered(n);
        long total = 0;
        long right = 0;
        int[] rowTotals = new int[n];
        int largest = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowTotals[i] += counts[i][j];
                total += counts[i][j];
                largest = Math.max(largest, counts[i][j]);
            }
            right += counts[i][i];
        }
        String heading = title != null ? title : String.format(Locale.ROOT,
                "Confusion matrix · accuracy %.1f%% (%d of %d)", total == 0 ? 0.0 : 100.0 * right / total,
                right, total);

        Font countFont = countFont(n, largest);
        Font nameFont = n > 12 ? Painting.SMALL_FONT : Painting.LABEL_FONT;
        int cell = Math.max(n > 20 ? 26 : 34,
                Math.min(64, Math.max(n <= 4 ? 64 : n <= 10 ? 48 : 34,
                        Painting.textWidth(countFont, Integer.toString(largest)) + 10)));
        int nameWidth = names.stream().mapToInt(s -> Painting.textWidth(nameFont, s)).max().orElse(0);
        boolean slanted = nameWidth > cell - 6;
        int ascent = Painting.metrics(nameFont).getAscent();
        // Slanted names hang down and to the left of their column at 45°.
        int columnLabelsHeight = slanted ? (int) Math.ceil((nameWidth + ascent) * Math.sqrt(0.5)) + 10
                : ascent + 10;
        int rowLabelsWidth = nameWidth + 10;
        int axisTitle = 22;
        int gridSize = n * cell;
        int leftOfGrid = MARGIN + axisTitle + rowLabelsWidth;
        int overhang = slanted ? (int) Math.ceil(nameWidth * Math.sqrt(0.5)) - cell / 2 : 0;
        leftOfGrid = Math.max(leftOfGrid, MARGIN + overhang);
        int top = Painting.TITLE_HEIGHT + 6;
        int width = Math.max(leftOfGrid + gridSize + MARGIN, Math.max(
                Painting.textWidth(Painting.TITLE_FONT, heading) + 2 * MARGIN,
                Painting.textWidth(Painting.SMALL_FONT, NOTE) + 2 * MARGIN));
        int noteHeight = 18;
        int height = top + gridSize + columnLabelsHeight + axisTitle + noteHeight + MARGIN;
        int left = leftOfGrid + Math.max(0, (width - leftOfGrid - gridSize - MARGIN) / 2);

        return Figure.drawn(heading, width, height, g -> {
            Painting.title(g, heading, width);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double share = rowTotals[i] == 0 ? 0 : (double) counts[i][j] / rowTotals[i];
                    // The square root lifts small shares, so a 5 % confusion is still seen.
                    Color fill = Painting.mix(Color.WHITE, FULL, Math.sqrt(share));
                    int x = left + j * cell;
                    int y = top + i * cell;
                    g.setColor(fill);
                    g.fillRect(x, y, cell, cell);
                    g.setColor(Painting.textOn(fill));
                    g.setFont(i == j ? countFont.deriveFont(Font.BOLD) : countFont);
                    Painting.centered(g, Integer.toString(counts[i][j]), x + cell / 2.0,
                            Painting.middleBaseline(g, y + cell / 2.0));
                }
            }
            g.setColor(new Color(0xd0d0d0));
            g.setStroke(new BasicStroke(1f));
            for (int k = 0; k <= n; k++) {
                g.drawLine(left + k * cell, top, left + k * cell, top + gridSize);
                g.drawLine(left, top + k * cell, left + gridSize, top + k * cell);
            }
            g.setFont(nameFont);
            g.setColor(Style.INK);
            for (int i = 0; i < n; i++) {
                Painting.rightAligned(g, names.get(i), left - 8,
                        Painting.middleBaseline(g, top + i * cell + cell / 2.0));
            }
            int labelsTop = top + gridSize + 6;
            for (int j = 0; j < n; j++) {
                double centre = left + j * cell + cell / 2.0;
                if (slanted) {
                    AffineTransform saved = g.getTransform();
                    g.translate(centre, labelsTop + 4);
                    g.rotate(-Math.PI / 4);
                    g.drawString(names.get(j), -g.getFontMetrics().stringWidth(names.get(j)),
                            (float) ascent / 2);
                    g.setTransform(saved);
                } else {
                    Painting.centered(g, names.get(j), centre, labelsTop + ascent);
                }
            }
            g.setFont(Painting.LABEL_FONT.deriveFont(Font.BOLD));
            Painting.centered(g, "predicted", left + gridSize / 2.0,
                    labelsTop + columnLabelsHeight + 12);
            Painting.vertical(g, "true", left - rowLabelsWidth - 14, top + gridSize / 2.0);
            g.setFont(Painting.SMALL_FONT);
            g.setColor(Style.MUTED_INK);
            double halfNote = Painting.textWidth(Painting.SMALL_FONT, NOTE) / 2.0;
            Painting.centered(g, NOTE, Math.max(MARGIN + halfNote,
                    Math.min(width - MARGIN - halfNote, left + gridSize / 2.0)),
                    height - MARGIN + 2);
        });
    }

    private static Font countFont(int n, int largest) {
        float size = n > 20 ? 9f : n > 12 ? 10f : 12f;
        if (largest >= 10000 && n > 8) {
            size -= 1;
        }
        return Painting.LABEL_FONT.deriveFont(size);
    }

    private static int check(int[][] counts, List<String> classNames) {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("confusionMatrix expected a square table of counts, one"
                    + " row per true class, but was given " + (counts == null ? "null" : "no rows")
                    + "; e.g. new int[][] {{50, 2}, {3, 45}}");
        }
        int n = counts.length;
        if (n > Plots.MAX_CLASSES) {
            throw new IllegalArgumentException("confusionMatrix expected at most " + Plots.MAX_CLASSES
                    + " classes but was given " + n + "; the counts would be too small to read, so"
                    + " group the classes or show the most confused ones");
        }
        for (int i = 0; i < n; i++) {
            if (counts[i] == null || counts[i].length != n) {
                throw new IllegalArgumentException("confusionMatrix expected a square table of " + n + "×"
                        + n + " counts but row " + i + " has " + (counts[i] == null ? "none"
                        : counts[i].length + " counts") + "; give one count per predicted class in"
                        + " every row");
            }
            for (int j = 0; j < n; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("confusionMatrix expected counts of 0 or more but"
                            + " row " + i + ", column " + j + " holds " + counts[i][j]
                            + "; count how many examples of each true class got each prediction");
                }
            }
        }
        if (classNames != null && classNames.size() != n) {
            throw new IllegalArgumentException("confusionMatrix expected one name per class (" + n
                    + ") but was given " + classNames.size() + " names " + classNames
                    + "; pass as many names as rows, or null for numbers");
        }
        return n;
    }
}
