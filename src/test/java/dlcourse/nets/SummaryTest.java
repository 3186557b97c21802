package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import tech.tablesaw.api.Table;

class SummaryTest {

    @Test
    void mlpRowsHoldTypeShapeAndParametersAndTheNameTheTotal() {
        Table summary = Summary.of(Mlp.classifier(2, 2, 16));
        assertEquals(List.of("layer", "type", "output shape", "parameters"), summary.columnNames());
        assertEquals(List.of(0, 1), summary.intColumn(Summary.LAYER).asList());
        assertEquals(List.of("DenseLayer", "OutputLayer"), summary.stringColumn(Summary.TYPE).asList());
        assertEquals(List.of("[16]", "[2]"), summary.stringColumn(Summary.OUTPUT_SHAPE).asList());
        assertEquals(List.of(48L, 34L), summary.longColumn(Summary.PARAMETERS).asList());
        assertEquals("2 layers, 82 parameters", summary.name());
        assertTrue(summary.toString().contains("OutputLayer"), summary.toString());
    }

    @Test
    void cnnShapesFollowTheImageThroughConvolutionAndPooling() {
        MultiLayerNetwork net = Cnn.classifier(28, 28, 10);
        Table summary = Summary.of(net);
        assertEquals(List.of("ConvolutionLayer", "SubsamplingLayer", "ConvolutionLayer", "SubsamplingLayer",
                "DenseLayer", "OutputLayer"), summary.stringColumn(Summary.TYPE).asList());
        assertEquals(List.of("[16, 28, 28]", "[16, 14, 14]", "[32, 14, 14]", "[32, 7, 7]", "[64]", "[10]"),
                summary.stringColumn(Summary.OUTPUT_SHAPE).asList());
        assertEquals(List.of(16 * 9 + 16L, 0L, 16 * 32 * 9 + 32L, 0L, 32 * 7 * 7 * 64 + 64L, 64 * 10 + 10L),
                summary.longColumn(Summary.PARAMETERS).asList());
        assertEquals(net.numParams(), (long) summary.longColumn(Summary.PARAMETERS).sum());
        assertEquals("6 layers, 105,866 parameters", summary.name());
    }

    @Test
    void recurrentShapesHaveATimeAxisUntilTheLastStep() {
        Table stacked = Summary.of(Recurrent.lstm().features(2).units(8, 4).outputs(3).build());
        assertEquals(List.of("LSTM", "LastTimeStep(LSTM)", "OutputLayer"), stacked.stringColumn(Summary.TYPE).asList());
        assertEquals(List.of("[8, time]", "[4]", "[3]"), stacked.stringColumn(Summary.OUTPUT_SHAPE).asList());
        // An LSTM layer has four gates, each with input weights, recurrent weights and a bias.
        assertEquals(4L * (2 * 8 + 8 * 8 + 8), stacked.longColumn(Summary.PARAMETERS).get(0));

        Table simple = Summary.of(Recurrent.simpleRnn().features(1).units(5).outputs(2).sequenceToSequence().build());
        assertEquals(List.of("SimpleRnn", "RnnOutputLayer"), simple.stringColumn(Summary.TYPE).asList());
        assertEquals(List.of("[5, time]", "[2, time]"), simple.stringColumn(Summary.OUTPUT_SHAPE).asList());
        assertEquals(1L * 5 + 5 * 5 + 5, simple.longColumn(Summary.PARAMETERS).get(0));
    }

    @Test
    void handBuiltNetworkWithAutoencoderDropoutAndFrozenLayers() {
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new VariationalAutoencoder.Builder().nIn(10).nOut(2).encoderLayerSizes(8)
                        .decoderLayerSizes(8).build())
                .layer(new DropoutLayer.Builder(0.5).build())
                .layer(new FrozenLayerWithBackprop(new DenseLayer.Builder().nIn(2).nOut(4).build()))
                .layer(new OutputLayer.Builder(LossFunction.MSE).nIn(4).nOut(3).activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(configuration);
        Table before = Summary.of(net);   // not initialised yet: counted from the configuration
        net.init();
        Table summary = Summary.of(net);
        assertEquals(List.of("VariationalAutoencoder", "DropoutLayer", "FrozenLayerWithBackprop(DenseLayer)",
                "OutputLayer"), summary.stringColumn(Summary.TYPE).asList());
        assertEquals(List.of("[2]", "[2]", "[4]", "[3]"), summary.stringColumn(Summary.OUTPUT_SHAPE).asList());
        for (int i = 0; i < net.getnLayers(); i++) {
            assertEquals(net.getLayer(i).numParams(), summary.longColumn(Summary.PARAMETERS).get(i), "layer " + i);
        }
        assertEquals(summary.longColumn(Summary.PARAMETERS).asList(), before.longColumn(Summary.PARAMETERS).asList());
        assertEquals(net.numParams(), (long) summary.longColumn(Summary.PARAMETERS).sum());
    }

    @Test
    void withoutAnInputTypeConvolutionShapesComeFromTheLayerSizes() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new ConvolutionLayer.Builder(3, 3).nIn(1).nOut(8).build())
                .layer(new SubsamplingLayer.Builder().kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nIn(72).nOut(16).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(16).nOut(2).activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        Table summary = Summary.of(net);
        assertEquals(List.of("[8, ?, ?]", "?", "[16]", "[2]"), summary.stringColumn(Summary.OUTPUT_SHAPE).asList());
        assertEquals(net.numParams(), (long) summary.longColumn(Summary.PARAMETERS).sum());
    }

    @Test
    void textShowsEveryRowOfALongNetwork() {
        int[] hidden = new int[24];
        java.util.Arrays.fill(hidden, 4);
        String text = Summary.text(Mlp.classifier(2, 2, hidden));
        assertTrue(text.contains("25 layers"), text);
        for (int i = 0; i < 25; i++) {
            assertTrue(text.contains(" " + i + " "), "row " + i + " missing from\n" + text);
        }
    }
}
