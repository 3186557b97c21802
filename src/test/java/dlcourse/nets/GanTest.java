package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.plot.TrainingPlots;
import dlcourse.data.SyntheticData;
import dlcourse.evaluate.GenerativeMetrics;
import dlcourse.train.History;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class GanTest {

    /** Points near a circle of radius 2: no single blob fits them, so a generator must learn a shape. */
    static INDArray ring(int n, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][2];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * random.nextDouble();
            x[i][0] = (float) (2 * Math.cos(angle) + 0.1 * random.nextGaussian());
            x[i][1] = (float) (2 * Math.sin(angle) + 0.1 * random.nextGaussian());
        }
        return Nd4j.create(x);
    }

    @Test
    @Tag("slow")
    void recipeLearnsARing() {
        INDArray real = ring(1000, 1);
        INDArray fresh = ring(1000, 2); // compared against a sample the GAN never saw
        long start = System.nanoTime();
        Gan gan = Gan.dense(2, 2, 32, 32);
        double before = GenerativeMetrics.energyDistance(gan.sample(1000, 3), fresh);
        History history = gan.train(real, 60, 64);
        INDArray generated = gan.sample(1000, 3);
        double after = GenerativeMetrics.energyDistance(generated, fresh);
        double floor = GenerativeMetrics.energyDistance(real, fresh);
        INDArray radius = Transforms.sqrt(generated.mul(generated).sum(1));
        System.out.printf("GAN recipe: energy distance %.4f -> %.4f (ratio %.3f; two real samples: %.4f);"
                + " radius %.2f ± %.2f; %s; %.1f s%n", before, after, after / before, floor,
                radius.meanNumber().doubleValue(), radius.stdNumber().doubleValue(), history,
                (System.nanoTime() - start) / 1e9);
        assertTrue(after <= before / 10, before + " -> " + after);
        // Seeds 1 to 6 gave mean radii from 1.86 to 1.97 and energy ratios from 0.005 to 0.037.
        assertEquals(2.0, radius.meanNumber().doubleValue(), 0.25, "generated points lie near the ring");
        assertEquals(60, history.epochs());
        assertEquals(java.util.List.of(Gan.DISCRIMINATOR_LOSS, Gan.GENERATOR_LOSS), history.metrics());
    }

    @Test
    void eachGeneratorStepSeesTheCurrentDiscriminatorAndChangesOnlyTheGenerator() {
        Gan gan = Gan.dense(2, 2, 8);
        AtomicInteger steps = new AtomicInteger();
        AtomicReference<INDArray[]> beforeFit = new AtomicReference<>();
        gan.observer = (g, afterFit) -> {
            INDArray discriminator = g.discriminator().params().dup();
            INDArray frozen = g.discriminatorPart().dup();
            INDArray generator = g.generatorPart().dup();
            if (!afterFit) {
                // The frozen copy must be exactly the discriminator that was just trained.
                assertEquals(discriminator.reshape(frozen.shape()), frozen, "copy before generator step");
                beforeFit.set(new INDArray[] {discriminator, frozen, generator});
            } else {
                INDArray[] was = beforeFit.get();
                assertEquals(was[0], discriminator, "the discriminator itself is untouched");
                assertEquals(was[1], frozen, "the frozen copy does not learn");
                assertNotEquals(was[2], generator, "the generator learns");
                steps.incrementAndGet();
            }
        };
        INDArray real = ring(100, 1);
        gan.train(real, 3, 32);
        assertEquals(3 * 4, steps.get(), "one generator step per batch: 100 rows in batches of 32");
        assertEquals(gan.generatorPart().reshape(gan.generator().params().shape()), gan.generator().params(),
                "sampling uses the trained generator");
    }

    @Test
    void generatorStepsRunThatManyGeneratorUpdatesPerBatch() {
        Gan gan = Gan.builder().noiseSize(2).dataSize(2).generatorHidden(8).discriminatorHidden(8)
                .generatorSteps(3).build();
        AtomicInteger steps = new AtomicInteger();
        gan.observer = (g, afterFit) -> {
            if (afterFit) {
                steps.incrementAndGet();
            }
        };
        History history = gan.train(ring(100, 1), 2, 32);
        assertEquals(2 * 4 * 3, steps.get(), "3 generator steps for each of 4 batches, 2 epochs");
        assertEquals(2, history.epochs());
        assertTrue(gan.toString().contains("3 generator steps per batch"), gan.toString());
    }

    @Test
    void labelSmoothingTeachesTheDiscriminatorToSayLessThanOneForRealExamples() {
        // The discriminator alone, against a generator that does not train: its output on real
        // examples approaches the label it is given, 1 without smoothing and 0.7 with 0.3.
        double[] meanOnReal = new double[2];
        double[] smoothing = {0, 0.3};
        INDArray real = ring(64, 1);
        for (int i = 0; i < 2; i++) {
            Gan gan = Gan.builder().noiseSize(2).dataSize(2).generatorHidden(8).discriminatorHidden(16)
                    .discriminatorLearningRate(0.01).labelSmoothing(smoothing[i]).build();
            for (int step = 0; step < 300; step++) {
                gan.discriminatorStep(real);
            }
            meanOnReal[i] = gan.discriminator().output(real).meanNumber().doubleValue();
        }
        assertTrue(meanOnReal[0] > 0.9, "without smoothing D(real) = " + meanOnReal[0]);
        assertEquals(0.7, meanOnReal[1], 0.08, "with smoothing 0.3");
        assertFalse(Gan.dense(2, 2, 8).toString().contains("labelled"));
        assertTrue(Gan.builder().noiseSize(2).dataSize(2).labelSmoothing(0.1).build().toString()
                .contains("real examples labelled 0.9"));
    }

    @Test
    void discriminatorStepsChangeTheDiscriminatorButNotTheStackedNetwork() {
        Gan gan = Gan.dense(2, 2, 8);
        INDArray discriminator = gan.discriminator().params().dup();
        INDArray stacked = gan.stacked().params().dup();
        gan.discriminatorStep(ring(32, 1));
        assertNotEquals(discriminator, gan.discriminator().params());
        assertEquals(stacked, gan.stacked().params());
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        INDArray real = ring(200, 1);
        Gan first = Gan.dense(2, 2, 16);
        Gan second = Gan.dense(2, 2, 16);
        History a = first.train(real, 4, 32);
        History b = second.train(real, 4, 32);
        assertArrayEquals(a.values(Gan.DISCRIMINATOR_LOSS), b.values(Gan.DISCRIMINATOR_LOSS));
        assertArrayEquals(a.values(Gan.GENERATOR_LOSS), b.values(Gan.GENERATOR_LOSS));
        assertEquals(first.sample(50, 9), second.sample(50, 9));
        assertNotEquals(first.sample(50, 9), first.sample(50, 10));
        Gan otherSeed = Gan.builder().noiseSize(2).dataSize(2).generatorHidden(16).discriminatorHidden(16)
                .seed(7).build();
        assertFalse(java.util.Arrays.equals(a.values(Gan.GENERATOR_LOSS),
                otherSeed.train(real, 4, 32).values(Gan.GENERATOR_LOSS)));
    }

    @Test
    void trainsOnTheFeaturesOfADataSet() {
        INDArray real = ring(64, 1);
        Gan gan = Gan.dense(2, 2, 8);
        History history = gan.train(new DataSet(real, Nd4j.zeros(64, 1)), 2, 32);
        assertEquals(2, history.epochs());
        assertArrayEquals(new long[] {5, 2}, gan.sample(5, 1).shape());
        assertTrue(gan.toString().startsWith("Gan: generator 2 -> [8] -> 2"), gan.toString());
        dlcourse.plot.Figure chart = dlcourse.plot.TrainingPlots.history(history);
        assertTrue(chart.toString().contains("Epoch 2 of 2 · discriminator"), chart.toString());
        assertTrue(chart.toPng().length > 1000);
    }

    @Test
    void afterEpochSeesEveryEpochAndTheGeneratorOfThatEpoch() {
        INDArray real = ring(128, 1);
        Gan gan = Gan.dense(2, 2, 8);
        java.util.List<Integer> epochs = new java.util.ArrayList<>();
        java.util.List<INDArray> samples = new java.util.ArrayList<>();
        History history = gan.train(real, 3, 32, (epoch, g) -> {
            assertEquals(epoch, g == gan ? epochs.size() + 1 : -1, "the callback gets this GAN");
            epochs.add(epoch);
            samples.add(g.sample(20, 5));
        });
        assertEquals(java.util.List.of(1, 2, 3), epochs);
        assertEquals(3, history.epochs());
        assertNotEquals(samples.get(0), samples.get(1), "the generator changes between epochs");
        assertEquals(samples.get(2), gan.sample(20, 5), "the last callback saw the final generator");
        // The same seed without a callback trains the same way: sampling does not disturb training.
        Gan quiet = Gan.dense(2, 2, 8);
        quiet.train(real, 3, 32);
        assertEquals(quiet.sample(20, 5), gan.sample(20, 5));
    }

    @Test
    void trainingAgainContinuesWhereItStopped() {
        INDArray real = ring(128, 1);
        Gan once = Gan.dense(2, 2, 8);
        once.train(real, 4, 32);
        Gan twice = Gan.dense(2, 2, 8);
        twice.train(real, 2, 32);
        History second = twice.train(new DataSet(real, Nd4j.zeros(128, 1)), 2, 32, (epoch, g) -> { });
        assertEquals(2, second.epochs(), "each call has its own history");
        assertEquals(once.sample(30, 1), twice.sample(30, 1), "2 + 2 epochs are the same as 4");
    }

    @Test
    void modeCountsCountSamplesNearTheirNearestCentre() {
        INDArray centres = Nd4j.createFromArray(new float[][] {{0, 0}, {3, 0}, {0, 3}});
        INDArray samples = Nd4j.createFromArray(new float[][] {
            {0.1f, 0}, {-0.2f, 0.1f}, {2.9f, 0.2f}, {1.5f, 1.5f}, {0.2f, 0.2f}, {0, 0.45f}, {10, 10}, {2.5f, 0}});
        assertArrayEquals(new int[] {4, 1, 0}, GenerativeMetrics.modeCounts(samples, centres, 0.46));
        // 8 samples, 3 modes: a quarter of an even share is 8 / 12 samples, so one sample is enough.
        assertEquals(2, GenerativeMetrics.modesCovered(samples, centres, 0.46));
        assertArrayEquals(new int[] {4, 2, 0}, GenerativeMetrics.modeCounts(samples, centres, 0.5));
    }

    @Test
    void modesCoveredNeedsAQuarterOfAnEvenShare() {
        INDArray centres = SyntheticData.blobCentres(8);
        DataSet mixture = SyntheticData.blobs(800, 8, 0.1, 3);
        assertArrayEquals(new int[] {100, 100, 100, 100, 100, 100, 100, 100},
                GenerativeMetrics.modeCounts(mixture.getFeatures(), centres, 0.5));
        assertEquals(8, GenerativeMetrics.modesCovered(mixture.getFeatures(), centres, 0.5));
        // Two modes with 24 samples each (below 800 / 32 = 25) and the rest split over six.
        float[][] skewed = new float[800][];
        for (int i = 0; i < 800; i++) {
            int mode = i < 24 ? 0 : i < 48 ? 1 : 2 + i % 6;
            skewed[i] = new float[] {centres.getFloat(mode, 0), centres.getFloat(mode, 1)};
        }
        assertEquals(6, GenerativeMetrics.modesCovered(Nd4j.create(skewed), centres, 0.5));
    }

    @Test
    void energyDistanceIsZeroForTheSameSampleAndSeesShapeNotJustMoments() {
        INDArray ring = ring(500, 1);
        assertEquals(0, GenerativeMetrics.energyDistance(ring, ring), 1e-9);
        assertEquals(2.0, GenerativeMetrics.energyDistance(Nd4j.createFromArray(new float[][] {{0}}),
                Nd4j.createFromArray(new float[][] {{1}})), 1e-12);
        // A Gaussian blob with the ring's mean (0) and covariance (2·I) differs only in shape.
        INDArray blob = GenerativeChecks.gaussian(new Random(5), 500, 2).muli(Math.sqrt(2.0));
        double shape = GenerativeMetrics.energyDistance(blob, ring);
        double noise = GenerativeMetrics.energyDistance(ring(500, 2), ring);
        assertTrue(shape > 5 * noise, "blob " + shape + " vs another ring sample " + noise);
        assertEquals(shape, GenerativeMetrics.energyDistance(ring, blob), 1e-9);
    }

    @Test
    void anInterruptStopsTrainingAndLeavesAUsableGan() throws Exception {
        INDArray real = ring(256, 1);
        Gan gan = Gan.dense(2, 2, 8);
        AtomicReference<History> result = new AtomicReference<>();
        // Far more epochs than the test waits for: only the interrupt can end it in time.
        Thread training = new Thread(() -> result.set(gan.train(real, 1_000_000, 32)));
        training.start();
        Thread.sleep(1000);
        training.interrupt();
        training.join(60_000);
        assertFalse(training.isAlive(), "training should stop after an interrupt");
        History history = result.get();
        assertTrue(history.interrupted(), history.toString());
        assertTrue(history.epochs() < 1_000_000, history.toString());
        assertEquals(gan.generatorPart().reshape(gan.generator().params().shape()), gan.generator().params());
        assertEquals(10, gan.sample(10, 1).rows());
    }

    @Test
    void divergingTrainingStopsWithAHint() {
        INDArray huge = ring(64, 1).muli(1e30);
        Gan gan = Gan.builder().noiseSize(2).dataSize(2).generatorLearningRate(1e30)
                .discriminatorLearningRate(1e30).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gan.train(huge, 5, 32));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        assertTrue(e.getMessage().contains("ten times smaller"), e.getMessage());
        assertTrue(e.getMessage().contains("normalized"), e.getMessage());
    }
}
