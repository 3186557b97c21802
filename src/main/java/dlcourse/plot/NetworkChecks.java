package dlcourse.plot;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Checks on a network before the figures hand it anything, so DL4J's own errors never show. */
final class NetworkChecks {

    private NetworkChecks() {
    }

    static void checkNetwork(String call, MultiLayerNetwork net) {
        if (net == null) {
            throw new IllegalArgumentException(call + " expected a network but was given null; build"
                    + " one first, e.g. MultiLayerNetwork net = Mlp.classifier(2, 2, 16)");
        }
        if (net.getLayers() == null || net.getLayers().length == 0) {
            throw new IllegalArgumentException(call + " expected an initialised network but its layers"
                    + " are not set up yet; call net.init() first");
        }
    }

    static void checkLayerIndex(String call, MultiLayerNetwork net, int layer) {
        checkNetwork(call, net);
        int layers = net.getnLayers();
        if (layer < 0 || layer >= layers) {
            throw new IllegalArgumentException(call + " expected a layer index from 0 to " + (layers - 1)
                    + " but was given " + layer + "; the network's layers are " + layerNames(net));
        }
    }

    /** The configuration of layer {@code i}, e.g. a ConvolutionLayer or a DenseLayer. */
    static org.deeplearning4j.nn.conf.layers.Layer layerConf(MultiLayerNetwork net, int i) {
        return net.getLayerWiseConfigurations().getConf(i).getLayer();
    }

    /** "layer 2 (DenseLayer)". */
    static String describe(MultiLayerNetwork net, int i) {
        return "layer " + i + " (" + layerConf(net, i).getClass().getSimpleName() + ")";
    }

    /** "[0 ConvolutionLayer, 1 SubsamplingLayer, 2 OutputLayer]". */
    static String layerNames(MultiLayerNetwork net) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < net.getnLayers(); i++) {
            s.append(i == 0 ? "" : ", ").append(i).append(' ')
                    .append(layerConf(net, i).getClass().getSimpleName());
        }
        return s.append(']').toString();
    }

    /** How many numbers one flat input row must have, or -1 when the network does not say. */
    static long inputSize(MultiLayerNetwork net) {
        InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(0);
        if (pre instanceof FeedForwardToCnnPreProcessor) {
            FeedForwardToCnnPreProcessor cnn = (FeedForwardToCnnPreProcessor) pre;
            return cnn.getInputHeight() * cnn.getInputWidth() * cnn.getNumChannels();
        }
        if (pre == null && layerConf(net, 0) instanceof FeedForwardLayer
                && !(layerConf(net, 0) instanceof org.deeplearning4j.nn.conf.layers.ConvolutionLayer)) {
            return ((FeedForwardLayer) layerConf(net, 0)).getNIn();
        }
        return -1;
    }

    static void checkInputSize(String call, MultiLayerNetwork net, long columns) {
        long expected = inputSize(net);
        if (expected > 0 && expected != columns) {
            throw new IllegalArgumentException(call + " expected inputs of " + expected + " numbers per"
                    + " example, as the network takes, but was given " + columns + "; pass examples"
                    + " of the data the network was built for");
        }
    }
}
