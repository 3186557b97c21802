package dlcourse.nets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.function.Executable;

/** Shared checks for the network tests. */
final class NetAssertions {

    private NetAssertions() {
    }

    /** Runs {@code call}, expects {@code type}, and checks its message holds every part; returns the message. */
    static String assertMessage(Class<? extends RuntimeException> type, Executable call, String... parts) {
        String message = assertThrows(type, call).getMessage();
        for (String part : parts) {
            assertTrue(message.contains(part), "expected \"" + part + "\" in: " + message);
        }
        return message;
    }

    static Layer layer(MultiLayerNetwork net, int index) {
        return net.getLayerWiseConfigurations().getConf(index).getLayer();
    }

    static BaseLayer baseLayer(MultiLayerNetwork net, int index) {
        return (BaseLayer) layer(net, index);
    }

    static Layer lastLayer(MultiLayerNetwork net) {
        return layer(net, net.getnLayers() - 1);
    }
}
