package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.Messages;
import dlcourse.data.Sequences;
import dlcourse.train.History;
import dlcourse.train.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

class TransformerTest {

    @Test
    void parametersFollowTheFormula() {
        int tokens = 10, d = 16, f = 24, outputs = 7;
        MultiLayerNetwork net = Transformer.builder().tokens(tokens).length(12).size(d).heads(4).feedForward(f)
                .blocks(2).outputs(outputs).build();
        long block = 4L * d * d + 2L * d * f + f + d + 4L * d;   // Q, K, V, O; W₁, W₂, b₁, b₂; two norms
        assertEquals(tokens * d + 2 * block + d * outputs + outputs, net.numParams());
    }

    @Test
    void aCausalTransformerIgnoresTheFutureAndAnOpenOneDoesNot() {
        DataSet data = Sequences.delayedCopy(4, 10, 3, 5, 1);
        INDArray changed = data.getFeatures().dup();
        changed.get(NDArrayIndex.all(), NDArrayIndex.interval(6, 10)).assign(4 - 1);   // new tokens at 6..9
        for (boolean causal : new boolean[] {true, false}) {
            MultiLayerNetwork net = Transformer.builder().tokens(5).length(10).size(8).heads(2).outputs(5)
                    .causal(causal).seed(3).build();
            INDArray before = net.output(data.getFeatures()).get(NDArrayIndex.all(), NDArrayIndex.all(),
                    NDArrayIndex.interval(0, 6));
            INDArray after = net.output(changed).get(NDArrayIndex.all(), NDArrayIndex.all(),
                    NDArrayIndex.interval(0, 6));
            double difference = before.sub(after).amaxNumber().doubleValue();
            if (causal) {
                assertEquals(0, difference, 1e-6, "positions 0..5 must not see positions 6..9");
            } else {
                assertTrue(difference > 1e-3, "an open transformer sees the whole sequence: " + difference);
            }
        }
    }

    @Test
    @Tag("slow")
    void learnsToCopyATokenFromEightPositionsBack() {
        DataSet train = Sequences.delayedCopy(1000, 16, 8, 6, 1);
        DataSet test = Sequences.delayedCopy(300, 16, 8, 6, 2);
        MultiLayerNetwork net = Transformer.builder().tokens(6).length(16).size(16).heads(2).outputs(6).seed(1)
                .build();
        History history = Trainer.builder().epochs(6).batchSize(20).live(false).build().fit(net, train);
        assertTrue(history.last("loss") < history.values("loss")[0]);
        assertTrue(Trainer.accuracy(net, test) > 0.95, "accuracy " + Trainer.accuracy(net, test));
    }

    @Test
    void trainingPrintsNothingOfSameDiffsOwn() {
        DataSet data = Sequences.delayedCopy(8, 6, 2, 3, 1);
        MultiLayerNetwork net = Transformer.builder().tokens(3).length(6).size(4).heads(1).outputs(3).build();
        assertEquals("", Messages.stdoutOf(() -> net.fit(data)), "a raw fit");
        MultiLayerNetwork trained = Transformer.builder().tokens(3).length(6).size(4).heads(1).outputs(3).build();
        assertEquals("", Messages.stdoutOf(() -> Trainer.builder().epochs(1).live(false).build().fit(trained, data)),
                "the library's Trainer");
    }

    @Test
    void refusesASizeTheHeadsCannotShare() {
        assertMessage(() -> Transformer.builder().tokens(5).length(8).size(10).heads(4).outputs(5).build(),
                "size 10", "4 heads", ".size(12)");
        assertMessage(() -> Transformer.builder().length(8).outputs(5).build(), "tokens", "given -1", ".tokens(10)");
    }
}
