package dlcourse.nets;

import static dlcourse.Messages.assertMessage;

import dlcourse.evaluate.GenerativeMetrics;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanErrorsTest {

    private final Gan gan = Gan.dense(2, 3, 4);

    @Test
    void noNoise() {
        assertMessage(() -> Gan.dense(0, 2, 8), "noise size of 1 or more", "given 0", ".noiseSize(2)");
    }

    @Test
    void labelSmoothingOutsideItsRange() {
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(0.5).build(), "given 0.5", "0.1");
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(-0.1).build(), "given -0.1");
    }

    @Test
    void noGeneratorSteps() {
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).generatorSteps(0).build(), "given 0", ".generatorSteps(5)");
    }

    @Test
    void noData() {
        assertMessage(() -> Gan.dense(2, 0, 8), "data size of 1 or more", "given 0", ".dataSize(2)");
    }

    @Test
    void emptyHiddenLayer() {
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).discriminatorHidden(8, 0).build(),
                "discriminator hidden layer sizes", "given [8, 0]", ".discriminatorHidden(32, 32)");
    }

    @Test
    void unsupportedOutputActivation() {
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).outputActivation(Activation.SOFTMAX).build(),
                "Activation.IDENTITY", "Activation.SIGMOID", "given SOFTMAX");
    }

    @Test
    void negativeLearningRate() {
        assertMessage(() -> Gan.builder().noiseSize(2).dataSize(2).generatorLearningRate(-1).build(),
                "Gan generator", "given -1.0", "0.0001 to 0.01");
    }

    @Test
    void realExamplesOfTheWrongWidth() {
        assertMessage(() -> gan.train(Nd4j.rand(10, 2), 1, 4), "3 columns", "given 2",
                "pass data of that width or build a network for 2");
    }

    @Test
    void realExamplesWithInfinity() {
        INDArray real = Nd4j.rand(10, 3);
        real.putScalar(0, 0, Double.POSITIVE_INFINITY);
        assertMessage(() -> gan.train(real, 1, 4), "NaN or infinite", "remove or fill");
    }

    @Test
    void pixelsOutsideTheUnitIntervalForASigmoidGenerator() {
        Gan pixels = Gan.builder().noiseSize(2).dataSize(3).outputActivation(Activation.SIGMOID).build();
        assertMessage(() -> pixels.train(Nd4j.rand(10, 3).mul(255), 1, 4), "values from 0 to 1",
                ".outputActivation(Activation.IDENTITY)");
    }

    @Test
    void noEpochs() {
        assertMessage(() -> gan.train(Nd4j.rand(10, 3), 0, 4), "epochs of 1 or more", "given 0", "try 100");
    }

    @Test
    void noBatchSize() {
        assertMessage(() -> gan.train(Nd4j.rand(10, 3), 1, -5), "batch size of 1 or more", "given -5", "64");
    }

    @Test
    void sampleNothing() {
        assertMessage(() -> gan.sample(0, 1), "number of examples of 1 or more", "given 0", "sample(500, 42)");
    }

    @Test
    void energyDistanceBetweenSamplesOfDifferentWidths() {
        assertMessage(() -> GenerativeMetrics.energyDistance(Nd4j.rand(5, 2), Nd4j.rand(5, 3)), "the second sample with 2 columns",
                "given 3");
    }

    @Test
    void energyDistanceOfNothing() {
        assertMessage(() -> GenerativeMetrics.energyDistance(null, Nd4j.rand(5, 3)), "the first sample", "given null");
    }

    @Test
    void noAfterEpochCode() {
        assertMessage(() -> gan.train(Nd4j.rand(10, 3), 1, 4, null), "code to run after every epoch", "given null",
                "(epoch, gan) ->");
    }

    @Test
    void modeCountsWithCentresOfAnotherWidth() {
        assertMessage(() -> GenerativeMetrics.modeCounts(Nd4j.rand(10, 2), Nd4j.rand(4, 3), 0.5), "the samples with 3 columns",
                "given 2");
    }

    @Test
    void modeCountsWithoutARadius() {
        assertMessage(() -> GenerativeMetrics.modeCounts(Nd4j.rand(10, 2), Nd4j.rand(4, 2), 0), "radius above 0", "given 0.0");
        assertMessage(() -> GenerativeMetrics.modesCovered(Nd4j.rand(10, 2), null, 0.5), "the centres of the modes", "null");
    }
}
