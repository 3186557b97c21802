package dlcourse.plot;

import dlcourse.rl.GridWorld;
import dlcourse.rl.QLearning;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Pictures of reinforcement learning (chapter 14): a grid world and what an agent learned about it
 * (each cell's value and best move as an arrow), the returns of episodes as training goes on, and
 * a cart-pole episode as a strip of frames.
 *
 * <pre>{@code
 * AgentPlots.grid(GridWorld.classic(1))                      // the world
 * AgentPlots.values("Learned values", grid, q.values())      // values and arrows
 * AgentPlots.returns("DQN on CartPole", 22.3, agent.returns())
 * AgentPlots.cartPole("The trained agent", states, 8)       // 8 frames of an episode
 * }</pre>
 */
public final class AgentPlots {

    private static final int CELL = 72, MARGIN = 16;
    private static final Color WALL = new Color(0x555555), GOAL = new Color(0x2ca02c), SMALL_GOAL = new Color(0x74c476),
            PIT = new Color(0xd62728);
    // Arrow directions in the order of GridWorld's actions: up, right, down, left (screen y grows downwards).
    private static final int[][] ARROWS = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};

    private AgentPlots() {
    }

    /**
     * The grid: walls dark, the goal green (+1), a small goal light green (+0.3), the pit red (−1),
     * the start labelled, the agent a dot.
     */
    public static Figure grid(GridWorld grid) {
        checkGrid(grid);
        int[] agent = grid.cell();
        return gridFigure("The grid world: reach the goal (+1), avoid the pit (−1), −0.04 a step", grid,
                (g, r, c, x, y) -> {
                    if (grid.at(r, c) == 'S') {
                        g.setColor(Style.MUTED_INK);
                        g.setFont(Painting.LABEL_FONT);
                        Painting.centered(g, "start", x + CELL / 2.0, y + CELL - 8);
                    }
                    if (r == agent[0] && c == agent[1]) {
                        g.setColor(Style.color(0));
                        g.fill(new Ellipse2D.Double(x + CELL / 2.0 - 12, y + CELL / 2.0 - 14, 24, 24));
                    }
                });
    }

    /**
     * What an agent learned: each free cell shaded by its value V(s) = max over actions of Q(s, a)
     * (red below 0, green above), the value written in it, and an arrow for the best action. Cells
     * the agent never reached (all values 0) get no arrow. {@code q[s][a]} is indexed by the
     * grid's cell numbers, as {@code QLearning.values()} returns it.
     */
    public static Figure values(String title, GridWorld grid, double[][] q) {
        checkGrid(grid);
        if (q == null || q.length != grid.stateSize()) {
            throw new IllegalArgumentException("values expected one row of Q-values per cell (" + grid.stateSize()
                    + ") but was given " + (q == null ? "null" : q.length + " rows") + "; pass q.values() of a"
                    + " QLearning trained on this grid");
        }
        double largest = 1e-9;
        for (int s = 0; s < q.length; s++) {
            if (q[s] == null || q[s].length != grid.actions()) {
                throw new IllegalArgumentException("values expected " + grid.actions() + " Q-values per cell but"
                        + " cell " + s + " has " + (q[s] == null ? "none" : q[s].length));
            }
            largest = Math.max(largest, Math.abs(max(q[s])));
        }
        double scale = largest;
        return gridFigure(title, grid, (g, r, c, x, y) -> {
            double[] row = q[grid.index(r, c)];
            double value = max(row);
            boolean visited = Arrays.stream(row).anyMatch(v -> v != 0);   // a fresh table holds zeros
            g.setColor(new Color(valueColour(value / scale)));
            g.fill(new Rectangle2D.Double(x + 1, y + 1, CELL - 2, CELL - 2));
            g.setFont(Painting.SMALL_FONT);
            g.setColor(Style.INK);
            Painting.centered(g, String.format(Locale.ROOT, "%.2f", value), x + CELL / 2.0, y + 14);
            if (visited) {
                int best = QLearning.bestOf(row);
                double cx = x + CELL / 2.0, cy = y + CELL / 2.0 + 6, half = CELL * 0.22;
                Painting.arrow(g, Style.INK, 2.5f, cx - ARROWS[best][0] * half, cy - ARROWS[best][1] * half,
                        cx + ARROWS[best][0] * half, cy + ARROWS[best][1] * half);
            }
        }, String.format(Locale.ROOT, "number and shade: the cell's value, max over a of Q(s, a) (red −%.2f ·"
                + " white 0 · green +%.2f)", scale, scale), "arrow: the action with the largest Q-value");
    }

    /**
     * The return of every episode (thin) and its average over the last 10 episodes (thick), with
     * the random agent's mean return as a dashed line.
     */
    public static Figure returns(String title, double randomMean, double[] returns) {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("return", returns);
        return returns(title, randomMean, runs);
    }

    /**
     * Several training runs on one chart, each as its average return over the last 10 episodes,
     * with the random agent's mean return dashed: e.g. DQN with and without experience replay.
     */
    public static Figure returns(String title, double randomMean, Map<String, double[]> runs) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("returns expected one or more runs of episode returns but was given "
                    + (runs == null ? "null" : "none") + "; pass agent.returns()");
        }
        int longest = 0;
        for (Map.Entry<String, double[]> run : runs.entrySet()) {
            double[] r = run.getValue();
            if (r == null || r.length == 0) {
                throw new IllegalArgumentException("returns expected episode returns for '" + run.getKey()
                        + "' but was given " + (r == null ? "null" : "none") + "; train the agent first");
            }
            Plots.checkFinite("returns", run.getKey(), r);
            longest = Math.max(longest, r.length);
        }
        XYChart chart = Style.xyChart(title, "episode", "return (sum of rewards)");
        boolean single = runs.size() == 1;
        int colour = 0;
        double top = randomMean, bottom = Math.min(0, randomMean);
        List<double[]> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (Map.Entry<String, double[]> run : runs.entrySet()) {
            double[] r = run.getValue();
            double[] episodes = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                episodes[i] = i + 1;
                top = Math.max(top, r[i]);
                bottom = Math.min(bottom, r[i]);
            }
            xs.add(episodes);
            ys.add(r);
            if (single) {
                XYSeries each = chart.addSeries("each episode", episodes, r);
                each.setMarker(SeriesMarkers.NONE);
                each.setLineColor(Style.withAlpha(Style.color(0), 0.35));
                each.setLineStyle(new BasicStroke(1f));
            }
            XYSeries average = chart.addSeries(single ? "average of the last 10" : run.getKey(), episodes,
                    movingAverage(r, 10));
            average.setMarker(SeriesMarkers.NONE);
            average.setLineColor(Style.color(colour++));
            average.setLineStyle(new BasicStroke(2.5f));
        }
        XYSeries random = chart.addSeries(String.format(Locale.ROOT, "random agent (%.1f)", randomMean),
                // From 0.5: XChart spaces the ticks of an axis whose numbers are all whole unevenly (0, 7, 14, …).
                new double[] {0.5, longest}, new double[] {randomMean, randomMean});
        random.setMarker(SeriesMarkers.NONE);
        random.setLineColor(Style.MUTED_INK);
        random.setLineStyle(SeriesLines.DASH_DASH);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) Math.max(2, longest));
        double span = Math.max(top - bottom, 1e-9);
        chart.getStyler().setYAxisMin(bottom - 0.05 * span).setYAxisMax(top + 0.15 * span);
        Plots.placeLegend(chart, xs, ys);
        return Figure.of(chart);
    }

    /**
     * A cart-pole episode as a strip of {@code frames} pictures, evenly spaced over the states
     * {x, ẋ, θ, θ̇} of its steps: the track (±2.4 m) and the cart to scale, the pole drawn 2.2 times
     * longer than to scale so that its lean shows; a pole past 12° is red.
     */
    public static Figure cartPole(String title, List<double[]> states, int frames) {
        if (states == null || states.isEmpty() || states.stream().anyMatch(s -> s == null || s.length != 4)) {
            throw new IllegalArgumentException("cartPole expected the states of an episode, each {x, ẋ, θ, θ̇},"
                    + " but was given " + (states == null ? "null" : states.isEmpty() ? "none" : "a state that is not 4"
                    + " numbers") + "; collect the state after every step");
        }
        if (frames < 1 || frames > 20) {
            throw new IllegalArgumentException("cartPole expected 1 to 20 frames but was given " + frames);
        }
        int shown = Math.min(frames, states.size());
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            steps.add(shown == 1 ? 0 : (int) Math.round(i * (states.size() - 1.0) / (shown - 1)));
        }
        int frameWidth = 150, frameHeight = 120, perRow = Math.min(shown, 5);
        int rowsOfFrames = (shown + perRow - 1) / perRow;
        int width = Math.max(MARGIN * 2 + perRow * frameWidth,
                Painting.textWidth(Painting.TITLE_FONT, title) + 2 * MARGIN);
        int height = Painting.TITLE_HEIGHT + rowsOfFrames * frameHeight + MARGIN;
        double metre = frameWidth / (2 * 2.4 + 0.4);   // the whole track, ±2.4 m, fits in a frame
        return Figure.drawn(title, width, height, g -> {
            Painting.title(g, title, width);
            for (int i = 0; i < shown; i++) {
                double[] s = states.get(steps.get(i));
                double left = MARGIN + (i % perRow) * frameWidth;
                double top = Painting.TITLE_HEIGHT + (i / perRow) * frameHeight;
                drawCartPole(g, s, left, top, frameWidth, frameHeight, metre, steps.get(i));
            }
        });
    }

    private static void drawCartPole(Graphics2D g, double[] s, double left, double top, int w, int h, double metre,
                                     int step) {
        double centre = left + w / 2.0, trackY = top + h - 34;
        g.setColor(Style.GRID);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(left + 2, top + 2, w - 4, h - 4));
        g.setColor(Style.MUTED_INK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(centre - 2.4 * metre, trackY, centre + 2.4 * metre, trackY));
        for (double end : new double[] {-2.4, 2.4}) {
            g.draw(new Line2D.Double(centre + end * metre, trackY - 5, centre + end * metre, trackY + 5));
        }
        double cartX = centre + s[0] * metre, cartW = 26, cartH = 12;
        g.setColor(Style.color(0));
        g.fill(new Rectangle2D.Double(cartX - cartW / 2, trackY - cartH, cartW, cartH));
        double poleLength = 2 * 0.5 * metre * 2.2;   // 1 m, drawn 2.2× longer so its lean is easy to see
        double tipX = cartX + poleLength * Math.sin(s[2]), tipY = trackY - cartH - poleLength * Math.cos(s[2]);
        g.setColor(Math.abs(s[2]) > 12 * Math.PI / 180 ? Painting.WRONG : new Color(0x8c564b));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cartX, trackY - cartH, tipX, tipY));
        g.setColor(Style.INK);
        g.setFont(Painting.SMALL_FONT);
        Painting.centered(g, String.format(Locale.ROOT, "step %d · θ %+.1f°", step, Math.toDegrees(s[2])),
                centre, trackY + 20);
    }

    /** Draws what one cell of a grid figure holds, after its background and before its border. */
    private interface CellPainter {
        void paint(Graphics2D g, int row, int column, double x, double y);
    }

    private static Figure gridFigure(String title, GridWorld grid, CellPainter painter, String... notes) {
        int rows = grid.rows(), columns = grid.columns();
        int left = MARGIN, top = Painting.TITLE_HEIGHT + 4;
        int width = Math.max(left * 2 + columns * CELL, Painting.textWidth(Painting.TITLE_FONT, title) + 2 * MARGIN);
        int noteHeight = 18 * notes.length + (notes.length > 0 ? 4 : 0);
        for (String note : notes) {
            width = Math.max(width, Painting.textWidth(Painting.SMALL_FONT, note) + 2 * MARGIN);
        }
        int figureWidth = width;
        int height = top + rows * CELL + noteHeight + MARGIN;
        int gridLeft = (figureWidth - columns * CELL) / 2;
        return Figure.drawn(title, figureWidth, height, g -> {
            Painting.title(g, title, figureWidth);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    double x = gridLeft + c * CELL, y = top + r * CELL;
                    char what = grid.at(r, c);
                    if (what == '#' || grid.isTerminal(r, c)) {
                        g.setColor(what == '#' ? WALL : what == 'G' ? GOAL : what == 'g' ? SMALL_GOAL : PIT);
                        g.fill(new Rectangle2D.Double(x, y, CELL, CELL));
                        if (what != '#') {
                            g.setColor(Color.WHITE);
                            g.setFont(Painting.TITLE_FONT.deriveFont(Font.BOLD, 18f));
                            String reward = what == 'G' ? "+1" : what == 'g'
                                    ? String.format(Locale.ROOT, "+%.1f", GridWorld.SMALL_GOAL_REWARD) : "−1";
                            Painting.centered(g, reward, x + CELL / 2.0, y + CELL / 2.0 + 7);
                        }
                    } else {
                        painter.paint(g, r, c, x, y);
                    }
                    g.setColor(new Color(0xb0b0b0));
                    g.setStroke(new BasicStroke(1f));
                    g.draw(new Rectangle2D.Double(x, y, CELL, CELL));
                }
            }
            g.setFont(Painting.SMALL_FONT);
            g.setColor(Style.MUTED_INK);
            for (int i = 0; i < notes.length; i++) {
                Painting.centered(g, notes[i], figureWidth / 2.0, top + rows * CELL + 18 * (i + 1));
            }
        });
    }

    private static void checkGrid(GridWorld grid) {
        if (grid == null) {
            throw new IllegalArgumentException("expected a GridWorld but was given null; e.g. GridWorld.classic(1)");
        }
    }

    /** Red (−1) through white (0) to green (+1). */
    private static int valueColour(double v) {
        double t = Math.max(-1, Math.min(1, v));
        Color end = t < 0 ? new Color(0xef8a8a) : new Color(0x8fd18f);
        return Painting.mix(Color.WHITE, end, Math.abs(t)).getRGB();
    }

    private static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    private static double max(double[] v) {
        return v[QLearning.bestOf(v)];
    }
}
