package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import dlcourse.plot.ModelPlots;
import dlcourse.plot.TrainingPlots;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class TrainerTest {

    private final DataSet moons = SyntheticData.moons(400, 0.15, 1);
    private final DataSet moonsTest = SyntheticData.moons(200, 0.15, 2);

    @Test
    @Tag("slow")
    void learnsTwoMoonsAndRecordsEveryEpoch() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 16, 16);
        History h = Trainer.builder().epochs(40).validation(moonsTest).build().fit(net, moons);
        assertEquals(40, h.epochs());
        assertEquals(java.util.List.of("loss", "accuracy", "validation loss", "validation accuracy"),
                h.metrics());
        assertTrue(h.last("validation accuracy") >= 0.95, h.toString());
        assertTrue(h.values("loss")[39] < h.values("loss")[0] / 3, h.toString());
        assertFalse(h.interrupted());
        assertTrue(TrainingPlots.history(h).toString().startsWith("Figure \"Epoch 40 of 40"));
        assertTrue(ModelPlots.decisionBoundary(net, moons).toPng().length > 1000);
    }

    @Test
    void trainingAccuracyCanBeSkippedWithoutChangingTraining() {
        History measured = Trainer.builder().epochs(5).live(false).validation(moonsTest).build()
                .fit(Mlp.classifier(2, 2, 8), moons);
        History skipped = Trainer.builder().epochs(5).live(false).validation(moonsTest).trainingAccuracy(false)
                .build().fit(Mlp.classifier(2, 2, 8), moons);
        assertEquals(java.util.List.of("loss", "validation loss", "validation accuracy"), skipped.metrics());
        assertArrayEquals(measured.values("loss"), skipped.values("loss"));
        assertArrayEquals(measured.values("validation accuracy"), skipped.values("validation accuracy"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Trainer.builder().epochs(3).live(false).trainingAccuracy(false)
                        .earlyStopping("accuracy", 2).build().fit(Mlp.classifier(2, 2, 8), moons));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'accuracy'"), e.getMessage());
    }

    @Test
    void sameSeedsGiveTheSameNumbers() {
        double[] first = Trainer.builder().epochs(5).live(false).build()
                .fit(Mlp.classifier(2, 2, 8), moons).values("loss");
        double[] second = Trainer.builder().epochs(5).live(false).build()
                .fit(Mlp.classifier(2, 2, 8), moons).values("loss");
        assertArrayEquals(first, second);
    }

    @Test
    void anInterruptStopsTrainingAndLeavesAUsableNetwork() throws Exception {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        java.util.concurrent.atomic.AtomicReference<History> result = new java.util.concurrent.atomic.AtomicReference<>();
        // Far more epochs than the test waits for: only the interrupt can end it in time.
        Thread training = new Thread(() -> result.set(
                Trainer.builder().epochs(1_000_000).live(false).build().fit(net, moons)));
        training.start();
        Thread.sleep(1000);
        training.interrupt();
        training.join(60_000);
        assertFalse(training.isAlive(), "training should stop after an interrupt");
        // As in a notebook, where the interrupted cell never assigns its result: the latest history.
        History h = History.latest();
        assertSame(result.get(), h);
        assertTrue(h.interrupted(), h.toString());
        assertTrue(h.epochs() < 1_000_000, h.toString());
        assertEquals(400, net.output(moons.getFeatures()).rows());
    }

    @Test
    void anInterruptStopsALearnersOwnFitLoopOnALibraryNetwork() throws Exception {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        Thread loop = new Thread(() -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {   // plain DL4J: nothing here checks the interrupt flag
                    net.fit(moons);
                    steps.incrementAndGet();
                }
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        loop.start();
        Thread.sleep(500);
        loop.interrupt();   // what the notebook's interrupt button does to the cell's thread
        loop.join(10_000);
        assertFalse(loop.isAlive(), "the loop should end within a step");
        assertTrue(ended.get() instanceof StopOnInterrupt.TrainingInterruptedException, String.valueOf(ended.get()));
        assertTrue(steps.get() > 0);
        assertEquals(400, net.output(moons.getFeatures()).rows(), "the network is usable afterwards");
    }

    @Test
    void anInterruptIsRecordedAndShownInTheHistory() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        // The interrupt arrives after epoch 2; the check before the next batch sees it.
        History h = Trainer.builder().epochs(50).live(false).validation(moonsTest).earlyStopping(10)
                .callback(epoch -> {
                    if (epoch.epoch() == 2) {
                        Thread.currentThread().interrupt();
                    }
                }).build().fit(net, moons);
        assertTrue(Thread.interrupted(), "the interrupt flag stays set for the caller");
        assertTrue(h.interrupted());
        assertEquals(2, h.epochs());
        assertFalse(h.stoppedEarly());
        assertTrue(h.toString().contains("(interrupted; call fit again to continue)"), h.toString());
        assertEquals(h.values(History.VALIDATION_LOSS)[h.bestEpoch() - 1], net.score(moonsTest), 1e-5);
    }

    @Test
    void anUntrainedNetworksScoreSaysWhereItComesFrom() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 8);
        String before = dlcourse.Messages.stdoutOf(() -> Trainer.accuracy(net, moons));
        assertTrue(before.contains("has not been trained yet"), before);
        String report = dlcourse.Messages.stdoutOf(() -> dlcourse.evaluate.ClassificationReport.of(net, moons));
        assertTrue(report.contains("has not been trained yet"), report);
        Trainer.builder().epochs(1).live(false).build().fit(net, moons);
        assertEquals("", dlcourse.Messages.stdoutOf(() -> Trainer.accuracy(net, moons)));
    }

    @Test
    void divergingTrainingStopsWithAHint() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(16).outputs(2).learningRate(1e30).build();
        DataSet huge = SyntheticData.moons(100, 0.1, 3);
        huge.getFeatures().muli(1e20);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.fit(net, huge, 20));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        assertTrue(e.getMessage().contains("normalized"), e.getMessage());
    }

    @Test
    void featureCountMismatchSaysWhatToChange() {
        MultiLayerNetwork net = Mlp.classifier(3, 2, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.fit(net, moons, 1));
        assertEquals("The network expects 3 inputs per example but the training data has 2 features;"
                + " build the network with 2 inputs or select 3 feature columns", e.getMessage());
    }

    @Test
    void describesItsSettings() {
        Trainer trainer = Trainer.builder().epochs(50).batchSize(16).validation(moonsTest)
                .optimizer(Optimizer.sgd(0.1)).earlyStopping(5).callback(epoch -> { }).build();
        assertEquals("Trainer(50 epochs, batch size 16, seed 42, SGD(learning rate 0.1), 200 validation"
                + " examples, early stopping on validation loss with patience 5, 1 callback)", trainer.toString());
    }

    @Test
    void impossibleSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Trainer.builder().epochs(0).build());
        assertThrows(IllegalArgumentException.class, () -> Trainer.builder().batchSize(0).build());
        assertThrows(IllegalArgumentException.class, () -> Mlp.classifier(2, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> SyntheticData.moons(1, 0.1, 0));
    }
}
