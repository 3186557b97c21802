package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.evaluate.GenerativeMetrics;
import dlcourse.train.Trainer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.ops.transforms.Transforms;

class AutoencoderTest {

    @Test
    void layersMirrorTheEncoderAroundANamedCodeLayer() {
        MultiLayerNetwork net = Autoencoder.dense(64, 8, 32, 16);
        assertEquals(6, net.getnLayers());
        long[] sizes = new long[6];
        for (int i = 0; i < 6; i++) {
            sizes[i] = net.layerSize(i);
        }
        assertArrayEquals(new long[] {32, 16, 8, 16, 32, 64}, sizes);
        assertEquals(2, Autoencoder.codeLayer(net));
        assertEquals(Autoencoder.CODE_LAYER, net.getLayer(2).conf().getLayer().getLayerName());
        assertEquals(0, Autoencoder.codeLayer(Autoencoder.dense(64, 8)));
    }

    @Test
    void sigmoidOutputsTrainWithCrossEntropyAndIdentityOutputsWithSquaredError() {
        MultiLayerNetwork pixels = Autoencoder.dense(16, 4, 8);
        MultiLayerNetwork real = Autoencoder.builder().inputs(16).bottleneck(4).hidden(8)
                .outputActivation(org.nd4j.linalg.activations.Activation.IDENTITY).build();
        assertTrue(lossOf(pixels) instanceof LossBinaryXENT, lossOf(pixels).toString());
        assertTrue(lossOf(real) instanceof LossMSE, lossOf(real).toString());
    }

    private static Object lossOf(MultiLayerNetwork net) {
        return ((BaseOutputLayer) net.getLayer(net.getnLayers() - 1).conf().getLayer()).getLossFn();
    }

    @Test
    void encodeDecodeAndReconstructAgree() {
        INDArray x = DigitRows.rows(0, 50);
        MultiLayerNetwork net = Autoencoder.dense(64, 8, 32);
        INDArray codes = Autoencoder.encode(net, x);
        assertArrayEquals(new long[] {50, 8}, codes.shape());
        assertEquals(net.feedForward(x, false).get(2), codes); // element 0 is the input
        INDArray viaCodes = Autoencoder.decode(net, codes);
        assertTrue(viaCodes.equalsWithEps(Autoencoder.reconstruct(net, x), 1e-5));
        assertEquals(net.output(x), Autoencoder.reconstruct(net, x));
        double error = Autoencoder.reconstructionError(net, x);
        INDArray difference = net.output(x).sub(x);
        assertEquals(difference.mul(difference).meanNumber().doubleValue(), error, 1e-6);
    }

    @Test
    void reconstructionErrorsGiveOneErrorPerExampleAveragingToTheOverallError() {
        INDArray x = DigitRows.rows(0, 40);
        MultiLayerNetwork net = Autoencoder.dense(64, 8, 32);
        double[] errors = Autoencoder.reconstructionErrors(net, x);
        assertEquals(40, errors.length);
        INDArray row = x.getRow(3, true);
        INDArray difference = net.output(row).sub(row);
        assertEquals(difference.mul(difference).meanNumber().doubleValue(), errors[3], 1e-6);
        assertEquals(Autoencoder.reconstructionError(net, x),
                java.util.Arrays.stream(errors).average().orElseThrow(), 1e-6);
    }

    @Test
    void baselineErrorIsTheErrorOfOutputtingTheMeanExample() {
        INDArray x = Nd4j.createFromArray(new float[][] {{0, 0}, {2, 2}});
        assertEquals(1.0, GenerativeMetrics.baselineError(x), 1e-12);
    }

    @Test
    @Tag("slow")
    void recipeReconstructsUnseenDigitsMuchBetterThanTheMeanDigit() {
        INDArray train = DigitRows.rows(0, 1500);
        INDArray test = DigitRows.rows(1500, 1797);
        long start = System.nanoTime();
        MultiLayerNetwork net = Autoencoder.dense(64, 16, 32);
        Trainer.builder().epochs(20).live(false).build().fit(net, Autoencoder.trainingData(train));
        double error = Autoencoder.reconstructionError(net, test);
        double baseline = GenerativeMetrics.baselineError(test);
        System.out.printf("Autoencoder recipe: held-out MSE %.4f, mean-digit baseline %.4f (ratio %.2f),"
                + " %.1f s%n", error, baseline, error / baseline, (System.nanoTime() - start) / 1e9);
        // 16 numbers per digit instead of 64 pixels, yet under a quarter of the baseline's error.
        assertTrue(error <= baseline / 4, error + " vs baseline " + baseline);
    }

    @Test
    @Tag("slow")
    void recipeDenoisingAutoencoderRemovesMostOfTheNoise() {
        INDArray train = DigitRows.rows(0, 1500);
        INDArray test = DigitRows.rows(1500, 1797);
        long start = System.nanoTime();
        MultiLayerNetwork net = Autoencoder.builder().inputs(64).bottleneck(16).hidden(32)
                .inputNoise(0.5).build();
        Trainer.builder().epochs(20).live(false).build().fit(net, Autoencoder.trainingData(train));
        INDArray noisy = Autoencoder.addGaussianNoise(test, 0.5, 7);
        double noiseError = GenerativeChecks.meanSquaredError(noisy, test);
        double denoisedError = GenerativeChecks.meanSquaredError(Autoencoder.reconstruct(net, noisy), test);
        System.out.printf("Denoising recipe: noisy MSE %.4f, denoised MSE %.4f (ratio %.2f), %.1f s%n",
                noiseError, denoisedError, denoisedError / noiseError, (System.nanoTime() - start) / 1e9);
        assertTrue(denoisedError <= noiseError / 2, denoisedError + " vs noise " + noiseError);
    }

    @Test
    void inputNoiseIsSeededSoTrainingRepeats() {
        INDArray x = DigitRows.rows(0, 200);
        INDArray[] params = new INDArray[2];
        for (int run = 0; run < 2; run++) {
            MultiLayerNetwork net = Autoencoder.builder().inputs(64).bottleneck(8).inputNoise(0.3).build();
            Trainer.builder().epochs(2).live(false).build().fit(net, Autoencoder.trainingData(x));
            params[run] = net.params();
        }
        assertEquals(params[0], params[1]);
    }

    @Test
    void gaussianNoiseIsSeededAndClippedToTheUnitInterval() {
        INDArray grey = Nd4j.valueArrayOf(new long[] {200, 50}, 0.5f);
        INDArray noisy = Autoencoder.addGaussianNoise(grey, 0.1, 3);
        assertEquals(noisy, Autoencoder.addGaussianNoise(grey, 0.1, 3));
        assertNotEquals(noisy, Autoencoder.addGaussianNoise(grey, 0.1, 4));
        assertEquals(0.1, noisy.sub(grey).stdNumber().doubleValue(), 0.005);
        INDArray clipped = Autoencoder.addGaussianNoise(grey, 5, 3);
        assertTrue(clipped.minNumber().doubleValue() >= 0 && clipped.maxNumber().doubleValue() <= 1);
        assertEquals(0.5f, grey.getFloat(0, 0)); // the input is left alone
    }

    @Test
    void maskingHidesTheRequestedFractionAndKeepsTheRest() {
        INDArray x = Nd4j.valueArrayOf(new long[] {100, 64}, 0.75f);
        INDArray masked = Autoencoder.maskValues(x, 0.25, 5);
        assertEquals(masked, Autoencoder.maskValues(x, 0.25, 5));
        INDArray hidden = masked.eq(0).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        assertEquals(0.25, hidden.meanNumber().doubleValue(), 0.02);
        assertEquals(0.75 * 0.75 * x.length(), masked.sumNumber().doubleValue(), 0.02 * 0.75 * x.length());
        assertTrue(Transforms.abs(masked.sub(x).mul(masked)).maxNumber().doubleValue() < 1e-6,
                "kept values are unchanged");
    }

    @Test
    void denoisingDataPairsNoisyInputsWithCleanLabels() {
        INDArray x = DigitRows.rows(0, 20);
        DataSet data = Autoencoder.denoisingData(x, 0.3, 9);
        assertEquals(x, data.getLabels());
        assertEquals(Autoencoder.addGaussianNoise(x, 0.3, 9), data.getFeatures());
        DataSet plain = Autoencoder.trainingData(x);
        assertEquals(plain.getFeatures(), plain.getLabels());
    }
}
