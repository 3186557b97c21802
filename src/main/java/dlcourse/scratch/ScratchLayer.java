package dlcourse.scratch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A fully connected layer built from {@link ScratchNeuron}s: every neuron reads every input.
 *
 * <pre>{@code
 * ScratchLayer layer = new ScratchLayer(2, 3, Value::tanh, new Random(42));
 * List<Value> outputs = layer.forward(List.of(Value.of(0.5), Value.of(-1.2)));   // 3 values
 * }</pre>
 */
public final class ScratchLayer {

    private final List<ScratchNeuron> neurons = new ArrayList<>();

    public ScratchLayer(int inputs, int outputs, UnaryOperator<Value> activation, Random random) {
        if (outputs < 1) {
            throw new IllegalArgumentException("ScratchLayer expected 1 or more outputs (neurons) but was"
                    + " given " + outputs + "; a layer needs at least one neuron");
        }
        for (int i = 0; i < outputs; i++) {
            neurons.add(new ScratchNeuron(inputs, activation, random));
        }
    }

    public List<Value> forward(List<Value> inputs) {
        return neurons.stream().map(neuron -> neuron.forward(inputs)).toList();
    }

    public List<ScratchNeuron> neurons() {
        return List.copyOf(neurons);
    }

    /** Every neuron's weights and bias, neuron by neuron. */
    public List<Value> parameters() {
        return neurons.stream().flatMap(neuron -> neuron.parameters().stream()).toList();
    }

    @Override
    public String toString() {
        return "ScratchLayer(" + neurons.get(0).weights().size() + " → " + neurons.size() + ")";
    }
}
