package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Mlp;
import dlcourse.nets.Task;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import tech.tablesaw.api.Table;

class Dl4jCheckTest {

    private static final double[][] INPUTS = {{0.5, -1.2}, {1.5, 0.3}, {-0.7, 0.9}};
    private static final double[][] TARGETS = {{1.0}, {-1.0}, {0.5}};

    private static MultiLayerNetwork dl4j(Activation hidden) {
        return Mlp.builder().inputs(2).hidden(3).outputs(1).task(Task.REGRESSION).activation(hidden)
                .seed(7).build();
    }

    @Test
    void copiedWeightsGiveTheSameLossAndGradients() {
        MultiLayerNetwork dl4j = dl4j(Activation.TANH);
        ScratchMlp scratch = ScratchMlp.of(2, 3, 1).copyWeightsFrom(dl4j);
        assertEquals(dl4j.getParam("0_W").getDouble(1, 2),
                scratch.layers().get(0).neurons().get(2).weights().get(1).data(), 0);
        assertEquals(dl4j.getParam("1_b").getDouble(0),
                scratch.layers().get(1).neurons().get(0).bias().data(), 0);

        Dl4jCheck check = Dl4jCheck.of(scratch, dl4j, INPUTS, TARGETS);
        System.out.println(check);
        assertTrue(check.passes(1e-12), check.toString());
        assertEquals(check.scratchLoss(), check.dl4jLoss(), 1e-12);
        assertEquals(13, check.scratchGradients().length);
        assertTrue(check.scratchGradients()[0] != 0, "gradients were computed");
        double[] fromParameters = scratch.parameters().stream().mapToDouble(Value::grad).toArray();
        assertEquals(List.of(fromParameters[5]), List.of(check.scratchGradients()[5]), "left in the parameters");

        Table table = check.table();
        assertEquals(13, table.rowCount());
        assertEquals("layer 1, neuron 2, w1", table.stringColumn("parameter").get(3));
        assertEquals("0_W[0, 1]", table.stringColumn("DL4J name").get(3));
        assertEquals("1_b[0]", table.stringColumn("DL4J name").get(12));
        String printed = table.print();
        assertTrue(printed.matches("(?s).*\\d\\.\\d{10} .*"), "ten decimals: " + printed);
        assertTrue(printed.matches("(?s).*(E-1\\d|  0\\.0E0).*"), "differences as powers of ten: " + printed);
        assertTrue(check.toString().startsWith("Dl4jCheck of 13 gradients on 3 examples"), check.toString());
        assertFalse(check.toString().contains("losses differ"), check.toString());
    }

    @Test
    void aDifferentHiddenActivationShowsInTheLossAndGradients() {
        MultiLayerNetwork dl4j = dl4j(Activation.RELU);
        Dl4jCheck check = Dl4jCheck.of(ScratchMlp.of(2, 3, 1).copyWeightsFrom(dl4j), dl4j, INPUTS, TARGETS);
        assertFalse(check.passes(1e-6), check.toString());
        assertTrue(check.toString().contains("same activation"), check.toString());
        assertTrue(Dl4jCheck.of(ScratchMlp.of(Value::relu, 1, 2, 3, 1).copyWeightsFrom(dl4j), dl4j, INPUTS,
                TARGETS).passes(1e-12));
    }

    @Test
    void weightsMustBeCopiedFirst() {
        assertMessage(() -> Dl4jCheck.of(ScratchMlp.of(2, 3, 1), dl4j(Activation.TANH), INPUTS, TARGETS),
                "same weights", "0_W[0, 0]", "copyWeightsFrom(dl4j)");
    }

    @Test
    void sizesMustMatch() {
        assertMessage(() -> ScratchMlp.of(2, 4, 1).copyWeightsFrom(dl4j(Activation.TANH)),
                "sizes [2, 4, 1]", "sizes [2, 3, 1]", "Mlp.builder().inputs(2).hidden(4).outputs(1)");
        assertMessage(() -> ScratchMlp.of(2, 3, 1).copyWeightsFrom(null), "null");
    }

    @Test
    void outputLayerMustBeIdentityWithMse() {
        MultiLayerNetwork classifier = Mlp.binaryClassifier(2, 3);
        assertMessage(() -> Dl4jCheck.of(ScratchMlp.of(2, 3, 1).copyWeightsFrom(classifier), classifier,
                INPUTS, TARGETS), "identity activation and MSE", "Task.REGRESSION");
    }

    @Test
    void badRowsGetScratchMlpsMessages() {
        MultiLayerNetwork dl4j = dl4j(Activation.TANH);
        ScratchMlp scratch = ScratchMlp.of(2, 3, 1).copyWeightsFrom(dl4j);
        assertMessage(() -> Dl4jCheck.of(scratch, dl4j, INPUTS, new double[][] {{1.0}}), "as many target rows");
        assertMessage(() -> Dl4jCheck.of(null, dl4j, INPUTS, TARGETS), "ScratchMlp", "null");
    }
}
