package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The one training loop with a model of its own: a step that records what it was given. */
class TrainingLoopTest {

    /** A step whose loss for epoch e is lossOfEpoch(e); it records the rows of every batch. */
    static class RecordingStep implements TrainingStep {
        final int n;
        final IntToDoubleFunction lossOfEpoch;
        final List<int[]> batches = new ArrayList<>();
        int state;            // "the model's parameters": the last epoch trained
        int finished;
        Runnable onBatch = () -> { };

        RecordingStep(int n, IntToDoubleFunction lossOfEpoch) {
            this.n = n;
            this.lossOfEpoch = lossOfEpoch;
        }

        @Override
        public List<String> metrics() {
            return List.of(History.LOSS);
        }

        @Override
        public int examples() {
            return n;
        }

        @Override
        public double[] train(int[] rows, int epoch) {
            batches.add(rows.clone());
            state = epoch;
            onBatch.run();
            return new double[] {lossOfEpoch.applyAsDouble(epoch)};
        }

        @Override
        public void finish() {
            finished++;
        }

        @Override
        public Runnable checkpoint() {
            int saved = state;
            return () -> state = saved;
        }

        @Override
        public String divergenceAdvice(int epoch, String metric, double value) {
            return "advice for " + metric + " = " + value + " in epoch " + epoch;
        }
    }

    private static TrainingLoop.Builder quiet() {
        return TrainingLoop.builder().live(false);
    }

    @Test
    void everyEpochVisitsEveryExampleOnceInANewOrder() {
        RecordingStep step = new RecordingStep(10, e -> 1.0 / e);
        History history = quiet().epochs(3).batchSize(4).seed(1).build().run(step);
        assertEquals(9, step.batches.size(), "3 epochs of batches of 4, 4 and 2");
        assertEquals(List.of(4, 4, 2), step.batches.subList(0, 3).stream().map(b -> b.length).toList());
        int[][] epochs = new int[3][];
        for (int e = 0; e < 3; e++) {
            epochs[e] = step.batches.subList(3 * e, 3 * e + 3).stream().flatMapToInt(Arrays::stream).toArray();
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, Arrays.stream(epochs[e]).sorted().toArray());
        }
        assertFalse(Arrays.equals(epochs[0], epochs[1]), "shuffled again each epoch");
        assertEquals(3, history.epochs());
        assertEquals(1.0 / 3, history.last(History.LOSS), 1e-12);
        assertEquals(1, step.finished);
        // The same seed, the same order.
        RecordingStep again = new RecordingStep(10, e -> 1.0 / e);
        quiet().epochs(3).batchSize(4).seed(1).build().run(again);
        assertArrayEquals(step.batches.get(0), again.batches.get(0));
    }

    @Test
    void aTrainingOfMoreThanAMinuteAnnouncesItsTimeAFewSecondsIn() {
        RecordingStep step = new RecordingStep(100, e -> 1);
        step.onBatch = () -> {
            try {
                Thread.sleep(350);   // 10 batches of 0.35 s per epoch, 30 epochs: about 105 s
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (step.batches.size() == 10) {
                Thread.currentThread().interrupt();   // the estimate came after 3 s, at batch 9
            }
        };
        String printed;
        try {
            printed = dlcourse.Messages.stdoutOf(() -> quiet().epochs(30).batchSize(10).build().run(step));
        } finally {
            Thread.interrupted();
        }
        java.util.regex.Matcher estimate = java.util.regex.Pattern.compile("will take about (\\d+) s").matcher(printed);
        assertTrue(estimate.find(), printed);
        int seconds = Integer.parseInt(estimate.group(1));
        assertTrue(seconds >= 100 && seconds < 120, "about 105 s, or a little more on a busy machine: " + printed);
        assertTrue(printed.contains("30 epochs of 10 batches"), printed);
        String quick = dlcourse.Messages.stdoutOf(() -> quiet().epochs(3).batchSize(10).build()
                .run(new RecordingStep(100, e -> 1)));
        assertEquals("", quick, "a short training says nothing");
    }

    @Test
    void allAtOnceTrainsOnAllExamplesInTheirOrder() {
        RecordingStep step = new RecordingStep(5, e -> 1);
        quiet().epochs(2).allAtOnce().build().run(step);
        assertEquals(2, step.batches.size());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, step.batches.get(1));
    }

    @Test
    void theInterruptStopsAfterTheCurrentBatchAndKeepsTheHistory() {
        RecordingStep step = new RecordingStep(10, e -> 1);
        step.onBatch = () -> {
            if (step.batches.size() == 7) {
                Thread.currentThread().interrupt();   // the notebook's interrupt button
            }
        };
        History history;
        try {
            history = quiet().epochs(5).batchSize(5).build().run(step);
        } finally {
            Thread.interrupted();   // clear the flag for the next tests
        }
        assertEquals(7, step.batches.size(), "no batch after the interrupt");
        assertTrue(history.interrupted());
        assertEquals(3, history.epochs(), "the epochs completed before it");
        assertEquals(1, step.finished);
    }

    @Test
    void aLossThatBlowsUpStopsWithTheStepsAdviceAndTheBestStateBack() {
        RecordingStep step = new RecordingStep(4, e -> e < 4 ? 1.0 / e : Double.NaN);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> quiet().epochs(10).batchSize(2).earlyStopping(History.LOSS, 5).build().run(step));
        assertEquals("advice for loss = NaN in epoch 4", e.getMessage());
        assertEquals(4, e.epoch());
        assertEquals(3, step.state, "the model is given back its best epoch");
        assertEquals(1, step.finished);
    }

    @Test
    void earlyStoppingRestoresTheBestEpoch() {
        double[] losses = {0, 0.5, 0.3, 0.2, 0.25, 0.26, 0.27, 0.1};
        RecordingStep step = new RecordingStep(4, e -> losses[e]);
        History history = quiet().epochs(7).batchSize(4).earlyStopping(History.LOSS, 3).build().run(step);
        assertEquals(6, history.epochs());
        assertEquals(3, history.bestEpoch());
        assertEquals(3, step.state);
        assertTrue(history.stopReason().contains("loss did not improve for 3 epochs"), history.stopReason());
    }

    @Test
    void callbacksSeeEveryEpochAndCanStopTraining() {
        List<String> seen = new ArrayList<>();
        RecordingStep step = new RecordingStep(4, e -> 1.0 / e);
        History history = quiet().epochs(10).batchSize(4)
                .callback(epoch -> seen.add(epoch.epoch() + ":" + epoch.metric(History.LOSS)))
                .callback(epoch -> {
                    if (epoch.epoch() == 2) {
                        epoch.stopTraining("enough");
                    }
                })
                .build().run(step);
        assertEquals(List.of("1:1.0", "2:0.5"), seen);
        assertEquals("enough", history.stopReason());
    }

    @Test
    void stepsAddWhatTheyMeasureAfterAnEpoch() {
        TrainingStep step = new RecordingStep(4, e -> 1) {
            @Override
            public List<String> epochMetrics() {
                return List.of(History.LOSS, History.VALIDATION_LOSS);
            }

            @Override
            public Map<String, Double> endEpoch(int epoch, Map<String, Double> averages) {
                return Map.of(History.LOSS, averages.get(History.LOSS), History.VALIDATION_LOSS, 2.0 * epoch);
            }
        };
        History history = quiet().epochs(2).batchSize(4).build().run(step);
        assertArrayEquals(new double[] {2, 4}, history.values(History.VALIDATION_LOSS));
    }

    @Test
    void badSettingsSayWhatIsExpected() {
        assertThrows(IllegalArgumentException.class, () -> TrainingLoop.builder().epochs(0));
        assertThrows(IllegalArgumentException.class, () -> TrainingLoop.builder().batchSize(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> quiet().earlyStopping("accuracy", 2).build().run(new RecordingStep(3, x -> 1)));
        assertTrue(e.getMessage().contains("[loss]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> quiet().build().run(new RecordingStep(0, x -> 1)));
    }
}
