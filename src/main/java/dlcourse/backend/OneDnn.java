package dlcourse.backend;

import java.lang.reflect.Field;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Fast convolutions: lets DL4J's convolution layers compute with oneDNN (Intel's library of
 * neural-network kernels) when the ND4J build in use contains it, as the course's Linux x86-64 build
 * does. The library's network builders and {@code Trainer} call it for you; call it yourself only for
 * a network you built with plain DL4J and train with {@code net.fit}.
 *
 * <pre>{@code
 * MultiLayerNetwork net = new MultiLayerNetwork(myConfiguration);
 * net.init();
 * OneDnn.useFor(net);          // returns how many convolution layers now use oneDNN
 * OneDnn.describe()            // "oneDNN (ND4J's -onednn build)" or why not
 * }</pre>
 *
 * <p>Why this class exists: DL4J 1.0.0-M2.1 ships {@link MKLDNNConvHelper}, which hands a
 * convolution and its gradients to libnd4j's {@code conv2d} ops (and so to oneDNN), but never installs
 * it: its check looks for a native class under a name this release moved. Without it every
 * convolution runs as im2col plus a matrix product, several times slower. Measured on the course's CNN
 * (2 cores, one thread): one epoch of 8,000 Fashion-MNIST images took 11.5 s that way and 6.1 s with
 * oneDNN limited to AVX2 kernels; outputs agree to about 1e-6.
 *
 * <p>Apart from this helper, the -onednn build hands some operations to oneDNN by itself (matrix
 * products, activation gradients), whatever the network.
 *
 * <p>Where ND4J has no oneDNN (the generic build, other platforms), {@link #useFor} changes nothing
 * and says so once: the helper would route to libnd4j's plain {@code conv2d}, which is slower than
 * DL4J's own path. If the helper cannot be attached (another DL4J version), or fails on a layer
 * while training, DL4J's own path computes that layer.
 */
public final class OneDnn {

    private static volatile Boolean available;
    private static volatile boolean noted;
    /** DL4J's ConvolutionLayer.helper, looked up once. */
    private static volatile Field helper;

    private OneDnn() {
    }

    /** True when the loaded ND4J native library was built with oneDNN. */
    public static boolean available() {
        Boolean known = available;
        if (known == null) {
            String info;
            try {
                info = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
            } catch (RuntimeException | LinkageError e) {
                info = "";
            }
            known = info != null && info.contains("HAVE_ONEDNN");
            available = known;
        }
        return known;
    }

    /** One line for a notebook: what computes the convolutions here. */
    public static String describe() {
        if (!available()) {
            return "DL4J's own (im2col and a matrix product; this ND4J build has no oneDNN)";
        }
        String isa = System.getenv("DNNL_MAX_CPU_ISA");
        return "oneDNN (ND4J's -onednn build)" + (isa == null || isa.isBlank() ? "" : ", kernels up to " + isa);
    }

    /**
     * Lets every plain 2-D convolution layer of {@code net} compute with oneDNN, when it is
     * available. Safe to call again: layers that already have a helper keep it.
     *
     * @return how many layers now use oneDNN (0 without oneDNN or without convolution layers)
     */
    public static int useFor(MultiLayerNetwork net) {
        if (net == null) {
            throw new IllegalArgumentException("OneDnn.useFor expected a network but was given null;"
                    + " build one first, e.g. Cnn.classifier(28, 28, 10)");
        }
        return install(net.getLayers());
    }

    /** As {@link #useFor(MultiLayerNetwork)}, for a {@link ComputationGraph}. */
    public static int useFor(ComputationGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("OneDnn.useFor expected a network but was given null;"
                    + " build and init() a ComputationGraph first");
        }
        return install(graph.getLayers());
    }

    private static int install(Layer[] layers) {
        if (layers == null) {
            // No layers yet means init() has not run; the builders and Trainer call this after it.
            return 0;
        }
        int count = 0;
        for (Layer layer : layers) {
            // Only the plain convolution: its subclasses (depthwise, separable, deconvolution, 1-D)
            // have other helper types or shapes the helper does not handle.
            if (layer == null || layer.getClass() != ConvolutionLayer.class) {
                continue;
            }
            if (!available()) {
                noteOnce("Convolutions run on DL4J's own path (im2col and a matrix product): this ND4J build"
                        + " has no oneDNN. Results are the same, training is slower.");
                return 0;
            }
            Field field = helperField();
            if (field == null) {
                return 0;
            }
            try {
                if (!(field.get(layer) instanceof MKLDNNConvHelper)) {
                    INDArray weights = layer.getParam("W");
                    field.set(layer, new MKLDNNConvHelper(weights == null ? Nd4j.dataType() : weights.dataType()));
                }
            } catch (IllegalAccessException | RuntimeException e) {
                noteOnce("Convolutions run on DL4J's own path: oneDNN could not be attached (" + e + ").");
                return 0;
            }
            count++;
        }
        return count;
    }

    /** True when this layer computes with oneDNN. */
    public static boolean usedBy(Layer layer) {
        return layer != null && layer.getClass() == ConvolutionLayer.class && helperOf(layer) instanceof MKLDNNConvHelper;
    }

    private static Object helperOf(Layer layer) {
        Field field = helperField();
        try {
            return field == null ? null : field.get(layer);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Field helperField() {
        Field field = helper;
        if (field == null) {
            try {
                // DL4J has no setter for it; the field is protected and meant for exactly this helper.
                field = ConvolutionLayer.class.getDeclaredField("helper");
                field.setAccessible(true);
                helper = field;
            } catch (NoSuchFieldException | RuntimeException e) {
                noteOnce("Convolutions run on DL4J's own path: this DL4J version has no ConvolutionLayer.helper"
                        + " field to attach oneDNN to (the course is built for DL4J 1.0.0-M2.1).");
                return null;
            }
        }
        return field;
    }

    /** Says once per session why convolutions are slower than they could be, then stays quiet. */
    private static void noteOnce(String message) {
        if (!noted) {
            noted = true;
            System.err.println(message);
        }
    }
}
