package dlcourse.nets;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

class VaeErrorsTest {

    private final Vae vae = Vae.dense(4, 2, 3);

    @Test
    void noInputs() {
        assertMessage(() -> Vae.dense(0, 2, 16), "inputs of 1 or more", "given 0", ".inputs(64)");
    }

    @Test
    void noLatentSpace() {
        assertMessage(() -> Vae.dense(64, 0, 16), "latent size of 1 or more", "given 0", ".latent(2)");
    }

    @Test
    void noHiddenLayer() {
        assertMessage(() -> Vae.dense(64, 2), "at least one hidden layer", "given none", ".hidden(64)");
    }

    @Test
    void emptyHiddenLayer() {
        assertMessage(() -> Vae.dense(64, 2, 0), "given [0]", "remove or enlarge");
    }

    @Test
    void unsupportedOutputActivation() {
        assertMessage(() -> Vae.builder().inputs(4).latent(2).outputActivation(Activation.TANH).build(),
                "Activation.SIGMOID", "Activation.IDENTITY", "given TANH");
    }

    @Test
    void learningRateNaN() {
        assertMessage(() -> Vae.builder().inputs(4).latent(2).learningRate(Double.NaN).build(), "given NaN",
                "0.0001 to 0.01");
    }

    @Test
    void pixelsOutsideTheUnitInterval() {
        assertMessage(() -> vae.train(Nd4j.rand(10, 4).mul(255), 1, 4), "values from 0 to 1", "pixels / 255",
                ".outputActivation(Activation.IDENTITY)");
    }

    @Test
    void featuresOfTheWrongWidth() {
        assertMessage(() -> vae.train(Nd4j.rand(10, 5), 1, 4), "4 columns", "given 5");
    }

    @Test
    void noEpochs() {
        assertMessage(() -> vae.train(Nd4j.rand(10, 4), 0, 4), "epochs of 1 or more", "given 0", "try 30");
    }

    @Test
    void noBatchSize() {
        assertMessage(() -> vae.train(Nd4j.rand(10, 4), 1, 0), "batch size of 1 or more", "given 0", "32");
    }

    @Test
    void noDataSet() {
        assertMessage(() -> vae.train((org.nd4j.linalg.dataset.DataSet) null, 1, 4), "given null");
    }

    @Test
    void codesOfTheWrongWidth() {
        assertMessage(() -> vae.decode(Nd4j.rand(3, 3)), "latent codes with 2 columns", "given 3");
    }

    @Test
    void generateNothing() {
        assertMessage(() -> vae.generate(0, 1), "number of examples of 1 or more", "given 0", "generate(16, 42)");
    }
}
