package dlcourse.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

/**
 * Draws a recurrent layer unrolled through time: one box per step holding the hidden state
 * h_t, the state passed right from step to step, the input x_t entering each box from below,
 * and the output ŷ leaving the last box (or every box). Used by {@link NetworkPlots#unrolled}.
 */
final class UnrolledDrawing {

    private static final int BOX_WIDTH = 64;
    private static final int BOX_HEIGHT = 50;
    private static final int GAP = 64;
    private static final int MARGIN = 24;
    private static final Color STATE = Style.color(0);
    private static final Color INPUT = Style.color(2);
    private static final Color OUTPUT = Style.color(1);
    private static final Font STATE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private UnrolledDrawing() {
    }

    static Figure figure(String cell, int steps, boolean outputEveryStep) {
        String title = String.format(Locale.ROOT, "A recurrent layer unrolled over %d step%s", steps,
                steps == 1 ? "" : "s");
        String note = "the same Wₓ, Wₕ and b at every step";
        int left = MARGIN + Painting.textWidth(Painting.LABEL_FONT, "h₀ = 0") + 8 + GAP;
        int right = outputEveryStep ? MARGIN : GAP + Painting.textWidth(STATE_FONT, "ŷ") + MARGIN + 8;
        int width = Math.max(left + steps * BOX_WIDTH + (steps - 1) * GAP + right,
                Math.max(Painting.textWidth(Painting.TITLE_FONT, title),
                        Painting.textWidth(Painting.SMALL_FONT, note)) + 2 * MARGIN);
        int outputRoom = outputEveryStep ? 70 : 0;
        int boxTop = Painting.TITLE_HEIGHT + 10 + outputRoom;
        int inputY = boxTop + BOX_HEIGHT + 62;
        int height = inputY + 40;
        int shift = (width - (left + steps * BOX_WIDTH + (steps - 1) * GAP + right)) / 2;
        int firstBox = left + shift;
        double middle = boxTop + BOX_HEIGHT / 2.0;

        return Figure.drawn(title, width, height, g -> {
            Painting.title(g, title, width);
            g.setFont(Painting.LABEL_FONT);
            g.setColor(Style.INK);
            double startX = firstBox - GAP;
            Painting.rightAligned(g, "h₀ = 0", startX - 6, Painting.middleBaseline(g, middle));
            for (int t = 1; t <= steps; t++) {
                double x = firstBox + (t - 1) * (BOX_WIDTH + GAP);
                double centre = x + BOX_WIDTH / 2.0;
                // The state from the step before (h₀ for the first box), weighted by Wₕ.
                Painting.arrow(g, STATE, 2f, x - GAP, middle, x, middle);
                g.setFont(Painting.SMALL_FONT);
                g.setColor(Style.MUTED_INK);
                Painting.centered(g, "Wₕ", x - GAP / 2.0, middle - 8);
                // The input of this step, weighted by Wₓ.
                Painting.arrow(g, INPUT, 2f, centre, inputY - 16, centre, boxTop + BOX_HEIGHT);
                g.setFont(Painting.SMALL_FONT);
                g.setColor(Style.MUTED_INK);
                g.drawString("Wₓ", (float) (centre + 6), (float) (boxTop + BOX_HEIGHT + 30));
                g.setFont(Painting.LABEL_FONT);
                g.setColor(Style.INK);
                Painting.centered(g, "x" + subscript(t), centre, inputY);
                // The cell: the new state h_t.
                RoundRectangle2D box = new RoundRectangle2D.Double(x, boxTop, BOX_WIDTH, BOX_HEIGHT, 12, 12);
                Painting.roundedBox(g, box, Painting.mix(STATE, Color.WHITE, 0.85), STATE, 1.8f);
                g.setFont(STATE_FONT);
                g.setColor(Style.INK);
                Painting.centered(g, "h" + subscript(t), centre, middle + 1);
                g.setFont(Painting.SMALL_FONT);
                g.setColor(Style.MUTED_INK);
                Painting.centered(g, cell, centre, boxTop + BOX_HEIGHT - 7);
                if (outputEveryStep) {
                    Painting.arrow(g, OUTPUT, 2f, centre, boxTop, centre, boxTop - outputRoom + 26);
                    g.setFont(Painting.LABEL_FONT);
                    g.setColor(Style.INK);
                    Painting.centered(g, "ŷ" + subscript(t), centre, boxTop - outputRoom + 20);
                }
            }
            if (!outputEveryStep) {
                double end = firstBox + steps * BOX_WIDTH + (steps - 1) * GAP;
                Painting.arrow(g, OUTPUT, 2f, end, middle, end + GAP, middle);
                g.setFont(STATE_FONT);
                g.setColor(Style.INK);
                g.drawString("ŷ", (float) (end + GAP + 6), Painting.middleBaseline(g, middle));
            }
            g.setFont(Painting.SMALL_FONT);
            g.setColor(Style.MUTED_INK);
            Painting.centered(g, note, width / 2.0, height - 10);
        });
    }

    /** The step number in subscript digits, e.g. 12 → "₁₂". */
    static String subscript(int n) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            text.append((char) ('₀' + (c - '0')));
        }
        return text.toString();
    }
}
