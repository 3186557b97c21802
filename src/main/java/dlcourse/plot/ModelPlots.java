package dlcourse.plot;

import static dlcourse.plot.Plots.*;

import dlcourse.evaluate.ClassificationReport;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dimensionalityreduction.PCA;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a trained model does, drawn: its decision regions over two features with the data on top,
 * its confusion matrix, and the codes of a latent space coloured by class.
 *
 * <pre>{@code
 * ModelPlots.decisionBoundary(net, data)
 * ModelPlots.confusionMatrix(ClassificationReport.of(net, test))
 * }</pre>
 */
public final class ModelPlots {

    private ModelPlots() {
    }

    /**
     * The regions where {@code net} predicts each class, shaded (darker where it is more sure),
     * with the examples of {@code data} on top.
     */
    public static Figure decisionBoundary(MultiLayerNetwork net, DataSet data) {
        if (net == null) {
            throw new IllegalArgumentException("decisionBoundary expected a trained network but was"
                    + " given null");
        }
        checkTwoFeatures("decisionBoundary", data);
        NetworkChecks.checkInputSize("decisionBoundary", net, 2);
        return decisionBoundary("Decision boundary", net::output, data);
    }

    /**
     * The same for any classifier given as a function from features {@code [n, 2]} to class
     * probabilities {@code [n, classes]}.
     */
    public static Figure decisionBoundary(String title, Function<INDArray, INDArray> classifier,
                                          DataSet data) {
        checkTwoFeatures("decisionBoundary", data);
        if (classifier == null) {
            throw new IllegalArgumentException("decisionBoundary expected a classifier but was given"
                    + " null; pass a network's output, e.g. net::output");
        }
        INDArray x = data.getFeatures();
        double[] xRange = padded(x.getColumn(0));
        double[] yRange = padded(x.getColumn(1));
        int g = BOUNDARY_GRID;
        double[][] grid = new double[g * g][2];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                grid[i * g + j][0] = xRange[0] + (j + 0.5) * (xRange[1] - xRange[0]) / g;
                grid[i * g + j][1] = yRange[0] + (i + 0.5) * (yRange[1] - yRange[0]) / g;
            }
        }
        INDArray probabilities = classifier.apply(Nd4j.create(grid).castTo(x.dataType()));
        int classes = (int) probabilities.size(1);
        if (probabilities.size(0) != grid.length || classes != data.getLabels().size(1)) {
            throw new IllegalArgumentException("decisionBoundary expected the classifier to return one"
                    + " row of " + data.getLabels().size(1) + " class probabilities per point but it"
                    + " returned shape " + Arrays.toString(probabilities.shape())
                    + "; check that the network's outputs match the data's classes");
        }
        int[] predicted = probabilities.argMax(1).toIntVector();
        double[] confidence = probabilities.max(1).castTo(DataType.DOUBLE).toDoubleVector();

        XYChart chart = Style.xyChart(title, "x₁", "x₂");
        double[] tint = {0.86, 0.76, 0.64}; // share of white mixed in, per confidence level
        int cellPixels = (int) Math.ceil((Style.WIDTH - 90.0) / g) + 2;
        for (int c = 0; c < classes; c++) {
            for (int level = 0; level < tint.length; level++) {
                List<Double> cx = new ArrayList<>();
                List<Double> cy = new ArrayList<>();
                for (int k = 0; k < grid.length; k++) {
                    if (predicted[k] == c && confidenceLevel(confidence[k], classes) == level) {
                        cx.add(grid[k][0]);
                        cy.add(grid[k][1]);
                    }
                }
                if (cx.isEmpty()) {
                    continue;
                }
                XYSeries cells = chart.addSeries("region " + c + "." + level, cx, cy);
                cells.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                cells.setMarker(SeriesMarkers.SQUARE);
                cells.setMarkerColor(Painting.mix(Style.color(c), Color.WHITE, tint[level]));
                cells.setShowInLegend(false);
            }
        }
        chart.getStyler().setMarkerSize(cellPixels);
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0); // the shading fills the plot area edge to edge
        addPoints(chart, data);
        return Figure.of(chart);
    }

    /**
     * The confusion matrix of an evaluation, with its class names:
     * {@code ModelPlots.confusionMatrix(ClassificationReport.of(net, test))}.
     */
    public static Figure confusionMatrix(ClassificationReport report) {
        if (report == null) {
            throw new IllegalArgumentException("confusionMatrix expected a ClassificationReport but was"
                    + " given null; make one with ClassificationReport.of(net, testData)");
        }
        return confusionMatrix(report.confusionMatrix(), report.classNames());
    }

    /**
     * A confusion matrix: how many examples of each true class (rows) were predicted as each
     * class (columns), written in the cells; the shading shows each row's share, so rare classes
     * read as clearly as common ones. The title gives the accuracy.
     */
    public static Figure confusionMatrix(int[][] counts, List<String> classNames) {
        return confusionMatrix(null, counts, classNames);
    }

    /** The same with a title of your own (null for the default with the accuracy). */
    public static Figure confusionMatrix(String title, int[][] counts, List<String> classNames) {
        return ConfusionMatrixDrawing.figure(title, counts, classNames);
    }

    /**
     * Attention weights as a map: row t shows how much the output at position t draws on each
     * position (its row adds up to 1), with the tokens as labels.
     *
     * <pre>{@code
     * ModelPlots.attention("Head 0", block.weights()[0], tokens)   // tokens: one label per position
     * }</pre>
     */
    public static Figure attention(String title, double[][] weights, List<String> tokens) {
        return heatmap(title, weights, tokens, tokens, "position that looks (query)", "position looked at (key)");
    }

    /**
     * Learned vectors (one row per token, e.g. an embedding table) as points in a plane, coloured
     * by class: the two directions in which the vectors differ most (principal components), so
     * vectors that are alike land close together. The picture may come out mirrored on another
     * machine; distances stay the same.
     *
     * <pre>{@code
     * ModelPlots.embeddings("Word vectors", net.getLayer(0).getParam("W"), classes, List.of("noun", "verb", "full stop"))
     * }</pre>
     */
    public static Figure embeddings(String title, INDArray vectors, int[] classes, List<String> classNames) {
        if (vectors == null || vectors.rank() != 2 || vectors.rows() < 3 || vectors.columns() < 2) {
            throw new IllegalArgumentException("embeddings expected vectors as rows [tokens, size] with at least 3"
                    + " rows and 2 columns but was given " + (vectors == null ? "null" : "shape "
                    + Arrays.toString(vectors.shape())) + "; pass an embedding table, e.g."
                    + " net.getLayer(0).getParam(\"W\")");
        }
        INDArray centred = vectors.castTo(DataType.DOUBLE).dup();
        centred.subiRowVector(centred.mean(0));
        INDArray directions = PCA.pca_factor(centred.dup(), 2, false);   // [size, 2]
        return latentSpace(title, centred.mmul(directions), classes, classNames);
    }

    /**
     * Points of a two-dimensional latent space (or any 2-D embedding) coloured by class, with
     * a legend of class names; {@code classNames} may be null for "class 0", "class 1", ….
     */
    public static Figure latentSpace(String title, INDArray points, int[] classes,
                                     List<String> classNames) {
        if (points == null || points.rank() != 2 || points.size(1) != 2 || points.size(0) == 0) {
            throw new IllegalArgumentException("latentSpace expected points of shape [n, 2] but was given "
                    + (points == null ? "null" : Arrays.toString(points.shape())) + "; use an encoder"
                    + " with a two-dimensional code, or reduce the codes to two dimensions first");
        }
        if (classes == null || classes.length != points.size(0)) {
            throw new IllegalArgumentException("latentSpace expected one class per point ("
                    + points.size(0) + ") but was given " + (classes == null ? "null" : classes.length)
                    + "; pass the labels of the same examples");
        }
        int classCount = Arrays.stream(classes).max().orElse(0) + 1;
        for (int c : classes) {
            if (c < 0 || (classNames != null && c >= classNames.size())) {
                throw new IllegalArgumentException("latentSpace expected class numbers from 0 to "
                        + (classNames == null ? "any" : classNames.size() - 1) + " but was given " + c
                        + "; check that the class names match the labels");
            }
        }
        if (classNames != null) {
            classCount = classNames.size();
        }
        double[][] xy = points.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[] px = new double[xy.length];
        double[] py = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            px[i] = xy[i][0];
            py[i] = xy[i][1];
        }
        checkFinite("latentSpace", "points", px);
        checkFinite("latentSpace", "points", py);
        XYChart chart = Style.xyChart(title, "z₁", "z₂");
        boolean dense = xy.length > 500;
        Plots.addClassSeries(chart, px, py, classes, classCount, classNames, dense ? 0.6 : 0.85);
        chart.getStyler().setMarkerSize(dense ? 4 : 6);
        setRangeWithMargin(chart, px, true);
        setRangeWithMargin(chart, py, false);
        if (classCount > 3) {
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        } else {
            placeLegend(chart, List.of(px), List.of(py), false);
        }
        return Figure.of(chart);
    }

    /** The same with one-hot labels {@code [n, classes]}. */
    public static Figure latentSpace(String title, INDArray points, INDArray labels,
                                     List<String> classNames) {
        if (labels == null || labels.rank() != 2) {
            throw new IllegalArgumentException("latentSpace expected one-hot labels of shape [n, classes]"
                    + " but was given " + (labels == null ? "null" : Arrays.toString(labels.shape()))
                    + "; pass data.getLabels()");
        }
        return latentSpace(title, points, labels.argMax(1).toIntVector(), classNames);
    }

    /** The same with the labels and class names of the data set the points were made from. */
    public static Figure latentSpace(String title, INDArray points, DataSet data) {
        if (data == null || data.getLabels() == null) {
            throw new IllegalArgumentException("latentSpace expected the labelled data set the points"
                    + " were made from but was given " + (data == null ? "null" : "one without labels"));
        }
        List<String> names = data.getLabelNamesList();
        return latentSpace(title, points, data.getLabels(),
                names == null || names.isEmpty() ? null : names);
    }
}
