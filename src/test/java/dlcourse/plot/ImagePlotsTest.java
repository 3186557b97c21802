package dlcourse.plot;

import static dlcourse.plot.PlotTesting.assertInked;
import static dlcourse.plot.PlotTesting.count;
import static dlcourse.plot.PlotTesting.digits;
import static dlcourse.plot.PlotTesting.render;
import static dlcourse.plot.PlotTesting.svgTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class ImagePlotsTest {

    @Test
    void gridInfersTheSquareSizeAndDrawsEveryPixelAsABlock() throws Exception {
        // One 8×8 image, all black but its top-left pixel white: the tile is 56 px wide (7 px per
        // pixel), so the PNG at 2× shows exactly 14×14 white and 63×... black pixels inside it.
        float[] pixels = new float[64];
        pixels[0] = 1;
        Figure figure = ImagePlots.grid("One 8×8 image", new float[][] {pixels});
        PlotTesting.Rendered r = render(figure, "grid-one-image");
        int black = count(r.png(), Color.BLACK, 0);
        int expectedBlack = (56 * 56 - 7 * 7) * 4; // inside the 1 px border, give or take its width
        assertEquals(expectedBlack, black, 0.08 * expectedBlack, "black pixels of the image");
        assertTrue(svgTexts(r.svg()).contains("One 8×8 image"));
    }

    @Test
    void imageDrawsATwoDimensionalArrayLargeAndStretchesItsRange() throws Exception {
        double[][] edges = {{-2, 0, 2, 0}, {-2, 0, 2, 0}, {-2, 0, 2, 0}};   // 3 rows, 4 columns
        Figure figure = ImagePlots.image("Edges", edges);
        PlotTesting.Rendered r = render(figure, "image-edges");
        assertTrue(figure.width() >= 160, "drawn large: " + figure.width());
        assertTrue(count(r.png(), Color.BLACK, 0) > 0 && count(r.png(), Color.WHITE, 0) > 0,
                "-2 is black and 2 white");
        assertTrue(svgTexts(r.svg()).contains("Edges"));
        IllegalArgumentException ragged = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ImagePlots.image("x", new double[][] {{1, 2}, {3}}));
        assertTrue(ragged.getMessage().contains("row 1 has 1"), ragged.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.image("x", new double[0][]));
    }

    @Test
    void digitsGridChoosesColumnsAndShowsCaptions() throws Exception {
        INDArray images = digits(30, 28, 1);
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            captions.add("digit " + (i % 10));
        }
        Figure figure = ImagePlots.grid("Thirty digits", images, captions);
        PlotTesting.Rendered r = render(figure, "grid-digits");
        assertTrue(figure.width() <= TileGrid.MAX_WIDTH, "wraps to fit: " + figure.width());
        assertTrue(figure.height() > 3 * 56, "several rows: " + figure.height());
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("digit 7") && texts.contains("Thirty digits"), texts);
        assertTrue(count(r.png(), Color.WHITE, 0) > 0 && count(r.png(), Color.BLACK, 0) > 10000);
        assertEquals(30, r.svg().getElementsByTagName("image").getLength(), "one image per digit");
    }

    @Test
    void predictionsAreCaptionedAndWrongOnesAreRed() throws Exception {
        INDArray images = digits(12, 28, 2);
        int[] actual = new int[12];
        int[] predicted = new int[12];
        for (int i = 0; i < 12; i++) {
            actual[i] = i % 10;
            predicted[i] = i == 3 ? 5 : i % 10;
        }
        Figure figure = ImagePlots.predictions("Predictions", images, actual, predicted, null);
        PlotTesting.Rendered r = render(figure, "predictions-digits");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("true 3") && texts.contains("predicted 5"), texts);
        assertTrue(r.svgText().contains("fill:" + PlotTesting.svgColour(Painting.WRONG)),
                "the wrong caption in red");
        assertTrue(count(r.png(), Painting.WRONG, 30) > 20, "red caption pixels");

        Figure allRight = ImagePlots.predictions("All right", images, actual, actual, null);
        assertEquals(0, count(render(allRight, "predictions-all-right").png(), Painting.WRONG, 30));
    }

    @Test
    void predictionsOfANetworkUseTheDataSetsClassNames() throws Exception {
        MultiLayerNetwork net = PlotTesting.smallCnn();
        INDArray images = digits(16, 12, 3);
        INDArray labels = Nd4j.zeros(16, 10);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i % 10, 1);
        }
        DataSet data = new DataSet(images, labels);
        List<String> names = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
                "Shirt", "Sneaker", "Bag", "Ankle boot");
        data.setLabelNames(names);
        Figure figure = ImagePlots.predictions(net, data, 12);
        PlotTesting.Rendered r = render(figure, "predictions-fashion-names");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("true T-shirt/top") && texts.contains("true Ankle boot"), texts);
        assertTrue(texts.contains("Predictions: "), texts);
        assertEquals(12, r.svg().getElementsByTagName("image").getLength());
    }

    @Test
    void rowsPutReconstructionsUnderTheirOriginals() throws Exception {
        INDArray originals = digits(8, 28, 4);
        INDArray reconstructions = originals.mul(0.7).add(0.1);
        Figure figure = ImagePlots.rows("Autoencoder", List.of("original", "reconstruction"),
                originals, reconstructions);
        PlotTesting.Rendered r = render(figure, "rows-reconstructions");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("original") && texts.contains("reconstruction"), texts);
        assertEquals(16, r.svg().getElementsByTagName("image").getLength());
        assertTrue(figure.height() < 3 * 80, "two rows: " + figure.height());
    }

    @Test
    void generatorOutputsInMinusOneToOneAreStretched() throws Exception {
        INDArray samples = digits(10, 28, 5).mul(2).sub(1); // tanh range
        PlotTesting.Rendered r = render(ImagePlots.grid("GAN samples", samples), "grid-gan-samples");
        assertTrue(count(r.png(), Color.BLACK, 0) > 1000, "−1 drawn black");
        assertTrue(count(r.png(), Color.WHITE, 0) > 1000, "+1 drawn white");
    }

    @Test
    void nonSquareImagesWithAGivenSize() throws Exception {
        INDArray wide = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 6, 10 * 30);
        Figure figure = ImagePlots.grid("Spectrograms", wide, 10, 30, null);
        PlotTesting.Rendered r = render(figure, "grid-non-square");
        assertInked(r.png());
    }

    @Test
    void filtersShowPositiveWeightsRedAndNegativeBlue() throws Exception {
        MultiLayerNetwork net = PlotTesting.smallCnn();
        INDArray w = net.getLayer(0).getParam("W");
        w.get(NDArrayIndex.point(0)).assign(0.5);
        w.get(NDArrayIndex.point(1)).assign(-0.5);
        Figure figure = ImagePlots.filters(net, 0);
        PlotTesting.Rendered r = render(figure, "filters-first-layer");
        // Filter 0 is all the largest positive weight, filter 1 all the largest negative one.
        assertTrue(count(r.png(), Painting.WRONG, 2) > 1000, "a solid red filter");
        assertTrue(count(r.png(), Style.color(0), 2) > 1000, "a solid blue filter");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("6 of 5×5") && texts.contains("weight"), texts);
        assertTrue(texts.contains("0.50"), "the colour bar's end values: " + texts);
    }

    @Test
    void filtersOfADeeperLayerShowOneRowPerFilter() throws Exception {
        Figure figure = ImagePlots.filters(PlotTesting.smallCnn(), 2);
        PlotTesting.Rendered r = render(figure, "filters-second-conv-layer");
        assertEquals(4 * 6, r.svg().getElementsByTagName("image").getLength() - 1,
                "4 filters × 6 channels, plus the colour bar");
        assertTrue(svgTexts(r.svg()).contains("filter 3"));
    }

    @Test
    void featureMapsShowOneTilePerChannelNextToTheInput() throws Exception {
        MultiLayerNetwork net = PlotTesting.smallCnn();
        INDArray image = digits(1, 12, 6);
        Figure figure = ImagePlots.featureMaps(net, 0, image);
        PlotTesting.Rendered r = render(figure, "feature-maps");
        assertEquals(1 + 6 + 1, r.svg().getElementsByTagName("image").getLength(),
                "the input, 6 channels and the colour bar");
        String texts = svgTexts(r.svg());
        assertTrue(texts.contains("input") && texts.contains("6 channels of 8×8"),
                texts);
        assertFalse(figure.isChart());

        Figure pooled = ImagePlots.featureMaps(net, 1, image);
        assertTrue(svgTexts(render(pooled, "feature-maps-pooling").svg()).contains("4×4"));
    }
}
