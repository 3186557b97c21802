package dlcourse.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.Convolution3D;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Pictures made of pixels: grids of images with captions (digits, reconstructions, generated
 * samples), a classifier's predictions, and what a convolution layer learned (its filters) and
 * sees (its feature maps). Images are flat grayscale rows {@code [n, height*width]} with values
 * from 0 (black) to 1 (white); square sizes are inferred (64 → 8×8, 784 → 28×28).
 *
 * <pre>{@code
 * ImagePlots.grid("Digits", digits.getFeatures().getRows(0, 1, 2, 3));
 * ImagePlots.predictions(net, test, 20);                          // red captions where wrong
 * ImagePlots.rows("Autoencoder", List.of("original", "reconstruction"), x, net.output(x));
 * ImagePlots.filters(cnn, 0);
 * ImagePlots.featureMaps(cnn, 0, test.getFeatures().getRow(0, true));
 * }</pre>
 *
 * When some values lie outside [0, 1] (a generator's tanh outputs in [−1, 1], standardised
 * pixels), the whole figure is stretched from its smallest value (black) to its largest (white).
 */
public final class ImagePlots {

    /** The most images one figure shows; more would be too small to read. */
    public static final int MAX_IMAGES = 400;

    /** The most images in one labelled row of {@link #rows}. */
    public static final int MAX_PER_ROW = 20;

    /** The most filters or channels drawn for one layer. */
    public static final int MAX_CHANNELS = 64;

    /** The size in pixels of the longer side of an image drawn by {@link #image}. */
    private static final int IMAGE_SIZE = 168;

    private ImagePlots() {
    }

    /** Images in a grid, columns chosen to fit; {@code images} is {@code [n, height*width]}. */
    public static Figure grid(String title, INDArray images) {
        return grid(title, images, null);
    }

    /** The same, with one caption per image under it (a {@code \n} starts a second line). */
    public static Figure grid(String title, INDArray images, List<String> captions) {
        Images im = Images.of("grid", images, 0, 0);
        return gridOf(title, im, captions);
    }

    /** Images of a size that is not square: {@code height × width} pixels each. */
    public static Figure grid(String title, INDArray images, int height, int width,
                              List<String> captions) {
        return gridOf(title, Images.of("grid", images, height, width), captions);
    }

    /** Images given as plain arrays, one flat image per row. */
    public static Figure grid(String title, float[][] images) {
        return grid(title, images, null);
    }

    /** Plain-array images with captions. */
    public static Figure grid(String title, float[][] images, List<String> captions) {
        return gridOf(title, Images.of("grid", images), captions);
    }

    /**
     * One image given as a 2-D array {@code pixels[row][column]}, e.g. the output of
     * {@link dlcourse.scratch.ScratchConvolution#apply}. Values outside [0, 1] are stretched from
     * the smallest (black) to the largest (white).
     */
    public static Figure image(String title, double[][] pixels) {
        if (pixels == null || pixels.length == 0 || pixels[0] == null || pixels[0].length == 0) {
            throw new IllegalArgumentException("image expected pixels as double[rows][columns] but was given "
                    + (pixels == null ? "null" : "an empty array") + "; e.g. row.reshape(28, 28).toDoubleMatrix()");
        }
        int h = pixels.length;
        int w = pixels[0].length;
        double[] flat = new double[h * w];
        for (int r = 0; r < h; r++) {
            if (pixels[r] == null || pixels[r].length != w) {
                throw new IllegalArgumentException("image expected every row to have " + w + " pixels (as"
                        + " row 0 has) but row " + r + " has " + (pixels[r] == null ? "none (null)"
                        : pixels[r].length) + "; make the array rectangular");
            }
            System.arraycopy(pixels[r], 0, flat, r * w, w);
        }
        Images im = Images.check("image", new double[][] {flat}, h, w);
        return new TileGrid(title, im.tiles(null, null, Images.range(List.of(im))), Painting::gray, null, 1,
                IMAGE_SIZE).figure();
    }

    /**
     * Images captioned with their true and predicted classes ("true 3", "predicted 5"), in red
     * where the prediction is wrong. {@code classNames} may be null to show class numbers.
     */
    public static Figure predictions(String title, INDArray images, int[] actual, int[] predicted,
                                     List<String> classNames) {
        Images im = Images.of("predictions", images, 0, 0);
        if (actual == null || predicted == null || actual.length != im.count()
                || predicted.length != im.count()) {
            throw new IllegalArgumentException("predictions expected one true and one predicted class"
                    + " per image (" + im.count() + " images) but was given "
                    + length(actual) + " true and " + length(predicted) + " predicted classes;"
                    + " pass arrays as long as the number of images");
        }
        List<String> captions = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < im.count(); i++) {
            captions.add("true " + className("predictions", actual[i], classNames) + "\npredicted "
                    + className("predictions", predicted[i], classNames));
            colours.add(actual[i] == predicted[i] ? Style.INK : Painting.WRONG);
        }
        return im.grid(title, captions, colours);
    }

    /**
     * The first {@code count} examples of {@code data} with the network's predictions; class
     * names come from the data set when it has them.
     */
    public static Figure predictions(MultiLayerNetwork net, DataSet data, int count) {
        NetworkChecks.checkNetwork("predictions", net);
        if (data == null || data.getFeatures() == null || data.numExamples() == 0) {
            throw new IllegalArgumentException("predictions expected a data set with examples but was"
                    + " given " + (data == null ? "null" : "an empty one"));
        }
        if (count < 1 || count > MAX_IMAGES) {
            throw new IllegalArgumentException("predictions expected a count from 1 to " + MAX_IMAGES
                    + " but was given " + count + "; 20 to 50 images read well");
        }
        int n = Math.min(count, data.numExamples());
        INDArray x = data.getFeatures().get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
        NetworkChecks.checkInputSize("predictions", net, x.size(1));
        INDArray output;
        try {
            output = net.output(x);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("predictions could not run the network on the data: "
                    + e.getMessage() + "; check that the data fit the network's inputs", e);
        }
        if (data.getLabels() == null || output.size(1) != data.getLabels().size(1)) {
            throw new IllegalArgumentException("predictions expected one-hot labels with one column per"
                    + " network output (" + output.size(1) + ") but the data set has "
                    + (data.getLabels() == null ? "none" : data.getLabels().size(1) + " columns")
                    + "; use a data set of the kind the network was trained on");
        }
        int[] actual = data.getLabels().get(NDArrayIndex.interval(0, n), NDArrayIndex.all())
                .argMax(1).toIntVector();
        int[] predicted = output.argMax(1).toIntVector();
        long wrong = java.util.stream.IntStream.range(0, n).filter(i -> actual[i] != predicted[i])
                .count();
        String title = "Predictions: " + (n - wrong) + " of " + n + " right";
        List<String> names = data.getLabelNamesList();
        return predictions(title, x, actual, predicted,
                names == null || names.isEmpty() ? null : names);
    }

    /**
     * Rows of images with a label on the left of each, e.g. originals above their
     * reconstructions; every row holds the same number of images of the same size.
     */
    public static Figure rows(String title, List<String> rowLabels, INDArray... rows) {
        if (rows == null || rows.length == 0 || rowLabels == null || rowLabels.size() != rows.length) {
            throw new IllegalArgumentException("rows expected one label per row of images but was given "
                    + (rowLabels == null ? "no labels" : rowLabels.size() + " labels") + " and "
                    + (rows == null ? 0 : rows.length) + " rows; e.g. rows(\"Autoencoder\","
                    + " List.of(\"original\", \"reconstruction\"), x, xHat)");
        }
        List<Images> all = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            Images im = Images.of("rows", rows[r], 0, 0);
            if (r > 0 && (im.count() != all.get(0).count() || im.size() != all.get(0).size())) {
                throw new IllegalArgumentException("rows expected every row to hold the same number of"
                        + " images of the same size but row 0 has " + all.get(0).describe()
                        + " and row " + r + " has " + im.describe() + "; take the same examples from each");
            }
            all.add(im);
        }
        if (all.get(0).count() > MAX_PER_ROW) {
            throw new IllegalArgumentException("rows expected at most " + MAX_PER_ROW + " images per row"
                    + " but was given " + all.get(0).count() + "; take the first few, e.g. "
                    + "x.get(NDArrayIndex.interval(0, 10), NDArrayIndex.all())");
        }
        List<TileGrid.Tile> tiles = new ArrayList<>();
        double[] range = Images.range(all);
        for (Images im : all) {
            tiles.addAll(im.tiles(null, null, range));
        }
        return new TileGrid(title, tiles, Painting::gray, rowLabels, all.get(0).count(), 56).figure();
    }

    /**
     * The filters a convolution layer learned, one small tile per filter (and per input channel
     * when there are several): blue negative, white zero, red positive weights.
     */
    public static Figure filters(MultiLayerNetwork net, int layerIndex) {
        NetworkChecks.checkLayerIndex("filters", net, layerIndex);
        checkConvolution("filters", net, layerIndex);
        INDArray w = net.getLayer(layerIndex).getParam("W");
        if (w == null || w.rank() != 4) {
            throw new IllegalArgumentException("filters expected weights of shape [filters, channels,"
                    + " height, width] in " + NetworkChecks.describe(net, layerIndex) + " but found "
                    + (w == null ? "none" : Arrays.toString(w.shape())));
        }
        int out = (int) w.size(0);
        int in = (int) w.size(1);
        int kh = (int) w.size(2);
        int kw = (int) w.size(3);
        int shownOut = Math.min(out, in == 1 ? MAX_CHANNELS : 16);
        int shownIn = Math.min(in, 16);
        double[] all = w.castTo(DataType.DOUBLE).dup().data().asDouble();
        double max = Arrays.stream(all).map(Math::abs).max().orElse(0);
        double scale = max > 0 ? max : 1;
        List<TileGrid.Tile> tiles = new ArrayList<>();
        for (int o = 0; o < shownOut; o++) {
            for (int i = 0; i < shownIn; i++) {
                double[] values = new double[kh * kw];
                int offset = ((o * in) + i) * kh * kw;
                for (int k = 0; k < values.length; k++) {
                    values[k] = all[offset + k] / scale;
                }
                tiles.add(new TileGrid.Tile(values, kh, kw, List.of(), Style.INK));
            }
        }
        String title = "Filters of " + NetworkChecks.describe(net, layerIndex) + ": " + out
                + " of " + kh + "×" + kw + (in == 1 ? "" : ", each over " + in + " input channels")
                + (shownOut < out || shownIn < in ? " (first " + shownOut + (in == 1 ? "" : " × "
                + shownIn) + " shown)" : "");
        List<String> rowLabels = null;
        if (in > 1) {
            rowLabels = new ArrayList<>();
            for (int o = 0; o < shownOut; o++) {
                rowLabels.add("filter " + o);
            }
        }
        return new TileGrid(title, tiles, Painting::diverging, rowLabels, in > 1 ? shownIn : 0,
                Math.max(32, Math.min(48, 8 * Math.max(kh, kw))))
                .colourBar("weight", -1, 1, -scale, scale).figure();
    }

    /**
     * What layer {@code layerIndex} computes for one input image: one grayscale tile per channel
     * (black is the layer's smallest activation, white its largest), next to the input.
     */
    public static Figure featureMaps(MultiLayerNetwork net, int layerIndex, INDArray image) {
        NetworkChecks.checkLayerIndex("featureMaps", net, layerIndex);
        Images input = Images.of("featureMaps", image, 0, 0);
        if (input.count() != 1) {
            throw new IllegalArgumentException("featureMaps expected one image but was given "
                    + input.count() + "; pick one, e.g. test.getFeatures().getRow(0, true)");
        }
        NetworkChecks.checkInputSize("featureMaps", net, input.size());
        INDArray activations;
        try {
            INDArray row = image.reshape(1, input.size()).castTo(net.params().dataType());
            activations = net.feedForwardToLayer(layerIndex, row).get(layerIndex + 1);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("featureMaps could not run the network on the image: "
                    + e.getMessage() + "; check that the image fits the network's inputs", e);
        }
        if (activations.rank() != 4) {
            throw new IllegalArgumentException("featureMaps expected " + NetworkChecks.describe(net,
                    layerIndex) + " to give feature maps of shape [1, channels, height, width] but it"
                    + " gives " + Arrays.toString(activations.shape()) + "; pick a convolution or"
                    + " subsampling layer from " + NetworkChecks.layerNames(net));
        }
        int channels = (int) activations.size(1);
        int h = (int) activations.size(2);
        int w = (int) activations.size(3);
        int shown = Math.min(channels, MAX_CHANNELS);
        double[] all = activations.castTo(DataType.DOUBLE).dup().data().asDouble();
        double min = Arrays.stream(all).min().orElse(0);
        double max = Arrays.stream(all).max().orElse(1);
        double span = max > min ? max - min : 1;
        List<TileGrid.Tile> tiles = new ArrayList<>();
        for (int c = 0; c < shown; c++) {
            double[] values = new double[h * w];
            for (int k = 0; k < values.length; k++) {
                values[k] = (all[c * h * w + k] - min) / span;
            }
            tiles.add(new TileGrid.Tile(values, h, w, List.of(), Style.INK));
        }
        String title = "Feature maps of " + NetworkChecks.describe(net, layerIndex) + ": "
                + channels + " channels of " + h + "×" + w + (shown < channels ? " (first " + shown
                + " shown)" : "");
        Figure maps = new TileGrid(null, tiles, Painting::gray, null, 0, 48)
                .colourBar("activation", 0, 1, min, max).figure();
        Figure source = new TileGrid(null, input.tiles(List.of("input"), null,
                Images.range(List.of(input))), Painting::gray, null, 1, 72).figure();
        return Figure.row(title, source, maps);
    }

    private static void checkConvolution(String call, MultiLayerNetwork net, int layerIndex) {
        Object conf = NetworkChecks.layerConf(net, layerIndex);
        boolean plain = conf instanceof ConvolutionLayer && !(conf instanceof Deconvolution2D
                || conf instanceof DepthwiseConvolution2D || conf instanceof SeparableConvolution2D
                || conf instanceof Convolution3D);
        if (!plain) {
            StringBuilder convolutions = new StringBuilder();
            for (int i = 0; i < net.getnLayers(); i++) {
                if (NetworkChecks.layerConf(net, i) instanceof ConvolutionLayer) {
                    convolutions.append(convolutions.length() == 0 ? "" : ", ").append(i);
                }
            }
            throw new IllegalArgumentException(call + " expected a convolution layer but "
                    + NetworkChecks.describe(net, layerIndex) + " is not one; "
                    + (convolutions.length() == 0 ? "this network has no convolution layers"
                    : "pick one of the convolution layers " + convolutions) + " (layers: "
                    + NetworkChecks.layerNames(net) + ")");
        }
    }

    private static Figure gridOf(String title, Images images, List<String> captions) {
        if (captions != null && captions.size() != images.count()) {
            throw new IllegalArgumentException("grid expected one caption per image (" + images.count()
                    + ") but was given " + captions.size() + "; pass as many captions as images, or"
                    + " null for none");
        }
        return images.grid(title, captions, null);
    }

    private static String className(String call, int c, List<String> names) {
        if (names == null) {
            return Integer.toString(c);
        }
        if (c < 0 || c >= names.size()) {
            throw new IllegalArgumentException(call + " expected class numbers from 0 to "
                    + (names.size() - 1) + " for the " + names.size() + " class names but was given "
                    + c + "; check that the names match the classes");
        }
        return names.get(c);
    }

    private static String length(int[] a) {
        return a == null ? "null" : Integer.toString(a.length);
    }

    /** Validated flat images: {@code count} rows of {@code height × width} values. */
    private record Images(double[][] rows, int height, int width) {

        int count() {
            return rows.length;
        }

        int size() {
            return height * width;
        }

        String describe() {
            return count() + " images of " + height + "×" + width;
        }

        static Images of(String call, INDArray images, int height, int width) {
            if (images == null || images.isEmpty()) {
                throw new IllegalArgumentException(call + " expected images [n, height*width] but was"
                        + " given " + (images == null ? "null" : "an empty array") + "; e.g. pass"
                        + " data.getFeatures()");
            }
            long[] shape = images.shape();
            INDArray flat;
            if (images.rank() == 1) {
                flat = images.reshape(1, shape[0]);
            } else if (images.rank() == 2) {
                flat = images;
            } else if (images.rank() == 3 || (images.rank() == 4 && shape[1] == 1)) {
                int h = (int) shape[images.rank() - 2];
                int w = (int) shape[images.rank() - 1];
                if (height == 0 && width == 0) {
                    height = h;
                    width = w;
                }
                flat = images.reshape(shape[0], (long) h * w);
            } else {
                throw new IllegalArgumentException(call + " expected grayscale images, flat [n,"
                        + " height*width] or [n, 1, height, width], but was given shape "
                        + Arrays.toString(shape) + "; for colour channels pick one, e.g."
                        + " images.get(NDArrayIndex.all(), NDArrayIndex.point(0))");
            }
            double[][] rows = flat.castTo(DataType.DOUBLE).toDoubleMatrix();
            return check(call, rows, height, width);
        }

        static Images of(String call, float[][] images) {
            if (images == null || images.length == 0) {
                throw new IllegalArgumentException(call + " expected images, one flat image per row, but"
                        + " was given " + (images == null ? "null" : "none"));
            }
            double[][] rows = new double[images.length][];
            for (int i = 0; i < images.length; i++) {
                if (images[i] == null || images[i].length != images[0].length) {
                    throw new IllegalArgumentException(call + " expected every image to have the same"
                            + " number of pixels but image 0 has " + images[0].length + " and image " + i
                            + " has " + (images[i] == null ? "none" : images[i].length));
                }
                rows[i] = new double[images[i].length];
                for (int k = 0; k < rows[i].length; k++) {
                    rows[i][k] = images[i][k];
                }
            }
            return check(call, rows, 0, 0);
        }

        private static Images check(String call, double[][] rows, int height, int width) {
            int pixels = rows[0].length;
            if (rows.length > MAX_IMAGES) {
                throw new IllegalArgumentException(call + " expected at most " + MAX_IMAGES + " images"
                        + " but was given " + rows.length + "; show the first few, e.g."
                        + " images.get(NDArrayIndex.interval(0, 50), NDArrayIndex.all())");
            }
            if (height == 0 && width == 0) {
                int side = (int) Math.round(Math.sqrt(pixels));
                if (side * side != pixels || pixels == 0) {
                    throw new IllegalArgumentException(call + " could not tell the image size: "
                            + pixels + " pixels per image is not a square number; give the height"
                            + " and width, e.g. ImagePlots.grid(title, images, 20, 30, null)");
                }
                height = side;
                width = side;
            } else if (height < 1 || width < 1 || (long) height * width != pixels) {
                throw new IllegalArgumentException(call + " expected images of " + height + "×" + width
                        + " = " + ((long) height * width) + " pixels but each image has " + pixels
                        + "; give the height and width the images were made with");
            }
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0; k < pixels; k++) {
                    if (!Double.isFinite(rows[i][k])) {
                        throw new IllegalArgumentException(call + " expected finite pixel values but"
                                + " image " + i + " has " + rows[i][k] + " at pixel " + k
                                + "; check what produced the images (a network that diverged?)");
                    }
                }
            }
            return new Images(rows, height, width);
        }

        /** The values drawn black and white: 0 and 1, or the data's extremes if they go beyond. */
        static double[] range(List<Images> all) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (Images im : all) {
                for (double[] row : im.rows) {
                    for (double v : row) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (lo >= 0 && hi <= 1) {
                return new double[] {0, 1};
            }
            return new double[] {lo, hi > lo ? hi : lo + 1};
        }

        List<TileGrid.Tile> tiles(List<String> captions, List<Color> colours, double[] range) {
            List<TileGrid.Tile> tiles = new ArrayList<>();
            for (int i = 0; i < count(); i++) {
                double[] values = new double[size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = (rows[i][k] - range[0]) / (range[1] - range[0]);
                }
                List<String> caption = captions == null || captions.get(i) == null ? List.of()
                        : List.of(captions.get(i).split("\n"));
                tiles.add(new TileGrid.Tile(values, height, width, caption,
                        colours == null ? Style.INK : colours.get(i)));
            }
            return tiles;
        }

        Figure grid(String title, List<String> captions, List<Color> colours) {
            return new TileGrid(title, tiles(captions, colours, range(List.of(this))), Painting::gray,
                    null, 0, 56).figure();
        }
    }
}
