package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanErrorsTest {

    private static void fails(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    private final Gan gan = Gan.dense(2, 3, 4);

    @Test
    void noNoise() {
        fails(() -> Gan.dense(0, 2, 8), "noise size of 1 or more", "given 0", ".noiseSize(2)");
    }

    @Test
    void labelSmoothingOutsideItsRange() {
        fails(() -> Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(0.5).build(), "given 0.5", "0.1");
        fails(() -> Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(-0.1).build(), "given -0.1");
    }

    @Test
    void noGeneratorSteps() {
        fails(() -> Gan.builder().noiseSize(2).dataSize(2).generatorSteps(0).build(), "given 0", ".generatorSteps(5)");
    }

    @Test
    void noData() {
        fails(() -> Gan.dense(2, 0, 8), "data size of 1 or more", "given 0", ".dataSize(2)");
    }

    @Test
    void emptyHiddenLayer() {
        fails(() -> Gan.builder().noiseSize(2).dataSize(2).discriminatorHidden(8, 0).build(),
                "discriminator hidden layer sizes", "given [8, 0]", ".discriminatorHidden(32, 32)");
    }

    @Test
    void unsupportedOutputActivation() {
        fails(() -> Gan.builder().noiseSize(2).dataSize(2).outputActivation(Activation.SOFTMAX).build(),
                "Activation.IDENTITY", "Activation.SIGMOID", "given SOFTMAX");
    }

    @Test
    void negativeLearningRate() {
        fails(() -> Gan.builder().noiseSize(2).dataSize(2).generatorLearningRate(-1).build(),
                "Gan generator", "given -1.0", "0.0001 to 0.01");
    }

    @Test
    void realExamplesOfTheWrongWidth() {
        fails(() -> gan.train(Nd4j.rand(10, 2), 1, 4), "3 columns", "given 2",
                "pass data of that width or build a network for 2");
    }

    @Test
    void realExamplesWithInfinity() {
        INDArray real = Nd4j.rand(10, 3);
        real.putScalar(0, 0, Double.POSITIVE_INFINITY);
        fails(() -> gan.train(real, 1, 4), "NaN or infinite", "remove or fill");
    }

    @Test
    void pixelsOutsideTheUnitIntervalForASigmoidGenerator() {
        Gan pixels = Gan.builder().noiseSize(2).dataSize(3).outputActivation(Activation.SIGMOID).build();
        fails(() -> pixels.train(Nd4j.rand(10, 3).mul(255), 1, 4), "values from 0 to 1",
                ".outputActivation(Activation.IDENTITY)");
    }

    @Test
    void noEpochs() {
        fails(() -> gan.train(Nd4j.rand(10, 3), 0, 4), "epochs of 1 or more", "given 0", "try 100");
    }

    @Test
    void noBatchSize() {
        fails(() -> gan.train(Nd4j.rand(10, 3), 1, -5), "batch size of 1 or more", "given -5", "64");
    }

    @Test
    void sampleNothing() {
        fails(() -> gan.sample(0, 1), "number of examples of 1 or more", "given 0", "sample(500, 42)");
    }

    @Test
    void energyDistanceBetweenSamplesOfDifferentWidths() {
        fails(() -> Gan.energyDistance(Nd4j.rand(5, 2), Nd4j.rand(5, 3)), "the second sample with 2 columns",
                "given 3");
    }

    @Test
    void energyDistanceOfNothing() {
        fails(() -> Gan.energyDistance(null, Nd4j.rand(5, 3)), "the first sample", "given null");
    }

    @Test
    void noAfterEpochCode() {
        fails(() -> gan.train(Nd4j.rand(10, 3), 1, 4, null), "code to run after every epoch", "given null",
                "(epoch, gan) ->");
    }

    @Test
    void modeCountsWithCentresOfAnotherWidth() {
        fails(() -> Gan.modeCounts(Nd4j.rand(10, 2), Nd4j.rand(4, 3), 0.5), "the samples with 3 columns",
                "given 2");
    }

    @Test
    void modeCountsWithoutARadius() {
        fails(() -> Gan.modeCounts(Nd4j.rand(10, 2), Nd4j.rand(4, 2), 0), "radius above 0", "given 0.0");
        fails(() -> Gan.modesCovered(Nd4j.rand(10, 2), null, 0.5), "the centres of the modes", "null");
    }
}
