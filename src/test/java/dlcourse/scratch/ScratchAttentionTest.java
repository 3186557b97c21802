package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlcourse.data.Sequences;
import dlcourse.nets.Transformer;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class ScratchAttentionTest {

    private static double[][] random(int rows, int columns, Random random) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    @Test
    void agreesWithSameDiffsDotProductAttention() {
        Random random = new Random(1);
        double[][] q = random(5, 8, random), k = random(7, 8, random), v = random(7, 3, random);
        for (boolean scaled : new boolean[] {true, false}) {
            double[][] expected = ScratchAttention.sameDiff(q, k, v, scaled);
            double[][] actual = ScratchAttention.attend(q, k, v, scaled, false).output();
            for (int t = 0; t < 5; t++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(expected[t][j], actual[t][j], 1e-5, "query " + t + ", value " + j);
                }
            }
        }
    }

    @Test
    void bothGiveTheAnswerWorkedOutByHand() {
        // One query [1, 0] against keys [1, 0] and [0, 1] with d = 2: scores 1/√2 and 0, so the
        // weights are e^(1/√2) / (e^(1/√2) + 1) and 1 / (e^(1/√2) + 1), and the output mixes the values.
        double[][] q = {{1, 0}}, k = {{1, 0}, {0, 1}}, v = {{10}, {20}};
        double w0 = Math.exp(1 / Math.sqrt(2)) / (Math.exp(1 / Math.sqrt(2)) + 1);
        assertEquals(w0, ScratchAttention.attend(q, k, v, true, false).weights()[0][0], 1e-12);
        assertEquals(10 * w0 + 20 * (1 - w0), ScratchAttention.attend(q, k, v, true, false).output()[0][0], 1e-12);
        assertEquals(10 * w0 + 20 * (1 - w0), ScratchAttention.sameDiff(q, k, v, true)[0][0], 1e-5);
    }

    @Test
    void aCausalRowAddsUpToOneOverThePastOnly() {
        Random random = new Random(2);
        double[][] x = random(6, 4, random);
        double[][] weights = ScratchAttention.attend(x, x, x, true, true).weights();
        for (int t = 0; t < 6; t++) {
            double sum = 0;
            for (int s = 0; s < 6; s++) {
                sum += weights[t][s];
                if (s > t) {
                    assertEquals(0, weights[t][s], "position " + t + " must not see position " + s);
                }
            }
            assertEquals(1, sum, 1e-12);
        }
        assertEquals(1, weights[0][0], 1e-12, "the first position can only look at itself");
    }

    @Test
    void softmaxOfHugeScoresDoesNotOverflow() {
        double[] p = ScratchAttention.softmax(new double[] {1000, 1000, 0});
        assertEquals(0.5, p[0], 1e-12);
        assertEquals(0, p[2], 1e-12);
    }

    @Test
    void recomputesATrainedTransformerBlockOfTheLibrary() {
        for (boolean causal : new boolean[] {true, false}) {
            MultiLayerNetwork net = Transformer.builder().tokens(5).length(9).size(12).heads(3).outputs(5)
                    .causal(causal).seed(4).build();
            INDArray tokens = Sequences.delayedCopy(3, 9, 2, 5, 1).getFeatures();
            java.util.List<INDArray> activations = net.feedForward(tokens);
            for (int example = 0; example < 3; example++) {
                ScratchTransformer.Block block = ScratchTransformer.block(net.getLayer(2).paramTable(),
                        ScratchTransformer.positionsFirst(activations.get(2), example), 3, causal);
                double[][] dl4j = ScratchTransformer.positionsFirst(activations.get(3), example);
                for (int t = 0; t < 9; t++) {
                    for (int j = 0; j < 12; j++) {
                        assertEquals(dl4j[t][j], block.output()[t][j], 1e-4, "position " + t + ", number " + j);
                    }
                }
            }
        }
    }

    @Test
    void refusesKeysAndValuesOfDifferentLengths() {
        double[][] x = new double[3][2];
        assertMessage(() -> ScratchAttention.attend(x, x, new double[2][2], true, false), "3 keys and 2 values");
        assertMessage(() -> ScratchAttention.attend(x, new double[3][4], new double[3][4], true, false),
                "same length", "given 2 and 4");
        assertMessage(() -> ScratchTransformer.block(java.util.Map.of(), x, 1, true), "TransformerBlock", "given []",
                "paramTable()");
    }
}
