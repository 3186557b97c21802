package dlcourse.train;

import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.util.TimeSeriesUtils;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training accuracy counted from the training steps themselves, as Keras does: each batch's
 * predictions come from the forward pass that training computes anyway, so no second pass over the
 * data is needed after the epoch (that pass cost a quarter of a CNN's training time). The epoch's
 * figure is therefore the share of its examples the network got right <em>while</em> learning from
 * them, with dropout on, and lags the accuracy at the epoch's end a little.
 *
 * <p>DL4J's forward pass during training stops below the output layer, so the output layer's
 * output is computed here from its input, weights and activation: one small matrix product per
 * batch. Networks whose output layer is not a plain {@code OutputLayer} or a (channels-first)
 * {@code RnnOutputLayer}, or that train with truncated backpropagation through time, are not
 * supported ({@link #supports}); the {@code Trainer} measures their accuracy with a separate pass.
 */
final class RunningAccuracy extends BaseTrainingListener {

    private final MultiLayerNetwork net;
    private final boolean binary;
    private DataSet batch;
    private INDArray scores;   // reused from batch to batch: [batch size, classes]
    private long correct;
    private long total;

    RunningAccuracy(MultiLayerNetwork net, boolean binary) {
        this.net = net;
        this.binary = binary;
    }

    /** Whether the output layer is one whose output this class can compute from its input. */
    static boolean supports(MultiLayerNetwork net) {
        if (net.getLayerWiseConfigurations().getBackpropType() != BackpropType.Standard) {
            return false;   // truncated BPTT trains on slices of each sequence, not on the batch's labels
        }
        org.deeplearning4j.nn.conf.layers.Layer conf = net.getOutputLayer().conf().getLayer();
        if (conf instanceof RnnOutputLayer) {
            return ((RnnOutputLayer) conf).getRnnDataFormat() == RNNFormat.NCW && ((BaseOutputLayer) conf).hasBias();
        }
        return conf instanceof OutputLayer && ((BaseOutputLayer) conf).hasBias()
                && net.getOutputLayer().getParam("W") != null;
    }

    /** The batch the network is about to train on: its labels and label mask score the predictions. */
    void batch(DataSet batch) {
        this.batch = batch;
    }

    /** Starts a new epoch's count. */
    void reset() {
        correct = 0;
        total = 0;
    }

    /** The epoch's accuracy so far; NaN before any batch. */
    double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    @Override
    public void onForwardPass(Model model, List<INDArray> activations) {
        if (batch == null || activations.isEmpty()) {
            return;
        }
        INDArray labels = batch.getLabels();
        // The activations live in DL4J's training workspace; what is computed here stays outside it.
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            Layer outputLayer = net.getOutputLayer();
            int last = net.getnLayers() - 1;
            INDArray input = activations.get(activations.size() - 1);
            InputPreProcessor preProcessor = net.getLayerWiseConfigurations().getInputPreProcess(last);
            if (preProcessor != null) {
                input = preProcessor.preProcess(input, (int) labels.size(0), LayerWorkspaceMgr.noWorkspaces());
            }
            boolean sequence = input.rank() == 3;
            INDArray rows = sequence ? TimeSeriesUtils.reshape3dTo2d(input) : input;
            long[] counts = sequence ? null : countSoftmax(rows, outputLayer, labels);
            if (counts != null) {
                correct += counts[0];
                total += counts[1];
                return;
            }
            INDArray z = rows.castTo(outputLayer.getParam("W").dataType()).mmul(outputLayer.getParam("W"))
                    .addiRowVector(outputLayer.getParam("b"));
            BaseOutputLayer conf = (BaseOutputLayer) outputLayer.conf().getLayer();
            INDArray output = conf.getActivationFn().getActivation(z, false);
            if (sequence) {
                output = TimeSeriesUtils.reshape2dTo3d(output, (int) labels.size(0));
            }
            counts = Accuracy.countInJava(output, labels, batch.getLabelsMaskArray(), binary);
            if (counts == null) {
                counts = Accuracy.count(output, labels, batch.getLabelsMaskArray(), binary);
            }
            correct += counts[0];
            total += counts[1];
        }
    }

    /**
     * The common case, counted with one native product into a reused array and the rest in Java:
     * a softmax output over float rows with float one-hot labels (no mask). The largest softmax
     * output is the largest score's, so the scores' row maxima decide and the softmax itself is not
     * computed. Returns null for anything else. Per batch this takes a third of the general path's
     * time, which cost 4 % of a small network's training.
     */
    private long[] countSoftmax(INDArray rows, Layer outputLayer, INDArray labels) {
        INDArray weights = outputLayer.getParam("W");
        INDArray bias = outputLayer.getParam("b");
        if (binary || !(((BaseOutputLayer) outputLayer.conf().getLayer()).getActivationFn() instanceof ActivationSoftmax)
                || rows.dataType() != DataType.FLOAT || weights.dataType() != DataType.FLOAT || rows.rank() != 2
                || batch.getLabelsMaskArray() != null || !Accuracy.oneBlock(labels)
                || labels.size(0) != rows.size(0) || labels.size(1) != weights.size(1)) {
            return null;
        }
        if (scores == null || scores.size(0) != rows.size(0) || scores.size(1) != weights.size(1)) {
            scores = Nd4j.createUninitialized(DataType.FLOAT, rows.size(0), weights.size(1));
        }
        rows.mmuli(weights, scores);
        float[] z = scores.data().asFloat();
        float[] b = bias.toFloatVector();
        for (int i = 0; i < z.length; i++) {
            z[i] += b[i % b.length];   // what addiRowVector computes: one float addition each
        }
        return Accuracy.countLargest(z, labels.data().asFloat(), b.length);
    }
}
