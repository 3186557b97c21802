package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.evaluate.GenerativeMetrics;
import dlcourse.train.History;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class VaeTest {

    @Test
    @Tag("slow")
    void recipeLearnsATwoDimensionalLatentSpaceOfDigits() {
        INDArray train = DigitRows.rows(0, 1500);
        INDArray test = DigitRows.rows(1500, 1797);
        long start = System.nanoTime();
        Vae vae = Vae.dense(64, 2, 64);
        double distanceBefore = GenerativeMetrics.energyDistance(vae.generate(300, 5), test);
        History history = vae.train(train, 30, 32);
        double[] loss = history.values(History.LOSS);
        double error = vae.reconstructionError(test);
        double baseline = GenerativeMetrics.baselineError(test);
        double distanceAfter = GenerativeMetrics.energyDistance(vae.generate(300, 5), test);
        System.out.printf("VAE recipe: loss %.1f -> %.1f; held-out MSE %.4f vs mean-digit baseline %.4f"
                + " (ratio %.2f); energy distance of generated digits %.3f -> %.3f; %.1f s%n", loss[0],
                loss[loss.length - 1], error, baseline, error / baseline, distanceBefore, distanceAfter,
                (System.nanoTime() - start) / 1e9);
        assertEquals(30, history.epochs());
        assertTrue(loss[loss.length - 1] <= 0.7 * loss[0], history.toString());
        // Two numbers per digit cannot carry every stroke, so the bar is lower than the autoencoder's.
        assertTrue(error <= 0.8 * baseline, error + " vs baseline " + baseline);
        assertTrue(distanceAfter <= distanceBefore / 5, distanceBefore + " -> " + distanceAfter);
        assertArrayEquals(new long[] {297, 2}, vae.encode(test).shape());
    }

    @Test
    void encodeDecodeReconstructAndGenerateFitTogether() {
        INDArray x = DigitRows.rows(0, 40);
        Vae vae = Vae.dense(64, 3, 16);
        INDArray codes = vae.encode(x);
        assertArrayEquals(new long[] {40, 3}, codes.shape());
        assertEquals(vae.network().output(x), codes);
        INDArray decoded = vae.decode(codes);
        assertArrayEquals(new long[] {40, 64}, decoded.shape());
        assertTrue(decoded.equalsWithEps(vae.reconstruct(x), 1e-6));
        assertTrue(decoded.minNumber().doubleValue() >= 0 && decoded.maxNumber().doubleValue() <= 1,
                "Bernoulli means are probabilities");
        assertEquals(GenerativeChecks.meanSquaredError(decoded, x), vae.reconstructionError(x), 1e-6);
        INDArray generated = vae.generate(10, 3);
        assertArrayEquals(new long[] {10, 64}, generated.shape());
        assertEquals(generated, vae.generate(10, 3));
        assertNotEquals(generated, vae.generate(10, 4));
        assertEquals(64, vae.inputs());
        assertEquals(3, vae.latentSize());
        assertTrue(vae.toString().contains("3-D latent space"), vae.toString());
    }

    @Test
    void gaussianOutputsTakeAnyRealValues() {
        INDArray x = DigitRows.rows(0, 100).mul(4).sub(2); // values from -2 to 2
        Vae vae = Vae.builder().inputs(64).latent(2).hidden(16).outputActivation(Activation.IDENTITY).build();
        History history = vae.train(new DataSet(x, x), 2, 32);
        assertEquals(2, history.epochs());
        assertTrue(vae.toString().contains("Gaussian"), vae.toString());
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        INDArray x = DigitRows.rows(0, 200);
        double[] first = Vae.dense(64, 2, 16).train(x, 3, 32).values(History.LOSS);
        double[] second = Vae.dense(64, 2, 16).train(x, 3, 32).values(History.LOSS);
        assertArrayEquals(first, second);
        double[] otherSeed = Vae.builder().inputs(64).latent(2).hidden(16).seed(7).build()
                .train(x, 3, 32).values(History.LOSS);
        assertFalse(java.util.Arrays.equals(first, otherSeed));
    }

    @Test
    void anInterruptStopsTrainingAndLeavesAUsableVae() throws Exception {
        INDArray x = DigitRows.rows(0, 200);
        Vae vae = Vae.dense(64, 2, 16);
        AtomicReference<History> result = new AtomicReference<>();
        // Far more epochs than the test waits for: only the interrupt can end it in time.
        Thread training = new Thread(() -> result.set(vae.train(x, 1_000_000, 32)));
        training.start();
        Thread.sleep(1000);
        training.interrupt();
        training.join(60_000);
        assertFalse(training.isAlive(), "training should stop after an interrupt");
        History history = result.get();
        assertTrue(history.interrupted(), history.toString());
        assertTrue(history.epochs() < 1_000_000, history.toString());
        assertEquals(200, vae.reconstruct(x).rows());
    }

    @Test
    void divergingTrainingStopsWithAHint() {
        INDArray x = DigitRows.rows(0, 100);
        Vae vae = Vae.builder().inputs(64).latent(2).hidden(16).learningRate(10).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> vae.train(x, 5, 32));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        assertTrue(e.getMessage().contains("it is 10.0"), e.getMessage());
        assertTrue(e.getMessage().contains("ten times smaller"), e.getMessage());
    }
}
