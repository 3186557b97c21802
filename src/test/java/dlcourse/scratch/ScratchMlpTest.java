package dlcourse.scratch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.train.History;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ScratchMlpTest {

    private static final double[][] XOR_INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[][] XOR_TARGETS = {{-1}, {1}, {1}, {-1}};

    @Test
    void learnsXorWithAHandWrittenLoop() {
        ScratchMlp net = ScratchMlp.of(2, 4, 1);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int step = 0; step < 300; step++) {
            net.zeroGrad();
            Value loss = net.loss(XOR_INPUTS, XOR_TARGETS);
            loss.backward();
            net.step(0.2);
            first = step == 0 ? loss.data() : first;
            last = loss.data();
        }
        System.out.printf("XOR, hand-written loop: loss %.4f -> %.2e%n", first, last);
        assertTrue(last < 0.01, "loss " + first + " -> " + last);
        for (int i = 0; i < 4; i++) {
            double output = net.forward(XOR_INPUTS[i]).get(0).data();
            assertEquals(XOR_TARGETS[i][0], output, 0.25, "XOR of " + java.util.Arrays.toString(XOR_INPUTS[i]));
        }
    }

    @Test
    void trainRecordsAHistoryAndTheSameSeedGivesTheSameNumbers() {
        History history = ScratchMlp.of(Value::relu, 3, 2, 8, 1).train(XOR_INPUTS, XOR_TARGETS, 300, 0.05);
        System.out.printf("XOR, train() with ReLU: loss %.4f -> %.2e%n",
                history.values(History.LOSS)[0], history.last(History.LOSS));
        assertEquals(300, history.epochs());
        assertFalse(history.interrupted());
        assertTrue(history.last(History.LOSS) < history.values(History.LOSS)[0] / 10, history.toString());

        double[] again = ScratchMlp.of(Value::relu, 3, 2, 8, 1).train(XOR_INPUTS, XOR_TARGETS, 300, 0.05)
                .values(History.LOSS);
        assertArrayEquals(history.values(History.LOSS), again);
        double[] otherSeed = ScratchMlp.of(Value::relu, 4, 2, 8, 1).train(XOR_INPUTS, XOR_TARGETS, 300, 0.05)
                .values(History.LOSS);
        assertNotEquals(again[0], otherSeed[0]);
    }

    @Test
    void anInterruptStopsTrainingCleanly() throws Exception {
        ScratchMlp net = ScratchMlp.of(2, 4, 1);
        // A History is a Tablesaw table, and Tablesaw's first use scans the classpath; an interrupt
        // during that scan breaks Table for the whole JVM. So let that happen before the test.
        net.train(XOR_INPUTS, XOR_TARGETS, 1, 0.1);
        AtomicReference<History> result = new AtomicReference<>();
        Thread training = new Thread(() -> result.set(net.train(XOR_INPUTS, XOR_TARGETS, 100_000_000, 0.1)));
        training.start();
        Thread.sleep(300);
        training.interrupt();
        training.join(30_000);
        assertFalse(training.isAlive(), "training should stop after an interrupt");
        assertTrue(result.get().interrupted());
        assertTrue(result.get().epochs() < 100_000_000);
        assertEquals(1, net.forward(0.0, 1.0).size());
    }

    @Test
    void partsHaveTheExpectedSizesAndNames() {
        ScratchMlp net = ScratchMlp.of(2, 3, 1);
        assertEquals(2 * 3 + 3 + 3 * 1 + 1, net.parameters().size());
        assertEquals("ScratchMlp 2 → 3 → 1 (13 parameters)", net.toString());
        assertEquals("ScratchLayer(2 → 3)", net.layers().get(0).toString());
        assertEquals(3, net.layers().get(0).neurons().size());
        assertEquals("ScratchNeuron(2 inputs)", net.layers().get(0).neurons().get(0).toString());
        // The output layer has no activation: its output can leave tanh's range.
        net.layers().get(1).neurons().get(0).bias().setData(5);
        assertTrue(net.forward(0, 0).get(0).data() > 1);
    }

    @Test
    void zeroGradAndStepMoveEveryParameterAgainstItsGradient() {
        ScratchMlp net = ScratchMlp.of(2, 3, 1);
        Value loss = net.loss(XOR_INPUTS, XOR_TARGETS);
        loss.backward();
        double[] before = net.parameters().stream().mapToDouble(Value::data).toArray();
        double[] grads = net.parameters().stream().mapToDouble(Value::grad).toArray();
        net.step(0.5);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i] - 0.5 * grads[i], net.parameters().get(i).data(), 1e-15);
        }
        assertTrue(net.loss(XOR_INPUTS, XOR_TARGETS).data() < loss.data(), "a small step lowers the loss");
        net.zeroGrad();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() == 0));
    }

    @Test
    void meanSquaredErrorIsTheMeanOfTheSquaredDifferences() {
        Value mse = ScratchMlp.meanSquaredError(java.util.List.of(Value.of(1.0), Value.of(-2.0)), 0.5, 1.0);
        assertEquals((0.25 + 9.0) / 2, mse.data(), 1e-12);
    }
}
