package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScratchMlpErrorsTest {

    private final ScratchMlp net = ScratchMlp.of(2, 3, 1);

    @Test
    void tooFewLayerSizes() {
        assertMessage(() -> ScratchMlp.of(2), "[2]", "at least 2 layer sizes", "ScratchMlp.of(2, 4, 1)");
    }

    @Test
    void emptyLayer() {
        assertMessage(() -> ScratchMlp.of(2, 0, 1), "[2, 0, 1]", "remove or enlarge");
    }

    @Test
    void nullActivation() {
        assertMessage(() -> ScratchMlp.of(null, 42, 2, 1), "null", "Value::tanh");
    }

    @Test
    void wrongNumberOfInputs() {
        assertMessage(() -> net.forward(1, 2, 3), "expected 2 inputs", "3: [1.0, 2.0, 3.0]",
                "ScratchMlp.of(3, 4, 1)");
        assertMessage(() -> net.forward(List.of(Value.of(1))), "expected 2 inputs", "1:", "one Value per input");
    }

    @Test
    void nanInput() {
        assertMessage(() -> net.forward(1, Double.NaN), "[1.0, NaN]", "remove or fill");
    }

    @Test
    void mismatchedRowsInLoss() {
        assertMessage(() -> net.loss(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1}}),
                "2 input rows and 1 target rows", "one target row per example");
    }

    @Test
    void wrongTargetLengthInLoss() {
        assertMessage(() -> net.loss(new double[][] {{1, 2}}, new double[][] {{1, 0}}),
                "expected 1 targets", "2 in row 0: [1.0, 0.0]", "give every example 1 targets");
    }

    @Test
    void mismatchedMeanSquaredError() {
        assertMessage(() -> ScratchMlp.meanSquaredError(List.of(Value.of(1)), 1, 2),
                "1 predictions and 2 targets", "one target per output");
    }

    @Test
    void nonPositiveLearningRate() {
        assertMessage(() -> net.step(0), "was given 0.0", "0.01 to 0.5");
        assertMessage(() -> net.train(new double[][] {{1, 2}}, new double[][] {{1}}, 10, Double.NaN),
                "was given NaN", "0.01 to 0.5");
    }

    @Test
    void noEpochs() {
        assertMessage(() -> net.train(new double[][] {{1, 2}}, new double[][] {{1}}, 0, 0.1),
                "was given 0", "try 200");
    }

    @Test
    void neuronWithoutInputsOrWithTheWrongNumber() {
        assertMessage(() -> new ScratchNeuron(0, Value::tanh, new Random(1)), "was given 0", "e.g. 2");
        ScratchNeuron neuron = new ScratchNeuron(2, Value::tanh, new Random(1));
        assertMessage(() -> neuron.forward(List.of(Value.of(1))), "expected 2 inputs", "given 1", "one value per weight");
    }

    @Test
    void layerWithoutNeurons() {
        assertMessage(() -> new ScratchLayer(2, 0, Value::tanh, new Random(1)), "given 0", "at least one neuron");
    }
}
