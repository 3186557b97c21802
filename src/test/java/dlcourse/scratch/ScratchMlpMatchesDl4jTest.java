package dlcourse.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The scratch engine against DL4J: the same 2-3-2 network, the same weights, the same gradients. */
class ScratchMlpMatchesDl4jTest {

    private static final double[][] INPUTS = {{0.5, -1.2}, {1.5, 0.3}, {-0.7, 0.9}, {0.1, 0.1}};
    private static final double[][] TARGETS = {{1.0, -0.5}, {-1.0, 0.2}, {0.5, 0.5}, {0.0, 1.0}};

    @Test
    void gradientsAndLossEqualDl4jsForTheSameWeights() {
        // DOUBLE throughout, so the two differ only by rounding (~1e-16), not by float's ~1e-7.
        MultiLayerNetwork dl4j = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE).seed(7).weightInit(WeightInit.XAVIER).updater(new Sgd(0.1))
                .list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(3).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(3).nOut(2)
                        .activation(Activation.IDENTITY).build())
                .build());
        dl4j.init();
        // DL4J starts biases at 0; give them values so a wrong bias gradient would show.
        dl4j.getParam("0_b").assign(Nd4j.createFromArray(0.1, -0.2, 0.3));
        dl4j.getParam("1_b").assign(Nd4j.createFromArray(-0.4, 0.25));

        ScratchMlp scratch = ScratchMlp.of(2, 3, 2);
        copyWeights(dl4j, scratch);

        dl4j.setInput(Nd4j.createFromArray(INPUTS));
        dl4j.setLabels(Nd4j.createFromArray(TARGETS));
        dl4j.computeGradientAndScore();

        Value loss = scratch.loss(INPUTS, TARGETS);
        loss.backward();

        // DL4J's MSE loss is the mean over outputs of the squared error, summed over the examples
        // and divided by the minibatch size for the score: the mean over all entries, as
        // ScratchMlp.loss. Its raw gradient (net.gradient()) is NOT divided by the minibatch size
        // (DL4J's updater does that later, when it applies the step), so it is N times ours.
        int n = INPUTS.length;
        assertEquals(dl4j.score(), loss.data(), 1e-12);
        int compared = 0;
        for (int layer = 0; layer < 2; layer++) {
            INDArray w = dl4j.gradient().getGradientFor(layer + "_W");
            INDArray b = dl4j.gradient().getGradientFor(layer + "_b");
            List<ScratchNeuron> neurons = scratch.layers().get(layer).neurons();
            for (int j = 0; j < neurons.size(); j++) {
                for (int i = 0; i < neurons.get(j).weights().size(); i++) {
                    assertEquals(w.getDouble(i, j) / n, neurons.get(j).weights().get(i).grad(), 1e-9,
                            "layer " + layer + " weight from input " + i + " to neuron " + j);
                    compared++;
                }
                assertEquals(b.getDouble(j) / n, neurons.get(j).bias().grad(), 1e-9,
                        "layer " + layer + " bias of neuron " + j);
                compared++;
            }
        }
        assertEquals(dl4j.numParams(), compared, "every DL4J parameter was compared");
        assertEquals(scratch.parameters().size(), compared);

        // The forward passes agree too.
        INDArray out = dl4j.output(Nd4j.createFromArray(INPUTS));
        for (int e = 0; e < n; e++) {
            List<Value> mine = scratch.forward(INPUTS[e]);
            for (int k = 0; k < 2; k++) {
                assertEquals(out.getDouble(e, k), mine.get(k).data(), 1e-12);
            }
        }
    }

    /** DL4J keeps a dense layer's weights as W[nIn, nOut] (column j is neuron j) and its biases as b[nOut]. */
    private static void copyWeights(MultiLayerNetwork from, ScratchMlp to) {
        for (int layer = 0; layer < to.layers().size(); layer++) {
            INDArray w = from.getParam(layer + "_W");
            INDArray b = from.getParam(layer + "_b");
            List<ScratchNeuron> neurons = to.layers().get(layer).neurons();
            for (int j = 0; j < neurons.size(); j++) {
                List<Value> weights = neurons.get(j).weights();
                for (int i = 0; i < weights.size(); i++) {
                    weights.get(i).setData(w.getDouble(i, j));
                }
                neurons.get(j).bias().setData(b.getDouble(j));
            }
        }
    }
}
