package dlcourse.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class EarlyStoppingTest {

    // Few, noisy examples and a big network: it overfits, so the validation loss turns back up.
    private final DataSet train = SyntheticData.moons(40, 0.35, 1);
    private final DataSet test = SyntheticData.moons(200, 0.35, 2);

    @Test
    void stopsWhenTheValidationLossStopsImprovingAndRestoresTheBestEpoch() {
        MultiLayerNetwork net = Mlp.builder().inputs(2).hidden(64, 64).outputs(2).learningRate(0.02).build();
        List<INDArray> parameters = new ArrayList<>();
        History h = Trainer.builder().epochs(300).batchSize(8).live(false).validation(test).earlyStopping(5)
                .callback(epoch -> parameters.add(epoch.network().params().dup()))
                .build().fit(net, train);

        assertTrue(h.stoppedEarly(), h.toString());
        assertTrue(h.epochs() < 300, h.toString());
        double[] validationLoss = h.values(History.VALIDATION_LOSS);
        int best = h.bestEpoch();
        assertEquals(h.epochs() - 5, best, "stops 5 epochs after the best: " + h);
        for (int epoch = 1; epoch <= h.epochs(); epoch++) {
            assertTrue(validationLoss[best - 1] <= validationLoss[epoch - 1], "epoch " + best + " is the best");
        }
        assertEquals(parameters.get(best - 1), net.params(), "the network holds the best epoch's parameters");
        assertEquals(validationLoss[best - 1], net.score(test), 1e-5);
        assertTrue(h.toString().contains("stopped early: validation loss did not improve for 5 epochs"), h.toString());
        assertTrue(h.toString().contains("best validation loss in epoch " + best + ", restored"), h.toString());
    }

    @Test
    void canWatchAnotherMetricWhereHigherIsBetter() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 16);
        History h = Trainer.builder().epochs(200).live(false).validation(test)
                .earlyStopping("validation accuracy", 3).build().fit(net, train);
        assertTrue(h.stoppedEarly(), h.toString());
        double[] accuracy = h.values(History.VALIDATION_ACCURACY);
        for (double a : accuracy) {
            assertTrue(accuracy[h.bestEpoch() - 1] >= a);
        }
        assertEquals(accuracy[h.bestEpoch() - 1], Trainer.accuracy(net, test), 1e-12);
    }

    @Test
    void runningAllEpochsStillEndsWithTheBestParameters() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 16);
        History h = Trainer.builder().epochs(6).live(false).validation(test).earlyStopping(100).build().fit(net, train);
        assertFalse(h.stoppedEarly(), h.toString());
        assertEquals(6, h.epochs());
        assertEquals(h.values(History.VALIDATION_LOSS)[h.bestEpoch() - 1], net.score(test), 1e-5);
    }

    @Test
    void aCallbackSeesEveryEpochAndCanStopTraining() {
        MultiLayerNetwork net = Mlp.classifier(2, 2, 16);
        List<String> seen = new ArrayList<>();
        History h = Trainer.builder().epochs(50).live(false)
                .callback(epoch -> seen.add(epoch.epoch() + ":" + epoch.metrics().keySet()))
                .callback(epoch -> {
                    assertTrue(epoch.network() == net);
                    assertEquals(epoch.epoch(), epoch.history().epochs());
                    assertEquals(epoch.metric("loss"), epoch.history().last("loss"));
                    if (epoch.epoch() == 4) {
                        epoch.stopTraining("enough for this test");
                    }
                })
                .build().fit(net, train);
        assertEquals(List.of("1:[loss, accuracy]", "2:[loss, accuracy]", "3:[loss, accuracy]", "4:[loss, accuracy]"), seen);
        assertEquals(4, h.epochs());
        assertTrue(h.stoppedEarly());
        assertEquals("enough for this test", h.stopReason());
        assertEquals(0, h.bestEpoch());
        assertTrue(h.toString().startsWith("History: 4 of 50 epochs in "), h.toString());
        assertTrue(h.toString().contains("(stopped early: enough for this test)"), h.toString());
    }

    @Test
    void anEpochResultReadsWell() {
        History h = History.start(10, "loss", "accuracy");
        java.util.Map<String, Double> row = new java.util.LinkedHashMap<>();
        row.put("loss", 0.41274);
        row.put("accuracy", 0.815);
        h.add(3, row);
        EpochResult result = new EpochResult(3, row, null, h);
        assertEquals("Epoch 3 of 10: loss 0.4127, accuracy 0.8150", result.toString());
        assertFalse(result.stopRequested());
    }

    @Test
    void earlyStoppingIsReproducible() {
        double[] first = Trainer.builder().epochs(60).live(false).validation(test).earlyStopping(3).build()
                .fit(Mlp.classifier(2, 2, 16), train).values(History.VALIDATION_LOSS);
        double[] second = Trainer.builder().epochs(60).live(false).validation(test).earlyStopping(3).build()
                .fit(Mlp.classifier(2, 2, 16), train).values(History.VALIDATION_LOSS);
        assertArrayEquals(first, second);
    }
}
