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

    /** One parameter's gradient, found by backpropagation here and by DL4J. */
    private record Row(String name, String dl4jName, double scratchGradient, double dl4jGradient) {
    }

    private final int examples;
    private final double scratchLoss;
    private final double dl4jLoss;
    private final List<Row> rows;

    private Dl4jCheck(int examples, double scratchLoss, double dl4jLoss, List<Row> rows) {
        this.examples = examples;
        this.scratchLoss = scratchLoss;
        this.dl4jLoss = dl4jLoss;
        this.rows = List.copyOf(rows);
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
        List<Row> rows = new ArrayList<>();
        scratch.forEachTwin(gradient::getGradientFor, (parameter, name, dl4jName, dl4jValue) ->
                rows.add(new Row(name, dl4jName, parameter.grad(), dl4jValue / n)));
        return new Dl4jCheck(n, loss.data(), twin.score(), rows);
    }

    /** The gradients {@link Value#backward()} found, in the order of {@link ScratchMlp#parameters()}. */
    public double[] scratchGradients() {
        return rows.stream().mapToDouble(Row::scratchGradient).toArray();
    }

    /** DL4J's gradients for the same parameters, in the same order, averaged over the examples. */
    public double[] dl4jGradients() {
        return rows.stream().mapToDouble(Row::dl4jGradient).toArray();
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
        return GradientCheck.largestDifference(scratchGradients(), dl4jGradients());
    }

    /** True when the losses and every gradient agree within {@code tolerance}. */
    public boolean passes(double tolerance) {
        return largestDifference() <= tolerance && lossDifference() <= tolerance;
    }

    /** One row per parameter: its name here and in DL4J, both gradients and their difference. */
    public Table table() {
        DoubleColumn mine = DoubleColumn.create("backpropagation", scratchGradients());
        DoubleColumn theirs = DoubleColumn.create("DL4J", dl4jGradients());
        DoubleColumn differences = DoubleColumn.create("difference",
                rows.stream().mapToDouble(row -> row.scratchGradient() - row.dl4jGradient()));
        // Ten decimals show the gradients; the differences (rounding, ~1e-16) need exponents.
        mine.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(10));
        theirs.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(10));
        differences.setPrintFormatter(new NumberColumnFormatter(
                new DecimalFormat("0.0E0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        return Table.create("Gradients: from scratch vs DL4J",
                StringColumn.create("parameter", rows.stream().map(Row::name).toList()),
                StringColumn.create("DL4J name", rows.stream().map(Row::dl4jName).toList()),
                mine, theirs, differences);
    }

    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "Dl4jCheck of %d gradients on %d examples: largest"
                        + " difference %.1e%n  loss: from scratch %.10f, DL4J %.10f",
                rows.size(), examples, largestDifference(), scratchLoss, dl4jLoss);
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
        scratch.forEachTwin(dl4j::getParam, (parameter, name, dl4jName, theirs) -> {
            double mine = parameter.data();
            if (Math.abs(mine - theirs) > 1e-12 * Math.max(1, Math.abs(theirs))) {
                throw new IllegalArgumentException("Dl4jCheck expected both networks to have the same weights"
                        + " but DL4J's " + dl4jName + " is " + theirs + " and the ScratchMlp's is " + mine
                        + "; copy them first: scratch.copyWeightsFrom(dl4j)");
            }
        });
    }
}
