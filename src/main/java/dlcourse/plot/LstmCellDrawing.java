package dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The picture behind {@link NetworkPlots#lstmCell()}: one LSTM cell, with the cell state running
 * straight across the top, the three sigmoid gates and the tanh candidate reading [h_{t−1}, x_t]
 * from a bus along the bottom, and ⊙ (multiply) and + nodes where they act on the state.
 */
final class LstmCellDrawing {

    static final int WIDTH = 800;
    static final int HEIGHT = 430;

    private static final Color STATE = Style.color(0);      // blue: the cell state c
    private static final Color HIDDEN = Style.color(1);     // orange: the hidden state h
    private static final Color GATE = Style.color(2);       // green: the sigmoid gates
    private static final Color CANDIDATE = Style.color(4);  // purple: the tanh candidate
    private static final Color BOX = new Color(0xf4f4f4);

    // Layout, in logical pixels.
    private static final double LEFT = 120;
    private static final double RIGHT = 660;
    private static final double STATE_Y = 95;
    private static final double GATE_Y = 250;
    private static final double BUS_Y = 330;
    private static final double NODE = 13;
    private static final double FORGET_X = 210;
    private static final double INPUT_X = 310;
    private static final double CANDIDATE_X = 420;
    private static final double OUTPUT_X = 530;
    private static final double MIX_X = 365;       // ⊙ of i and g
    private static final double OUT_TANH_X = 610;  // tanh of c on its way to h

    private LstmCellDrawing() {
    }

    static Figure figure() {
        String title = "An LSTM cell: the cell state c runs across the top, three gates control it";
        return Figure.drawn(title, WIDTH, HEIGHT, g -> paint(g, title));
    }

    private static void paint(Graphics2D g, String title) {
        Painting.title(g, title, WIDTH);
        // The cell's outline.
        g.setColor(new Color(0xfafafa));
        RoundRectangle2D cell = new RoundRectangle2D.Double(LEFT + 30, 55, RIGHT - LEFT - 60, 315, 24, 24);
        g.fill(cell);
        g.setColor(new Color(0xcccccc));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(cell);

        // Cell state line: c_{t-1} → ⊙ f → + (i ⊙ g) → c_t.
        line(g, STATE, 3f, LEFT - 40, STATE_Y, RIGHT + 40, STATE_Y, true);
        // Input bus: h_{t-1} enters from the left, below; x_t from below.
        line(g, HIDDEN, 2f, LEFT - 40, BUS_Y, OUTPUT_X, BUS_Y, false);
        line(g, Style.INK, 2f, 160, HEIGHT - 18, 160, BUS_Y, false);

        // Bus up to each gate.
        for (double x : new double[] {FORGET_X, INPUT_X, CANDIDATE_X, OUTPUT_X}) {
            line(g, Style.MUTED_INK, 1.5f, x, BUS_Y, x, GATE_Y + 20, true);
        }
        // Forget gate up to its ⊙ on the state line.
        line(g, GATE, 2f, FORGET_X, GATE_Y - 20, FORGET_X, STATE_Y + NODE, true);
        // Input gate and candidate meet at a ⊙, which goes up to the +.
        line(g, GATE, 2f, INPUT_X, GATE_Y - 20, INPUT_X, 175, false);
        line(g, GATE, 2f, INPUT_X, 175, MIX_X - NODE, 175, true);
        line(g, CANDIDATE, 2f, CANDIDATE_X, GATE_Y - 20, CANDIDATE_X, 175, false);
        line(g, CANDIDATE, 2f, CANDIDATE_X, 175, MIX_X + NODE, 175, true);
        line(g, STATE, 2f, MIX_X, 175 - NODE, MIX_X, STATE_Y + NODE, true);
        // c_t down through tanh, multiplied by the output gate, gives h_t.
        line(g, STATE, 2f, OUT_TANH_X, STATE_Y, OUT_TANH_X, 145, true);
        line(g, STATE, 2f, OUT_TANH_X, 175, OUT_TANH_X, 215 - NODE, true);
        line(g, GATE, 2f, OUTPUT_X, GATE_Y - 20, OUTPUT_X, 215, false);
        line(g, GATE, 2f, OUTPUT_X, 215, OUT_TANH_X - NODE, 215, true);
        line(g, HIDDEN, 2.5f, OUT_TANH_X + NODE, 215, RIGHT + 40, 215, true);
        line(g, HIDDEN, 2f, OUT_TANH_X, 215 + NODE, OUT_TANH_X, 295, false);
        line(g, HIDDEN, 2f, OUT_TANH_X, 295, RIGHT + 40, 295, true);

        // Boxes: the three sigmoid gates and the tanh layer read [h_{t-1}, x_t].
        box(g, FORGET_X, GATE_Y, "σ", "forget f", GATE);
        box(g, INPUT_X, GATE_Y, "σ", "input i", GATE);
        box(g, CANDIDATE_X, GATE_Y, "tanh", "candidate g", CANDIDATE);
        box(g, OUTPUT_X, GATE_Y, "σ", "output o", GATE);
        smallBox(g, OUT_TANH_X, 160, "tanh");

        // Nodes on the state line and on the way to h.
        node(g, FORGET_X, STATE_Y, "⊙");
        node(g, MIX_X, STATE_Y, "+");
        node(g, MIX_X, 175, "⊙");
        node(g, OUT_TANH_X, 215, "⊙");

        // Labels.
        g.setFont(Painting.LABEL_FONT);
        g.setColor(STATE);
        subscripted(g, "c", "t−1", LEFT - 46, STATE_Y, true);
        subscripted(g, "c", "t", RIGHT + 46, STATE_Y, false);
        g.setColor(HIDDEN);
        subscripted(g, "h", "t−1", LEFT - 46, BUS_Y, true);
        subscripted(g, "h", "t", RIGHT + 46, 215, false);
        g.drawString("   output", (float) (RIGHT + 62), Painting.middleBaseline(g, 215));
        subscripted(g, "h", "t", RIGHT + 46, 295, false);
        g.drawString("   next step", (float) (RIGHT + 62), Painting.middleBaseline(g, 295));
        g.setColor(Style.INK);
        subscripted(g, "x", "t", 160 - 5, HEIGHT - 8, false);

        g.setFont(Painting.SMALL_FONT);
        g.setColor(Style.MUTED_INK);
        Painting.centered(g, "cell state: only multiplied (⊙) and added to (+), never squashed",
                (LEFT + RIGHT) / 2, STATE_Y - 18);
        g.drawString("forget: f ⊙ c", (float) (FORGET_X + 8), (float) (STATE_Y + 34));
        g.drawString("add: i ⊙ g", (float) (MIX_X + 8), (float) (STATE_Y + 34));
        g.drawString("every gate reads h and x", (float) (LEFT + 55), (float) (BUS_Y + 22));
        g.drawString("h = o ⊙ tanh(c)", (float) (OUT_TANH_X + 8), 258f);
    }

    /** Text with a smaller subscript, its middle on {@code centreY}; right-aligned at x or starting at x. */
    private static void subscripted(Graphics2D g, String base, String subscript, double x, double centreY,
            boolean rightAligned) {
        java.awt.Font font = g.getFont();
        java.awt.Font small = font.deriveFont(font.getSize2D() * 0.75f);
        float baseline = Painting.middleBaseline(g, centreY);
        int baseWidth = g.getFontMetrics().stringWidth(base);
        int subWidth = g.getFontMetrics(small).stringWidth(subscript);
        double start = rightAligned ? x - baseWidth - subWidth - 1 : x;
        g.drawString(base, (float) start, baseline);
        g.setFont(small);
        g.drawString(subscript, (float) (start + baseWidth + 1), baseline + 4);
        g.setFont(font);
    }

    private static void line(Graphics2D g, Color color, float width, double x1, double y1, double x2, double y2,
            boolean arrow) {
        if (arrow) {
            Painting.arrow(g, color, width, x1, y1, x2, y2);
            return;
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static void box(Graphics2D g, double x, double y, String symbol, String name, Color color) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(x - 26, y - 20, 52, 40, 8, 8);
        Painting.roundedBox(g, shape, Painting.mix(color, Color.WHITE, 0.75), color, 2f);
        g.setFont(Painting.TITLE_FONT);
        g.setColor(Style.INK);
        Painting.centered(g, symbol, x, Painting.middleBaseline(g, y));
        g.setFont(Painting.SMALL_FONT);
        g.setColor(color.darker());
        g.drawString(name, (float) (x + 5), (float) (y + 36));
    }

    private static void smallBox(Graphics2D g, double x, double y, String text) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(x - 22, y - 15, 44, 30, 8, 8);
        Painting.roundedBox(g, shape, BOX, STATE, 1.5f);
        g.setFont(Painting.LABEL_FONT);
        g.setColor(Style.INK);
        Painting.centered(g, text, x, Painting.middleBaseline(g, y));
    }

    private static void node(Graphics2D g, double x, double y, String symbol) {
        Ellipse2D circle = new Ellipse2D.Double(x - NODE, y - NODE, 2 * NODE, 2 * NODE);
        g.setColor(Color.WHITE);
        g.fill(circle);
        g.setColor(Style.INK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(circle);
        g.setFont(Painting.TITLE_FONT);
        Painting.centered(g, symbol, x, Painting.middleBaseline(g, y));
    }
}
