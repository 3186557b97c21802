package dlcourse.scratch;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Checks the from-scratch engine against DL4J: a {@link ScratchMlp} and a DL4J network with the same
 * sizes and the same weights compute the loss and its gradients on the same examples, and this
 * compares them parameter by parameter. DL4J computes on a 64-bit copy of the network, so the two
 * differ only by rounding (about 1e-16) when both do the same mathematics.
 *
 * <pre>{@code
 * MultiLayerNetwork dl4j = Mlp.builder().inputs(2).hidden(4).outputs(1).task(Task.REGRESSION)
 *         .activation(Activation.TANH).seed(7).build();
 * ScratchMlp scratch = ScratchMlp.of(2, 4, 1).copyWeightsFrom(dl4j);
 * Dl4jCheck check = Dl4jCheck.of(scratch, dl4j, x, y);
 * check.largestDifference();     // about 1e-16
 * check.table();                 // parameter, DL4J's name for it, both gradients, difference
 * }</pre>
 *
 * <p>DL4J's raw gradient ({@code net.gradient()}) is summed over the examples; its optimizer
 * divides by the batch size later. {@link ScratchMlp#loss} averages, so this divides DL4J's
 * gradient by the number of examples before comparing.
 */
public final class Dl4jCheck {

    private final int examples;
    private final double scratchLoss;
    private final double dl4jLoss;
    private final List<String> names;
    private final List<String> dl4jNames;
    private final double[] scratchGradients;
    private final double[] dl4jGradients;

    private Dl4jCheck(int examples, double scratchLoss, double dl4jLoss, List<String> names,
                      List<String> dl4jNames, double[] scratchGradients, double[] dl4jGradients) {
        this.examples = examples;
        this.scratchLoss = scratchLoss;
        this.dl4jLoss = dl4jLoss;
        this.names = names;
        this.dl4jNames = dl4jNames;
        this.scratchGradients = scratchGradients;
        this.dl4jGradients = dl4jGradients;
    }

    /**
     * Backpropagates the mean-squared-error loss on {@code inputs} and {@code targets} through both
     * networks, which must have the same weights (see {@link ScratchMlp#copyWeightsFrom}) and a
     * DL4J output layer with identity activation and MSE loss. Leaves the gradients in
     * {@code scratch}'s parameters; {@code dl4j} itself is not changed.
     */
    public static Dl4jCheck of(ScratchMlp scratch, MultiLayerNetwork dl4j, double[][] inputs,
                               double[][] targets) {
        if (scratch == null) {
            throw new IllegalArgumentException("Dl4jCheck expected a ScratchMlp but was given null;"
                    + " e.g. ScratchMlp.of(2, 4, 1).copyWeightsFrom(dl4j)");
        }
        scratch.checkSameShape("Dl4jCheck", dl4j);
        checkOutputLayer(dl4j);
        checkSameWeights(scratch, dl4j);
        scratch.zeroGrad();
        Value loss = scratch.loss(inputs, targets);   // checks the rows, with our messages
        loss.backward();

        MultiLayerNetwork twin = dl4j.convertDataType(DataType.DOUBLE);
        twin.setInput(Nd4j.createFromArray(inputs));
        twin.setLabels(Nd4j.createFromArray(targets));
        twin.computeGradientAndScore();
        Gradient gradient = twin.gradient();

        int n = inputs.length;
        List<String> names = new ArrayList<>();
        List<String> dl4jNames = new ArrayList<>();
        List<Double> mine = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<ScratchLayer> layers = scratch.layers();
        for (int l = 0; l < layers.size(); l++) {
            INDArray w = gradient.getGradientFor(l + "_W");
            INDArray b = gradient.getGradientFor(l + "_b");
            List<ScratchNeuron> neurons = layers.get(l).neurons();
            for (int j = 0; j < neurons.size(); j++) {
                String neuron = "layer " + (l + 1) + ", neuron " + (j + 1) + ", ";
                List<Value> weights = neurons.get(j).weights();
                for (int i = 0; i < weights.size(); i++) {
                    names.add(neuron + "w" + (i + 1));
                    dl4jNames.add(l + "_W[" + i + ", " + j + "]");
                    mine.add(weights.get(i).grad());
                    theirs.add(w.getDouble(i, j) / n);
                }
                names.add(neuron + "b");
                dl4jNames.add(l + "_b[" + j + "]");
                mine.add(neurons.get(j).bias().grad());
                theirs.add(b.getDouble(j) / n);
            }
        }
        return new Dl4jCheck(n, loss.data(), twin.score(), List.copyOf(names), List.copyOf(dl4jNames),
                mine.stream().mapToDouble(Double::doubleValue).toArray(),
                theirs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The gradients {@link Value#backward()} found, in the order of {@link ScratchMlp#parameters()}. */
    public double[] scratchGradients() {
        return scratchGradients.clone();
    }

    /** DL4J's gradients for the same parameters, in the same order, averaged over the examples. */
    public double[] dl4jGradients() {
        return dl4jGradients.clone();
    }

    public double scratchLoss() {
        return scratchLoss;
    }

    /** DL4J's score: the same mean squared error, if both networks compute the same function. */
    public double dl4jLoss() {
        return dl4jLoss;
    }

    /** The largest |scratch − DL4J| gradient difference, divided by the gradients' size where that is above 1. */
    public double largestDifference() {
        return GradientCheck.largestDifference(scratchGradients, dl4jGradients);
    }

    /** True when the losses and every gradient agree within {@code tolerance}. */
    public boolean passes(double tolerance) {
        return largestDifference() <= tolerance && lossDifference() <= tolerance;
    }

    /** One row per parameter: its name here and in DL4J, both gradients and their difference. */
    public Table table() {
        double[] difference = new double[scratchGradients.length];
        for (int i = 0; i < difference.length; i++) {
            difference[i] = scratchGradients[i] - dl4jGradients[i];
        }
        DoubleColumn mine = DoubleColumn.create("backpropagation", scratchGradients);
        DoubleColumn theirs = DoubleColumn.create("DL4J", dl4jGradients);
        DoubleColumn differences = DoubleColumn.create("difference", difference);
        // Ten decimals show the gradients; the differences (rounding, ~1e-16) need exponents.
        mine.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(10));
        theirs.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(10));
        differences.setPrintFormatter(new NumberColumnFormatter(
                new DecimalFormat("0.0E0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        return Table.create("Gradients: from scratch vs DL4J", StringColumn.create("parameter", names),
                StringColumn.create("DL4J name", dl4jNames), mine, theirs, differences);
    }

    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "Dl4jCheck of %d gradients on %d examples: largest"
                        + " difference %.1e%n  loss: from scratch %.10f, DL4J %.10f",
                scratchGradients.length, examples, largestDifference(), scratchLoss, dl4jLoss);
        if (lossDifference() > 1e-9) {
            text += "\n  The losses differ, so the two networks compute different functions: do their hidden"
                    + " layers use the same activation? (ScratchMlp.of uses tanh; Mlp uses ReLU unless"
                    + " you set .activation(Activation.TANH).) Does the DL4J network use L2 or dropout?";
        }
        return text;
    }

    private double lossDifference() {
        return Math.abs(scratchLoss - dl4jLoss) / Math.max(1, Math.abs(scratchLoss));
    }

    private static void checkOutputLayer(MultiLayerNetwork dl4j) {
        var conf = dl4j.getLayer(dl4j.getnLayers() - 1).conf().getLayer();
        if (!(conf instanceof BaseOutputLayer output) || !(output.getLossFn() instanceof LossMSE)
                || !(output.getActivationFn() instanceof ActivationIdentity)) {
            throw new IllegalArgumentException("Dl4jCheck expected a DL4J network whose output layer has"
                    + " the identity activation and MSE loss, as ScratchMlp's, but its last layer is "
                    + conf.getClass().getSimpleName()
                    + (conf instanceof BaseOutputLayer o ? " with " + o.getActivationFn() + " and "
                            + o.getLossFn() : "")
                    + "; build it with .task(Task.REGRESSION), e.g. Mlp.builder().inputs(2).hidden(4)"
                    + ".outputs(1).task(Task.REGRESSION).activation(Activation.TANH).build()");
        }
    }

    private static void checkSameWeights(ScratchMlp scratch, MultiLayerNetwork dl4j) {
        List<ScratchLayer> layers = scratch.layers();
        for (int l = 0; l < layers.size(); l++) {
            INDArray w = dl4j.getParam(l + "_W");
            INDArray b = dl4j.getParam(l + "_b");
            List<ScratchNeuron> neurons = layers.get(l).neurons();
            for (int j = 0; j < neurons.size(); j++) {
                List<Value> weights = neurons.get(j).weights();
                for (int i = 0; i < weights.size(); i++) {
                    checkSame(weights.get(i).data(), w.getDouble(i, j), l + "_W[" + i + ", " + j + "]");
                }
                checkSame(neurons.get(j).bias().data(), b.getDouble(j), l + "_b[" + j + "]");
            }
        }
    }

    private static void checkSame(double mine, double theirs, String name) {
        if (Math.abs(mine - theirs) > 1e-12 * Math.max(1, Math.abs(theirs))) {
            throw new IllegalArgumentException("Dl4jCheck expected both networks to have the same weights but"
                    + " DL4J's " + name + " is " + theirs + " and the ScratchMlp's is " + mine
                    + "; copy them first: scratch.copyWeightsFrom(dl4j)");
        }
    }
}
