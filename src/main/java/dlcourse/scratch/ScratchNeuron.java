package dlcourse.scratch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * One neuron built from {@link Value}s: {@code activation(w·x + b)}. Its weights and bias are
 * Values, so after {@code backward()} each knows its gradient.
 *
 * <pre>{@code
 * ScratchNeuron neuron = new ScratchNeuron(2, Value::tanh, new Random(42));
 * Value y = neuron.forward(List.of(Value.of(0.5), Value.of(-1.2)));
 * }</pre>
 */
public final class ScratchNeuron {

    private final List<Value> weights = new ArrayList<>();
    private final Value bias = Value.of(0, "b");
    private final UnaryOperator<Value> activation;

    /**
     * A neuron with {@code inputs} weights drawn uniformly from ±1/√inputs (so the weighted sum
     * stays in the range where tanh still has a slope) and a bias of 0.
     */
    public ScratchNeuron(int inputs, UnaryOperator<Value> activation, Random random) {
        if (inputs < 1) {
            throw new IllegalArgumentException("ScratchNeuron expected 1 or more inputs but was given "
                    + inputs + "; use the number of values each example has, e.g. 2");
        }
        if (activation == null || random == null) {
            throw new IllegalArgumentException("ScratchNeuron expected an activation such as Value::tanh"
                    + " and a Random such as new Random(42) but was given " + activation + " and " + random);
        }
        this.activation = activation;
        double scale = 1 / Math.sqrt(inputs);
        for (int i = 0; i < inputs; i++) {
            weights.add(Value.of(scale * (2 * random.nextDouble() - 1), "w" + (i + 1)));
        }
    }

    public Value forward(List<Value> inputs) {
        if (inputs == null || inputs.size() != weights.size()) {
            throw new IllegalArgumentException("ScratchNeuron expected " + weights.size() + " inputs but was"
                    + " given " + (inputs == null ? "null" : inputs.size() + ": " + inputs)
                    + "; pass one value per weight");
        }
        List<Value> terms = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            terms.add(weights.get(i).multiply(inputs.get(i)));
        }
        terms.add(bias);
        return activation.apply(Value.sum(terms));
    }

    public List<Value> weights() {
        return List.copyOf(weights);
    }

    public Value bias() {
        return bias;
    }

    /** The weights, then the bias. */
    public List<Value> parameters() {
        List<Value> all = new ArrayList<>(weights);
        all.add(bias);
        return all;
    }

    @Override
    public String toString() {
        return "ScratchNeuron(" + weights.size() + " inputs)";
    }
}
