package dlcourse.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A diagram of a small fully connected network: neurons as circles in columns, one column per
 * layer, and every weight as a line, blue when positive and red when negative, thicker and
 * darker the larger it is. Biases are not drawn.
 *
 * <pre>{@code
 * NetworkPlots.diagram(Mlp.classifier(2, 2, 4));
 * NetworkPlots.diagram(net, List.of("x₁", "x₂"), List.of("red", "blue"));
 * NetworkPlots.diagram(new double[][] {{0.5, -1.2}, {0.8, 0.1}});   // weights [inputs][outputs]
 * NetworkPlots.unrolled(4);                                          // a recurrent layer over 4 steps
 * NetworkPlots.lstmCell();                                          // the gates of an LSTM cell
 * }</pre>
 */
public final class NetworkPlots {

    /** The most neurons drawn in one layer; more would blur into a solid block. */
    public static final int MAX_NEURONS_PER_LAYER = 20;

    /** The most weight layers drawn. */
    public static final int MAX_LAYERS = 8;

    private static final Color POSITIVE = Style.color(0);
    private static final Color NEGATIVE = Painting.WRONG;
    private static final int RADIUS = 11;
    private static final int SPACING = 30;
    private static final int COLUMN_GAP = 150;

    private NetworkPlots() {
    }

    /**
     * A diagram of one LSTM cell: the cell state {@code c} running straight across the top, the
     * forget, input and output gates (sigmoid boxes) and the tanh candidate reading the previous
     * hidden state and the input, and the ⊙ (multiply) and + nodes where they act on the state.
     */
    public static Figure lstmCell() {
        return LstmCellDrawing.figure();
    }

    /** The network's layers and weights; every layer must be fully connected (dense). */
    public static Figure diagram(MultiLayerNetwork net) {
        return diagram(net, null, null);
    }

    /** The same, with names for the inputs and outputs (null for none). */
    public static Figure diagram(MultiLayerNetwork net, List<String> inputLabels,
                                 List<String> outputLabels) {
        NetworkChecks.checkNetwork("diagram", net);
        List<double[][]> weights = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < net.getnLayers(); i++) {
            Object conf = NetworkChecks.layerConf(net, i);
            INDArray w = net.getLayer(i).getParam("W");
            boolean dense = (conf instanceof DenseLayer || conf instanceof OutputLayer)
                    && w != null && w.rank() == 2;
            if (!dense) {
                throw new IllegalArgumentException("diagram draws networks of dense layers, but "
                        + NetworkChecks.describe(net, i) + " is not one (layers: "
                        + NetworkChecks.layerNames(net) + "); for a convolution layer draw its filters"
                        + " with ImagePlots.filters(net, " + i + ") instead");
            }
            weights.add(w.castTo(DataType.DOUBLE).toDoubleMatrix());
            String activation = conf instanceof BaseLayer && ((BaseLayer) conf).getActivationFn() != null
                    ? ((BaseLayer) conf).getActivationFn().toString().replace("Activation", "")
                    .toLowerCase(Locale.ROOT) : "";
            captions.add(activation);
        }
        return draw(weights, captions, inputLabels, outputLabels);
    }

    /**
     * A network given by its weight matrices, first layer first; each is {@code [inputs][outputs]}
     * as in DL4J, so {@code weights[k][i][j]} joins neuron i of one column to neuron j of the next.
     */
    public static Figure diagram(double[][]... weights) {
        return diagram(null, null, weights);
    }

    /** The same, with names for the inputs and outputs (null for none). */
    public static Figure diagram(List<String> inputLabels, List<String> outputLabels,
                                 double[][]... weights) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("diagram expected one or more weight matrices"
                    + " [inputs][outputs] but was given none; e.g. diagram(new double[][] {{0.5, -1},"
                    + " {2, 0.3}})");
        }
        return draw(Arrays.asList(weights), null, inputLabels, outputLabels);
    }

    /** The most time steps {@link #unrolled} draws; more would only repeat the same box. */
    public static final int MAX_UNROLLED_STEPS = 8;

    /**
     * A simple recurrent (tanh) layer unrolled through time over {@code steps} steps: one box per
     * step holding the hidden state h_t, which receives the state before it (through the weights
     * Wₕ) and the step's input x_t (through Wₓ); the output ŷ is read from the last state.
     */
    public static Figure unrolled(int steps) {
        return unrolled("tanh", steps, false);
    }

    /**
     * The same for any recurrent cell, named in each box (e.g. {@code "tanh"} or {@code "LSTM"}),
     * with an output ŷ_t at every step when {@code outputEveryStep} is true (sequence to sequence)
     * or only after the last step when it is false (sequence to one).
     */
    public static Figure unrolled(String cell, int steps, boolean outputEveryStep) {
        if (steps < 1 || steps > MAX_UNROLLED_STEPS) {
            throw new IllegalArgumentException("unrolled expected 1 to " + MAX_UNROLLED_STEPS + " time steps"
                    + " but was given " + steps + "; every step is the same box, so 3 or 4 show the idea");
        }
        if (cell == null || cell.isBlank()) {
            throw new IllegalArgumentException("unrolled expected the name of the cell, e.g. \"tanh\" or"
                    + " \"LSTM\", but was given " + (cell == null ? "null" : "a blank name"));
        }
        if (Painting.textWidth(Painting.SMALL_FONT, cell) > 60) {
            throw new IllegalArgumentException("unrolled expected a short cell name that fits in its box but"
                    + " was given \"" + cell + "\"; use an abbreviation such as \"tanh\", \"LSTM\" or \"GRU\"");
        }
        return UnrolledDrawing.figure(cell, steps, outputEveryStep);
    }

    private static Figure draw(List<double[][]> weights, List<String> activations,
                               List<String> inputLabels, List<String> outputLabels) {
        int[] sizes = check(weights);
        checkLabels("input", inputLabels, sizes[0]);
        checkLabels("output", outputLabels, sizes[sizes.length - 1]);
        int columns = sizes.length;
        int tallest = Arrays.stream(sizes).max().orElse(1);
        double largest = weights.stream().flatMap(Arrays::stream).flatMapToDouble(Arrays::stream)
                .map(Math::abs).max().orElse(0);
        double scale = largest > 0 ? largest : 1;

        int leftLabels = labelWidth(inputLabels);
        int rightLabels = labelWidth(outputLabels);
        int margin = 24;
        int top = Painting.TITLE_HEIGHT + 10;
        int contentHeight = (tallest - 1) * SPACING + 2 * RADIUS;
        int captionHeight = 40;
        int keyHeight = 28;
        int width = Math.max(keyWidth() + 2 * margin,
                2 * margin + leftLabels + rightLabels + (columns - 1) * COLUMN_GAP + 2 * RADIUS);
        int height = top + contentHeight + captionHeight + keyHeight + margin / 2;
        int firstX = (width - (columns - 1) * COLUMN_GAP) / 2 + (leftLabels - rightLabels) / 2;
        double middleY = top + contentHeight / 2.0;

        double[][] cx = new double[columns][];
        double[][] cy = new double[columns][];
        for (int c = 0; c < columns; c++) {
            cx[c] = new double[sizes[c]];
            cy[c] = new double[sizes[c]];
            for (int k = 0; k < sizes[c]; k++) {
                cx[c][k] = firstX + c * COLUMN_GAP;
                cy[c][k] = middleY + (k - (sizes[c] - 1) / 2.0) * SPACING;
            }
        }
        String title = "Network " + String.join(" → ", Arrays.stream(sizes).mapToObj(Integer::toString)
                .toArray(String[]::new)) + " · largest weight " + String.format(Locale.ROOT, "%.2f",
                largest);
        return Figure.drawn(title, width, height, g -> {
            Painting.title(g, title, width);
            // Weak weights first, so the strong ones lie on top.
            List<double[]> connections = new ArrayList<>();
            for (int layer = 0; layer < weights.size(); layer++) {
                double[][] w = weights.get(layer);
                for (int i = 0; i < w.length; i++) {
                    for (int j = 0; j < w[i].length; j++) {
                        connections.add(new double[] {layer, i, j, w[i][j]});
                    }
                }
            }
            connections.sort(Comparator.comparingDouble(e -> Math.abs(e[3])));
            for (double[] e : connections) {
                int layer = (int) e[0];
                int i = (int) e[1];
                int j = (int) e[2];
                double strength = Math.abs(e[3]) / scale;
                Color base = e[3] >= 0 ? POSITIVE : NEGATIVE;
                g.setColor(Style.withAlpha(base, 0.2 + 0.8 * strength));
                g.setStroke(new BasicStroke((float) (0.5 + 4.5 * strength), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(cx[layer][i], cy[layer][i], cx[layer + 1][j],
                        cy[layer + 1][j]));
            }
            g.setStroke(new BasicStroke(1.5f));
            for (int c = 0; c < columns; c++) {
                for (int k = 0; k < sizes[c]; k++) {
                    Ellipse2D circle = new Ellipse2D.Double(cx[c][k] - RADIUS, cy[c][k] - RADIUS,
                            2 * RADIUS, 2 * RADIUS);
                    g.setColor(Color.WHITE);
                    g.fill(circle);
                    g.setColor(Style.INK);
                    g.draw(circle);
                }
            }
            g.setFont(Painting.LABEL_FONT);
            g.setColor(Style.INK);
            if (inputLabels != null) {
                for (int k = 0; k < sizes[0]; k++) {
                    Painting.rightAligned(g, inputLabels.get(k), cx[0][k] - RADIUS - 8,
                            Painting.middleBaseline(g, cy[0][k]));
                }
            }
            if (outputLabels != null) {
                int last = columns - 1;
                for (int k = 0; k < sizes[last]; k++) {
                    g.drawString(outputLabels.get(k), (float) (cx[last][k] + RADIUS + 8),
                            Painting.middleBaseline(g, cy[last][k]));
                }
            }
            double captionY = top + contentHeight + 22;
            for (int c = 0; c < columns; c++) {
                String name = c == 0 ? "input" : c == columns - 1 ? "output" : "hidden " + c;
                g.setFont(Painting.LABEL_FONT);
                g.setColor(Style.INK);
                Painting.centered(g, name + " (" + sizes[c] + ")", cx[c][0], captionY);
                if (activations != null && c > 0 && !activations.get(c - 1).isEmpty()) {
                    g.setFont(Painting.SMALL_FONT);
                    g.setColor(Style.MUTED_INK);
                    Painting.centered(g, activations.get(c - 1), cx[c][0], captionY + 15);
                }
            }
            paintKey(g, width / 2.0, height - margin / 2.0 - 6);
        });
    }

    private static final String POSITIVE_KEY = "positive weight";
    private static final String NEGATIVE_KEY = "negative weight";
    private static final String THICKNESS_KEY = "thicker: larger |weight|";
    private static final int KEY_GAP = 22;
    private static final int KEY_LINE = 22;

    private static int keyWidth() {
        return 2 * (KEY_LINE + 6) + Painting.textWidth(Painting.SMALL_FONT, POSITIVE_KEY)
                + Painting.textWidth(Painting.SMALL_FONT, NEGATIVE_KEY)
                + Painting.textWidth(Painting.SMALL_FONT, THICKNESS_KEY) + 2 * KEY_GAP;
    }

    private static void paintKey(java.awt.Graphics2D g, double centreX, double baseline) {
        g.setFont(Painting.SMALL_FONT);
        String positive = POSITIVE_KEY;
        String negative = NEGATIVE_KEY;
        String thickness = THICKNESS_KEY;
        int gap = KEY_GAP;
        int line = KEY_LINE;
        double x = centreX - keyWidth() / 2.0;
        double y = baseline - 4;
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < 2; k++) {
            g.setColor(k == 0 ? POSITIVE : NEGATIVE);
            g.draw(new Line2D.Double(x, y, x + line, y));
            x += line + 6;
            g.setColor(Style.MUTED_INK);
            String text = k == 0 ? positive : negative;
            g.drawString(text, (float) x, (float) baseline);
            x += Painting.textWidth(Painting.SMALL_FONT, text) + gap;
        }
        g.drawString(thickness, (float) x, (float) baseline);
    }

    private static int labelWidth(List<String> labels) {
        return labels == null ? 0 : labels.stream()
                .mapToInt(s -> Painting.textWidth(Painting.LABEL_FONT, s)).max().orElse(0) + 12;
    }

    private static int[] check(List<double[][]> weights) {
        if (weights.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("diagram expected at most " + MAX_LAYERS + " layers but was"
                    + " given " + weights.size() + "; a diagram that deep is unreadable, so draw a"
                    + " smaller network or describe this one with net.summary()");
        }
        int[] sizes = new int[weights.size() + 1];
        for (int k = 0; k < weights.size(); k++) {
            double[][] w = weights.get(k);
            if (w == null || w.length == 0 || w[0] == null || w[0].length == 0) {
                throw new IllegalArgumentException("diagram expected weight matrix " + k + " to have at"
                        + " least one row and column but it is empty; pass [inputs][outputs] arrays");
            }
            for (double[] row : w) {
                if (row == null || row.length != w[0].length) {
                    throw new IllegalArgumentException("diagram expected weight matrix " + k + " to be"
                            + " rectangular, " + w.length + "×" + w[0].length + ", but a row has "
                            + (row == null ? "no" : row.length) + " values; give every input neuron"
                            + " one weight per output neuron");
                }
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("diagram expected finite weights but matrix "
                                + k + " holds " + v + "; check the training (did it diverge?)");
                    }
                }
            }
            if (k > 0 && w.length != sizes[k]) {
                throw new IllegalArgumentException("diagram expected weight matrix " + k + " to have "
                        + sizes[k] + " rows, one per output of matrix " + (k - 1) + ", but it has "
                        + w.length + "; the matrices must chain, [a][b] then [b][c]");
            }
            sizes[k] = w.length;
            sizes[k + 1] = w[0].length;
        }
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] > MAX_NEURONS_PER_LAYER) {
                throw new IllegalArgumentException("diagram can draw at most " + MAX_NEURONS_PER_LAYER
                        + " neurons per layer, but layer " + k + " has " + sizes[k] + " ("
                        + Arrays.toString(sizes) + "); that many lines would blur into a block, so"
                        + " draw a smaller network or describe this one with net.summary()");
            }
        }
        return sizes;
    }

    private static void checkLabels(String which, List<String> labels, int size) {
        if (labels != null && labels.size() != size) {
            throw new IllegalArgumentException("diagram expected " + size + " " + which + " labels, one"
                    + " per " + which + " neuron, but was given " + labels.size() + " " + labels
                    + "; pass " + size + " names or null");
        }
    }
}
