package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlcourse.nets.Mlp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImagePlotsErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no images", () -> ImagePlots.grid("none", (INDArray) null), "given null", "data.getFeatures()"),
                wrong("images that are not square", () -> ImagePlots.grid("odd", Nd4j.rand(3, 300)), "300 pixels",
                        "not a square number", "ImagePlots.grid(title, images, 20, 30, null)"),
                wrong("given size that does not match", () -> ImagePlots.grid("odd", Nd4j.rand(3, 300), 10, 20, null),
                        "10×20 = 200", "each image has 300"),
                wrong("colour images", () -> ImagePlots.grid("rgb", Nd4j.rand(new int[] {2, 3, 8, 8})), "[2, 3, 8, 8]",
                        "for colour channels pick one"),
                wrong("captions of the wrong count",
                        () -> ImagePlots.grid("two", Nd4j.rand(2, 64), List.of("a", "b", "c")),
                        "one caption per image (2)", "given 3", "as many captions as images"),
                wrong("images of different sizes",
                        () -> ImagePlots.grid("ragged", new float[][] {new float[64], new float[49]}),
                        "image 0 has 64 and image 1 has 49"),
                wrong("too many images", () -> ImagePlots.grid("many", Nd4j.zeros(401, 4)), "at most 400", "given 401",
                        "NDArrayIndex.interval(0, 50)"),
                wrong("predictions of the wrong length",
                        () -> ImagePlots.predictions("p", Nd4j.rand(3, 64), new int[] {1, 2, 3},
                                new int[] {1, 2}, null),
                        "(3 images)", "3 true and 2 predicted", "as long as the number of images"),
                wrong("predicted class beyond the names",
                        () -> ImagePlots.predictions("p", Nd4j.rand(1, 64), new int[] {0}, new int[] {4},
                                List.of("cat", "dog")),
                        "from 0 to 1", "given 4", "names match the classes"),
                wrong("rows of different lengths",
                        () -> ImagePlots.rows("r", List.of("original", "reconstruction"), Nd4j.rand(5, 64),
                                Nd4j.rand(4, 64)),
                        "5 images of 8×8", "4 images of 8×8", "same examples from each"),
                wrong("rows without a label each",
                        () -> ImagePlots.rows("r", List.of("original"), Nd4j.rand(5, 64), Nd4j.rand(5, 64)),
                        "1 labels and 2 rows", "List.of(\"original\", \"reconstruction\")"),
                wrong("filters of a dense layer", () -> ImagePlots.filters(Mlp.classifier(4, 2, 8), 0),
                        "layer 0 (DenseLayer) is not one", "this network has no convolution layers"),
                wrong("filters of a pooling layer", () -> ImagePlots.filters(PlotTesting.smallCnn(), 1),
                        "layer 1 (SubsamplingLayer) is not one", "pick one of the convolution layers 0, 2"),
                wrong("filters of a layer that does not exist", () -> ImagePlots.filters(PlotTesting.smallCnn(), 7),
                        "from 0 to 3", "given 7", "0 ConvolutionLayer"),
                wrong("feature maps of the dense output layer",
                        () -> ImagePlots.featureMaps(PlotTesting.smallCnn(), 3, PlotTesting.digits(1, 12, 1)),
                        "layer 3 (OutputLayer)", "[1, 10]", "pick a convolution or subsampling layer"),
                wrong("feature maps of an image of the wrong size",
                        () -> ImagePlots.featureMaps(PlotTesting.smallCnn(), 0, PlotTesting.digits(1, 28, 1)),
                        "inputs of 144", "given 784", "data the network was built for"),
                wrong("feature maps of several images",
                        () -> ImagePlots.featureMaps(PlotTesting.smallCnn(), 0, PlotTesting.digits(3, 12, 1)),
                        "one image but was given 3", "getRow(0, true)"),
                wrong("predictions of a network for other data",
                        () -> ImagePlots.predictions(PlotTesting.smallCnn(),
                                new org.nd4j.linalg.dataset.DataSet(PlotTesting.digits(4, 28, 1), Nd4j.eye(4)), 4),
                        "inputs of 144", "given 784"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
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
    void figureTooTallToShow() {
        List<String> captions = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            captions.add("a caption far too long for a tile, number " + i);
        }
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> ImagePlots.grid("long", Nd4j.rand(400, 64), captions)),
                "These 400 images", "4000 at most", "show fewer images or shorter captions");
    }
}
