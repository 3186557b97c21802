package dlcourse.scratch;

import dlcourse.data.Seeds;
import dlcourse.train.History;
import dlcourse.train.Optimizer;
import dlcourse.train.TrainingLoop;
import dlcourse.train.TrainingStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A multilayer perceptron built from {@link Value}s, trained by the backpropagation in
 * {@link Value#backward()} and plain gradient descent: the whole of training in a few lines you
 * can read. Hidden layers use tanh (or the activation you pass), the output layer none, so the
 * outputs are plain numbers for a mean-squared-error loss.
 *
 * <pre>{@code
 * ScratchMlp net = ScratchMlp.of(2, 4, 1);                 // 2 inputs, 4 hidden neurons, 1 output
 * double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
 * double[][] y = {{-1}, {1}, {1}, {-1}};                    // XOR
 * for (int step = 0; step < 300; step++) {
 *     net.zeroGrad();
 *     Value loss = net.loss(x, y);
 *     loss.backward();
 *     net.step(0.2);
 * }
 * // or in one call: History history = net.train(x, y, 300, 0.2);
 * }</pre>
 */
public final class ScratchMlp {

    private final int[] sizes;
    private final List<ScratchLayer> layers = new ArrayList<>();

    private ScratchMlp(UnaryOperator<Value> hiddenActivation, long seed, int[] sizes) {
        this.sizes = sizes.clone();
        Random random = Seeds.random(seed);
        for (int i = 1; i < sizes.length; i++) {
            boolean output = i == sizes.length - 1;
            layers.add(new ScratchLayer(sizes[i - 1], sizes[i], output ? v -> v : hiddenActivation, random));
        }
    }

    /** Layer sizes from inputs to outputs, e.g. {@code of(2, 4, 1)}; tanh hidden layers, seed 42. */
    public static ScratchMlp of(int... sizes) {
        return of(Value::tanh, 42, sizes);
    }

    /** Layer sizes from inputs to outputs with your hidden activation, e.g. {@code Value::relu}. */
    public static ScratchMlp of(UnaryOperator<Value> hiddenActivation, long seed, int... sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("ScratchMlp expected at least 2 layer sizes (inputs and"
                    + " outputs) but was given " + Arrays.toString(sizes) + "; e.g. ScratchMlp.of(2, 4, 1)");
        }
        if (Arrays.stream(sizes).anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("ScratchMlp expected layer sizes of 1 or more but was given "
                    + Arrays.toString(sizes) + "; remove or enlarge the empty layer");
        }
        if (hiddenActivation == null) {
            throw new IllegalArgumentException("ScratchMlp expected a hidden activation such as Value::tanh"
                    + " but was given null");
        }
        return new ScratchMlp(hiddenActivation, seed, sizes);
    }

    /** The network's outputs for one example. */
    public List<Value> forward(double... inputs) {
        checkRow("inputs", "", inputs, sizes[0]);
        return forward(Arrays.stream(inputs).mapToObj(Value::of).toList());
    }

    /** The network's outputs for one example given as Values (to see gradients of the inputs too). */
    public List<Value> forward(List<Value> inputs) {
        if (inputs == null || inputs.size() != sizes[0]) {
            throw new IllegalArgumentException("ScratchMlp expected " + sizes[0] + " inputs per example but"
                    + " was given " + (inputs == null ? "null" : inputs.size() + ": " + inputs)
                    + "; give one Value per input");
        }
        List<Value> values = inputs;
        for (ScratchLayer layer : layers) {
            values = layer.forward(values);
        }
        return values;
    }

    /** The mean of the squared differences between one example's predictions and targets. */
    public static Value meanSquaredError(List<Value> predictions, double... targets) {
        if (predictions == null || targets == null || predictions.size() != targets.length
                || targets.length == 0) {
            throw new IllegalArgumentException("meanSquaredError expected as many targets as predictions"
                    + " (1 or more) but was given " + (predictions == null ? "null" : predictions.size())
                    + " predictions and " + (targets == null ? "null" : targets.length)
                    + " targets; give one target per output");
        }
        List<Value> squares = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            squares.add(predictions.get(i).subtract(targets[i]).power(2));
        }
        return Value.sum(squares).divide(targets.length);
    }

    /**
     * The mean squared error over all examples and outputs: each example's
     * {@link #meanSquaredError} averaged over the examples, as DL4J's MSE loss scores a batch.
     */
    public Value loss(double[][] inputs, double[][] targets) {
        checkExamples("loss", inputs, targets);
        List<Value> losses = new ArrayList<>();
        for (int n = 0; n < inputs.length; n++) {
            checkRow("inputs", " in row " + n, inputs[n], sizes[0]);
            checkRow("targets", " in row " + n, targets[n], sizes[sizes.length - 1]);
            losses.add(meanSquaredError(forward(inputs[n]), targets[n]));
        }
        return Value.sum(losses).divide(inputs.length);
    }

    /** Every weight and bias, layer by layer. */
    public List<Value> parameters() {
        return layers.stream().flatMap(layer -> layer.parameters().stream()).toList();
    }

    /** Sets every parameter's gradient to 0; needed before each backward(), since gradients add up. */
    public void zeroGrad() {
        parameters().forEach(Value::zeroGrad);
    }

    /** One step of gradient descent: every parameter moves against its gradient. */
    public void step(double learningRate) {
        checkLearningRate(learningRate);
        for (Value p : parameters()) {
            p.setData(p.data() - learningRate * p.grad());
        }
    }

    /**
     * Trains on all examples at once for {@code epochs} steps (zeroGrad, loss, backward, step) and
     * records the loss of each. Stops cleanly when the thread is interrupted.
     */
    public History train(double[][] inputs, double[][] targets, int epochs, double learningRate) {
        if (epochs < 1) {
            throw new IllegalArgumentException("train expected 1 or more epochs but was given " + epochs
                    + "; try 200 and raise it while the loss still falls");
        }
        checkLearningRate(learningRate);
        checkExamples("train", inputs, targets);
        // All examples at once, in their order: one epoch is one step of gradient descent.
        return TrainingLoop.builder().epochs(epochs).allAtOnce().live(false).build().run(new TrainingStep() {
            @Override
            public List<String> metrics() {
                return List.of(History.LOSS);
            }

            @Override
            public int examples() {
                return inputs.length;
            }

            @Override
            public double[] train(int[] rows, int epoch) {
                zeroGrad();
                Value loss = loss(inputs, targets);
                loss.backward();
                step(learningRate);
                return new double[] {loss.data()};
            }

            @Override
            public String name() {
                return "the scratch network";
            }
        });
    }

    /**
     * Sets every weight and bias to the value it has in {@code net}, a DL4J network of dense layers
     * with the same sizes (e.g. {@code Mlp.builder().inputs(2).hidden(4).outputs(1)}), so that the
     * two can be compared, e.g. with {@link Dl4jCheck}. DL4J keeps layer {@code l}'s weights as a
     * matrix {@code l_W} of shape [inputs, neurons], column j holding neuron j's weights, and its
     * biases as {@code l_b}. Returns this network.
     */
    public ScratchMlp copyWeightsFrom(MultiLayerNetwork net) {
        checkSameShape("copyWeightsFrom", net);
        forEachTwin(net::getParam, (parameter, name, dl4jName, dl4jValue) -> parameter.setData(dl4jValue));
        return this;
    }

    /** A parameter of this network and its counterpart in DL4J's arrays, as {@link #forEachTwin} visits them. */
    @FunctionalInterface
    interface Twin {
        void visit(Value parameter, String name, String dl4jName, double dl4jValue);
    }

    /**
     * Visits every weight and bias, layer by layer and neuron by neuron, with the value DL4J keeps
     * for it in {@code dl4jArrays} (parameters or gradients, looked up by DL4J's names {@code l_W}
     * and {@code l_b}): weight i of neuron j is {@code l_W[i, j]}, its bias {@code l_b[j]}.
     */
    void forEachTwin(Function<String, INDArray> dl4jArrays, Twin twin) {
        for (int l = 0; l < layers.size(); l++) {
            INDArray w = dl4jArrays.apply(l + "_W");
            INDArray b = dl4jArrays.apply(l + "_b");
            List<ScratchNeuron> neurons = layers.get(l).neurons();
            for (int j = 0; j < neurons.size(); j++) {
                String neuron = "layer " + (l + 1) + ", neuron " + (j + 1) + ", ";
                List<Value> weights = neurons.get(j).weights();
                for (int i = 0; i < weights.size(); i++) {
                    twin.visit(weights.get(i), neuron + "w" + (i + 1), l + "_W[" + i + ", " + j + "]",
                            w.getDouble(i, j));
                }
                twin.visit(neurons.get(j).bias(), neuron + "b", l + "_b[" + j + "]", b.getDouble(j));
            }
        }
    }

    /** Throws a clear message unless {@code net} is an initialized stack of dense layers of our sizes. */
    void checkSameShape(String call, MultiLayerNetwork net) {
        String shape = Arrays.toString(sizes);
        if (net == null) {
            throw new IllegalArgumentException(call + " expected a DL4J network with layer sizes " + shape
                    + " but was given null");
        }
        if (net.getLayers() == null || net.params() == null) {
            throw new IllegalArgumentException(call + " expected an initialized DL4J network but was given"
                    + " one without parameters; call net.init() first (Mlp.builder()...build() does)");
        }
        List<Integer> theirs = new ArrayList<>();
        boolean dense = true;
        for (int l = 0; l < net.getnLayers(); l++) {
            var conf = net.getLayer(l).conf().getLayer();
            if ((conf instanceof DenseLayer || conf instanceof OutputLayer)
                    && conf instanceof FeedForwardLayer layer) {
                if (l == 0) {
                    theirs.add((int) layer.getNIn());
                }
                theirs.add((int) layer.getNOut());
            } else {
                dense = false;
            }
        }
        if (!dense || !theirs.equals(Arrays.stream(sizes).boxed().toList())) {
            throw new IllegalArgumentException(call + " expected a DL4J network of dense layers with sizes "
                    + shape + ", like this " + this + ", but was given one with " + (dense ? "sizes " + theirs
                    : net.getnLayers() + " layers, not all dense") + "; build it with the same sizes, e.g."
                    + " Mlp.builder().inputs(" + sizes[0] + ").hidden(" + String.join(", ", Arrays.stream(
                            sizes, 1, sizes.length - 1).mapToObj(String::valueOf).toList()) + ").outputs("
                    + sizes[sizes.length - 1] + ").task(Task.REGRESSION).activation(Activation.TANH).build()");
        }
    }

    public List<ScratchLayer> layers() {
        return List.copyOf(layers);
    }

    @Override
    public String toString() {
        return "ScratchMlp " + String.join(" → ", Arrays.stream(sizes).mapToObj(String::valueOf).toList())
                + " (" + parameters().size() + " parameters)";
    }

    private static void checkLearningRate(double learningRate) {
        Optimizer.checkLearningRate("ScratchMlp", learningRate, "0.01 to 0.5 (plain gradient descent)", false);
    }

    private static void checkExamples(String call, double[][] inputs, double[][] targets) {
        if (inputs == null || targets == null || inputs.length != targets.length || inputs.length == 0) {
            throw new IllegalArgumentException(call + " expected as many target rows as input rows (1 or"
                    + " more) but was given " + (inputs == null ? "null" : inputs.length) + " input rows and "
                    + (targets == null ? "null" : targets.length)
                    + " target rows; give one target row per example");
        }
    }

    /** {@code where} is "" for one example, " in row 3" for a batch. */
    private static void checkRow(String what, String where, double[] values, int expected) {
        if (values == null || values.length != expected) {
            String fix = what.equals("inputs") && values != null
                    ? " or build the network for " + values.length + " inputs, e.g. ScratchMlp.of("
                            + values.length + ", 4, 1)"
                    : "";
            throw new IllegalArgumentException("ScratchMlp expected " + expected + " " + what + " per example"
                    + " but was given " + (values == null ? "null" : values.length + where + ": "
                    + Arrays.toString(values)) + "; give every example " + expected + " " + what + fix);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("ScratchMlp expected finite " + what + " but was given "
                        + Arrays.toString(values) + where + "; remove or fill the NaN or infinite values");
            }
        }
    }
}
