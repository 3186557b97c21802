package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlcourse.nets.Mlp;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImagePlotsErrorsTest {

    @Test
    void noImages() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("none", (INDArray) null)), "given null", "data.getFeatures()");
    }

    @Test
    void imagesThatAreNotSquare() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("odd", Nd4j.rand(3, 300))),
                "300 pixels", "not a square number", "ImagePlots.grid(title, images, 20, 30, null)");
    }

    @Test
    void givenSizeThatDoesNotMatch() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("odd", Nd4j.rand(3, 300), 10, 20, null)),
                "10×20 = 200", "each image has 300");
    }

    @Test
    void colourImages() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("rgb", Nd4j.rand(new int[] {2, 3, 8, 8}))),
                "[2, 3, 8, 8]", "for colour channels pick one");
    }

    @Test
    void captionsOfTheWrongCount() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("two", Nd4j.rand(2, 64), List.of("a", "b", "c"))),
                "one caption per image (2)", "given 3", "as many captions as images");
    }

    @Test
    void imageWithNaN() {
        float[] pixels = new float[64];
        pixels[10] = Float.NaN;
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("nan", new float[][] {pixels})),
                "image 0 has NaN at pixel 10", "a network that diverged");
    }

    @Test
    void imagesOfDifferentSizes() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("ragged", new float[][] {new float[64], new float[49]})),
                "image 0 has 64 and image 1 has 49");
    }

    @Test
    void tooManyImages() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("many", Nd4j.zeros(401, 4))),
                "at most 400", "given 401", "NDArrayIndex.interval(0, 50)");
    }

    @Test
    void figureTooTallToShow() {
        List<String> captions = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            captions.add("a caption far too long for a tile, number " + i);
        }
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("long", Nd4j.rand(400, 64), captions)),
                "These 400 images", "4000 at most", "show fewer images or shorter captions");
    }

    @Test
    void predictionsOfTheWrongLength() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.predictions("p", Nd4j.rand(3, 64), new int[] {1, 2, 3},
                        new int[] {1, 2}, null)),
                "(3 images)", "3 true and 2 predicted", "as long as the number of images");
    }

    @Test
    void predictedClassBeyondTheNames() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.predictions("p", Nd4j.rand(1, 64), new int[] {0}, new int[] {4},
                        List.of("cat", "dog"))),
                "from 0 to 1", "given 4", "names match the classes");
    }

    @Test
    void rowsOfDifferentLengths() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.rows("r", List.of("original", "reconstruction"), Nd4j.rand(5, 64),
                        Nd4j.rand(4, 64))),
                "5 images of 8×8", "4 images of 8×8", "same examples from each");
    }

    @Test
    void rowsWithoutALabelEach() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.rows("r", List.of("original"), Nd4j.rand(5, 64), Nd4j.rand(5, 64))),
                "1 labels and 2 rows", "List.of(\"original\", \"reconstruction\")");
    }

    @Test
    void filtersOfADenseLayer() {
        MultiLayerNetwork mlp = Mlp.classifier(4, 2, 8);
        assertMessage(assertThrows(IllegalArgumentException.class, () -> ImagePlots.filters(mlp, 0)),
                "layer 0 (DenseLayer) is not one", "this network has no convolution layers");
    }

    @Test
    void filtersOfAPoolingLayer() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.filters(PlotTesting.smallCnn(), 1)),
                "layer 1 (SubsamplingLayer) is not one", "pick one of the convolution layers 0, 2");
    }

    @Test
    void filtersOfALayerThatDoesNotExist() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.filters(PlotTesting.smallCnn(), 7)),
                "from 0 to 3", "given 7", "0 ConvolutionLayer");
    }

    @Test
    void featureMapsOfTheDenseOutputLayer() {
        MultiLayerNetwork cnn = PlotTesting.smallCnn();
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.featureMaps(cnn, 3, PlotTesting.digits(1, 12, 1))),
                "layer 3 (OutputLayer)", "[1, 10]", "pick a convolution or subsampling layer");
    }

    @Test
    void featureMapsOfAnImageOfTheWrongSize() {
        MultiLayerNetwork cnn = PlotTesting.smallCnn();
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.featureMaps(cnn, 0, PlotTesting.digits(1, 28, 1))),
                "inputs of 144", "given 784", "data the network was built for");
    }

    @Test
    void featureMapsOfSeveralImages() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.featureMaps(PlotTesting.smallCnn(), 0, PlotTesting.digits(3, 12, 1))),
                "one image but was given 3", "getRow(0, true)");
    }

    @Test
    void predictionsOfANetworkForOtherData() {
        org.nd4j.linalg.dataset.DataSet data = new org.nd4j.linalg.dataset.DataSet(
                PlotTesting.digits(4, 28, 1), Nd4j.eye(4));
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.predictions(PlotTesting.smallCnn(), data, 4)),
                "inputs of 144", "given 784");
    }
}
