package dlcourse.train;

import dlcourse.data.Rows;
import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.RnnLossLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * Checks that data fit a network before DL4J sees them, and says in plain words what to change when
 * they do not: the number of features, an image's size, a sequence's layout, the number of label
 * columns, NaN or infinite values. {@link Trainer} and the evaluation helpers call it; call it
 * yourself before a raw DL4J loop.
 *
 * <pre>{@code
 * DataCheck.check(net, data);                 // throws IllegalArgumentException with a fix, or returns
 * DataCheck.isClassifier(net);                // true for a softmax output, or one sigmoid output
 * }</pre>
 */
public final class DataCheck {

    private DataCheck() {
    }

    /** Checks that {@code data} (features and labels) can train or test {@code net}. */
    public static void check(MultiLayerNetwork net, DataSet data) {
        check(net, data, "data");
    }

    /**
     * As {@link #check(MultiLayerNetwork, DataSet)}; {@code what} names the data in messages, e.g.
     * "validation data".
     */
    public static void check(MultiLayerNetwork net, DataSet data, String what) {
        checkNetwork(net);
        if (data == null || data.getFeatures() == null || data.getFeatures().isEmpty()
                || data.getFeatures().size(0) == 0) {
            throw new IllegalArgumentException("Expected " + what + " with at least one example but was"
                    + " given " + (data == null ? "null" : "an empty data set")
                    + "; check how the data were loaded or split");
        }
        INDArray output = checkFeatures(net, data.getFeatures(), data.getFeaturesMaskArray(), what);
        checkLabels(net, data, output, what);
    }

    /** Checks that {@code features} can go into {@code net}; {@code what} names them in messages. */
    public static void checkFeatures(MultiLayerNetwork net, INDArray features, String what) {
        checkNetwork(net);
        if (features == null || features.isEmpty() || features.size(0) == 0) {
            throw new IllegalArgumentException("Expected " + what + " with at least one example but was"
                    + " given " + (features == null ? "null" : "an empty array")
                    + "; check how the data were loaded or split");
        }
        checkFeatures(net, features, null, what);
    }

    /**
     * Throws unless {@link #isClassifier} holds; the message names the caller ({@code who}) and ends
     * with {@code otherwise}, what to use for a network that outputs numbers.
     */
    public static void checkClassifier(MultiLayerNetwork net, String who, String otherwise) {
        if (!isClassifier(net)) {
            throw new IllegalArgumentException(who + " expected a classifier (a softmax output, or one sigmoid"
                    + " output with binary cross-entropy) but was given a network whose output layer is "
                    + describeOutput(net) + "; " + otherwise);
        }
    }

    /**
     * True when the network's output layer makes a classifier: a softmax output (one probability per
     * class, the largest wins) or a single sigmoid output with binary cross-entropy (class 1 when the
     * output is 0.5 or more). Other outputs (regression, autoencoders) get no accuracy.
     */
    public static boolean isClassifier(MultiLayerNetwork net) {
        checkNetwork(net);
        return outputActivation(net) instanceof ActivationSoftmax || isBinaryClassifier(net);
    }

    /** True for one sigmoid output with binary cross-entropy: a yes/no classifier. */
    public static boolean isBinaryClassifier(MultiLayerNetwork net) {
        checkNetwork(net);
        Layer output = outputLayer(net);
        return output instanceof FeedForwardLayer && ((FeedForwardLayer) output).getNOut() == 1
                && outputActivation(net) instanceof ActivationSigmoid && lossFunction(output) instanceof LossBinaryXENT;
    }

    /**
     * Says so, on the notebook's output, when {@code net} has never been trained: a score of random
     * initial weights (a 2-class classifier right on 76 % of one data set) passes for a result when
     * nothing says where it came from. {@code what} names the score, e.g. "accuracy".
     */
    public static void noteIfUntrained(MultiLayerNetwork net, String what) {
        checkNetwork(net);
        if (net.getIterationCount() == 0 && net.getEpochCount() == 0) {
            System.out.println("Note: this network has not been trained yet, so this " + what
                    + " is what its random initial weights give.");
        }
    }

    /** What the network expects as features, in words, e.g. "rows of 784 features". */
    public static String expectedFeatures(MultiLayerNetwork net) {
        checkNetwork(net);
        Expected expected = expected(net);
        return expected == null ? "features of the shape its first layer was built for" : expected.words;
    }

    /** Refuses null and a network whose layers were never initialised ({@code net.init()} missing). */
    public static void checkNetwork(MultiLayerNetwork net) {
        if (net == null) {
            throw new IllegalArgumentException("Expected a network but was given null; build one, e.g."
                    + " MultiLayerNetwork net = Mlp.classifier(2, 2, 16)");
        }
        if (net.getLayers() == null || net.getLayers().length == 0) {
            throw new IllegalStateException("The network is not initialised; call net.init() after"
                    + " new MultiLayerNetwork(configuration)");
        }
    }

    /** Checks features against the configuration, then runs one example through; returns its output. */
    private static INDArray checkFeatures(MultiLayerNetwork net, INDArray features, INDArray mask, String what) {
        Expected expected = expected(net);
        if (expected != null) {
            expected.check(features, what);
        }
        if (Rows.hasNonFinite(features)) {
            throw new IllegalArgumentException("The " + what + " contains NaN or infinite feature values;"
                    + " remove or fill those rows before training");
        }
        // The checks above cover the layers the course builds; one example through the network catches
        // everything else (an image of the wrong height, an unusual first layer) with a message of ours.
        INDArray first = features.get(firstExample(features.rank()));
        INDArray firstMask = mask == null ? null : mask.get(firstExample(mask.rank()));
        try {
            return net.output(first, false, firstMask, null);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The network cannot process the " + what + ": its examples"
                    + " have shape " + shape(features) + " but the network expects "
                    + expectedFeatures(net) + ". DL4J says: " + e.getMessage()
                    + "; reshape the data or rebuild the network for this shape", e);
        }
    }

    private static void checkLabels(MultiLayerNetwork net, DataSet data, INDArray output, String what) {
        INDArray labels = data.getLabels();
        long examples = data.getFeatures().size(0);
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " has no labels; pass features and labels,"
                    + " e.g. new DataSet(features, labels) (for an autoencoder the labels are the features)");
        }
        if (labels.size(0) != examples) {
            throw new IllegalArgumentException("The " + what + " has " + examples + " examples but "
                    + labels.size(0) + " label rows; give every example exactly one label row");
        }
        long outputs = output.size(1);
        if (labels.rank() != output.rank()) {
            throw new IllegalArgumentException("The network gives outputs of shape " + shape(output, examples)
                    + " but the " + what + "'s labels have shape " + shape(labels) + "; "
                    + rankHint(output.rank(), labels.rank()));
        }
        if (labels.size(1) != outputs) {
            if (isClassifier(net) && labels.size(1) < outputs) {
                // Class numbers in one column, or one-hot rows built from a part of the data that
                // lacks the last classes: both need one column per class of the whole problem.
                boolean classNumbers = labels.rank() == 2 && labels.size(1) == 1 && wholeNumbers(labels, outputs);
                throw new IllegalArgumentException("The network is a classifier with " + count(outputs, "output")
                        + " (one per class) but the " + what + " has " + count(labels.size(1), "label column")
                        + (classNumbers ? ", which look like class numbers 0 to " + (outputs - 1) : "")
                        + "; a classifier needs one-hot labels, one column per class: turn class numbers into"
                        + " rows with OneHot.encode(classes, " + outputs + ") or SyntheticData.toDataSet(x,"
                        + " classes, " + outputs + "), and count every class of the problem even if this part"
                        + " of the data lacks some"
                        + (labels.size(1) > 1 ? "; if the problem has " + labels.size(1) + " classes, give the"
                        + " network " + count(labels.size(1), "output") + " instead" : ""));
            }
            throw new IllegalArgumentException("The network has " + count(outputs, "output") + " but the "
                    + what + " has " + count(labels.size(1), "label column") + "; give the network "
                    + count(labels.size(1), "output") + (isClassifier(net) ? " (one per class)" : "")
                    + ", or select " + count(outputs, "label column"));
        }
        for (int d = 2; d < labels.rank(); d++) {
            if (labels.size(d) != output.size(d)) {
                throw new IllegalArgumentException("The network gives outputs of shape "
                        + shape(output, examples) + " for the " + what + " but its labels have shape "
                        + shape(labels) + "; " + (labels.rank() == 3
                        ? "a sequence-to-sequence label needs one value per time step of the input"
                        : "make the labels the same size as the output"));
            }
        }
        if (Rows.hasNonFinite(labels)) {
            throw new IllegalArgumentException("The " + what + " contains NaN or infinite label values;"
                    + " remove or fill those rows before training");
        }
        // Softmax and sigmoid outputs scored by cross-entropy compare probabilities, so targets must
        // lie in [0, 1]; outside it the loss drops below 0 and still "goes down" while nothing fits.
        boolean classifier = isClassifier(net);
        if (classifier || lossFunction(outputLayer(net)) instanceof LossBinaryXENT) {
            double min = labels.minNumber().doubleValue();
            double max = labels.maxNumber().doubleValue();
            if (min < 0 || max > 1) {
                throw new IllegalArgumentException(classifier
                        ? "The network is a classifier, so it expects labels from 0 to 1 (one-hot: 1 for the"
                        + " true class, 0 for the others), but the " + what + " has labels from " + min + " to "
                        + max + "; turn class numbers into one-hot rows, e.g. with SyntheticData.toDataSet(x,"
                        + " classes, numberOfClasses)"
                        : "The network's output layer scores with binary cross-entropy, which compares"
                        + " probabilities, so it expects targets from 0 to 1, but the " + what + " has targets"
                        + " from " + min + " to " + max + "; scale the data into [0, 1] with Scaler.minMax(), or"
                        + " give the output layer identity outputs and squared error (for an autoencoder:"
                        + " .outputActivation(Activation.IDENTITY))");
            }
        }
    }

    /** True if every value is a whole number from 0 to {@code limit - 1}: class numbers. */
    private static boolean wholeNumbers(INDArray column, long limit) {
        double[] values = column.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).data().asDouble();
        for (double v : values) {
            if (v < 0 || v >= limit || v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }

    private static String rankHint(int outputRank, int labelRank) {
        if (outputRank == 2 && labelRank == 3) {
            return "the network gives one answer per sequence, so give labels [examples, outputs], or end"
                    + " the network with an RnnOutputLayer for one answer per time step";
        }
        if (outputRank == 3 && labelRank == 2) {
            return "the network gives one answer per time step, so give labels [examples, outputs, time"
                    + " steps], or wrap the last recurrent layer in LastTimeStep for one answer per sequence";
        }
        return "make the labels the same shape as the network's output";
    }

    private static INDArrayIndex[] firstExample(int rank) {
        INDArrayIndex[] index = new INDArrayIndex[rank];
        index[0] = NDArrayIndex.interval(0, 1);
        for (int d = 1; d < rank; d++) {
            index[d] = NDArrayIndex.all();
        }
        return index;
    }

    static Layer outputLayer(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        return unwrap(conf.getConf(conf.getConfs().size() - 1).getLayer());
    }

    private static IActivation outputActivation(MultiLayerNetwork net) {
        Layer output = outputLayer(net);
        return output instanceof BaseLayer ? ((BaseLayer) output).getActivationFn() : null;
    }

    private static ILossFunction lossFunction(Layer layer) {
        if (layer instanceof BaseOutputLayer) {
            return ((BaseOutputLayer) layer).getLossFn();
        }
        if (layer instanceof LossLayer) {
            return ((LossLayer) layer).getLossFn();
        }
        if (layer instanceof RnnLossLayer) {
            return ((RnnLossLayer) layer).getLossFn();
        }
        if (layer instanceof CnnLossLayer) {
            return ((CnnLossLayer) layer).getLossFn();
        }
        return null;
    }

    /** "1 feature", "3 features". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The output layer in words, e.g. "OutputLayer (identity activation, LossMSE)". */
    public static String describeOutput(MultiLayerNetwork net) {
        Layer output = outputLayer(net);
        IActivation activation = outputActivation(net);
        ILossFunction loss = lossFunction(output);
        return output.getClass().getSimpleName() + " (" + (activation == null ? "no" : activation.toString())
                + " activation" + (loss == null ? "" : ", " + loss.getClass().getSimpleName()) + ")";
    }

    /** The layer that does the work inside wrappers such as LastTimeStep or Bidirectional. */
    static Layer unwrap(Layer layer) {
        while (true) {
            if (layer instanceof BaseWrapperLayer) {
                layer = ((BaseWrapperLayer) layer).getUnderlying();
            } else if (layer instanceof Bidirectional) {
                layer = ((Bidirectional) layer).getFwd();
            } else if (layer instanceof FrozenLayer) {
                layer = ((FrozenLayer) layer).getLayer();
            } else {
                return layer;
            }
        }
    }

    static String shape(INDArray array) {
        return shape(array, array.size(0));
    }

    /** The shape with {@code examples} as its first size (for the output of a trial example). */
    static String shape(INDArray array, long examples) {
        long[] s = array.shape().clone();
        s[0] = examples;
        StringBuilder text = new StringBuilder("[");
        for (int d = 0; d < s.length; d++) {
            text.append(d == 0 ? "" : ", ").append(s[d]);
        }
        return text.append("]").toString();
    }

    /** The features the first layer expects; null when it is a layer these checks do not know. */
    private static Expected expected(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        InputPreProcessor pre = conf.getInputPreProcess(0);
        Layer first = unwrap(conf.getConf(0).getLayer());
        long nIn = first instanceof FeedForwardLayer ? ((FeedForwardLayer) first).getNIn() : -1;
        if (pre instanceof FeedForwardToCnnPreProcessor) {
            FeedForwardToCnnPreProcessor p = (FeedForwardToCnnPreProcessor) pre;
            return Expected.imageRows(p.getInputHeight(), p.getInputWidth(), p.getNumChannels());
        }
        if (pre instanceof CnnToFeedForwardPreProcessor) {
            CnnToFeedForwardPreProcessor p = (CnnToFeedForwardPreProcessor) pre;
            return Expected.images(p.getNumChannels(), p.getInputHeight(), p.getInputWidth(),
                    p.getFormat() == CNN2DFormat.NHWC);
        }
        if (pre instanceof RnnToFeedForwardPreProcessor) {
            return Expected.sequences(nIn, ((RnnToFeedForwardPreProcessor) pre).getRnnDataFormat());
        }
        if (pre != null || first instanceof EmbeddingLayer || first instanceof EmbeddingSequenceLayer) {
            return null;
        }
        if (first instanceof BaseRecurrentLayer) {
            return Expected.sequences(nIn, ((BaseRecurrentLayer) first).getRnnDataFormat());
        }
        if (first instanceof RnnOutputLayer) {
            return Expected.sequences(nIn, ((RnnOutputLayer) first).getRnnDataFormat());
        }
        if (first instanceof RnnLossLayer) {
            return Expected.sequences(-1, ((RnnLossLayer) first).getRnnDataFormat());
        }
        if (first instanceof Convolution1DLayer) {
            return Expected.sequences(nIn, ((Convolution1DLayer) first).getRnnDataFormat());
        }
        if (first instanceof Subsampling1DLayer) {
            return Expected.sequences(-1, RNNFormat.NCW);
        }
        if (first instanceof ConvolutionLayer) {
            return Expected.images(nIn, -1, -1,
                    ((ConvolutionLayer) first).getCnn2dDataFormat() == CNN2DFormat.NHWC);
        }
        if (first instanceof SubsamplingLayer) {
            return Expected.images(-1, -1, -1, false);
        }
        if (first instanceof FeedForwardLayer && nIn > 0) {
            return Expected.rows(nIn);
        }
        return null;
    }

    /** An expected feature shape: the rank and the sizes after the example axis (-1: any size). */
    private static final class Expected {
        final long[] sizes;
        final String words;
        final long flatImageWidth;
        final long[] image;

        private Expected(long[] sizes, String words, long flatImageWidth, long[] image) {
            this.sizes = sizes;
            this.words = words;
            this.flatImageWidth = flatImageWidth;
            this.image = image;
        }

        static Expected rows(long inputs) {
            return new Expected(new long[] {inputs}, "rows of " + count(inputs, "feature") + ", shape [examples, "
                    + inputs + "]", -1, null);
        }

        static Expected imageRows(long height, long width, long channels) {
            return new Expected(new long[] {height * width * channels}, "images of " + height + "×" + width
                    + " pixels" + (channels == 1 ? "" : " with " + channels + " channels") + " as rows of "
                    + height * width * channels + " values, shape [examples, " + height * width * channels
                    + "] (InputType.convolutionalFlat(" + height + ", " + width + ", " + channels + "))",
                    height * width * channels, new long[] {channels, height, width});
        }

        static Expected images(long channels, long height, long width, boolean channelsLast) {
            long[] sizes = channelsLast ? new long[] {height, width, channels} : new long[] {channels, height, width};
            String layout = channelsLast ? "[examples, height, width, channels]" : "[examples, channels, height, width]";
            return new Expected(sizes, "images shaped " + layout + " = " + pattern(sizes), -1, null);
        }

        static Expected sequences(long features, RNNFormat format) {
            boolean timeLast = format != RNNFormat.NWC;
            long[] sizes = timeLast ? new long[] {features, -1} : new long[] {-1, features};
            String layout = timeLast ? "[examples, features, time steps]" : "[examples, time steps, features]";
            return new Expected(sizes, "sequences shaped " + layout + " = " + pattern(sizes), -1, null);
        }

        private static String pattern(long[] sizes) {
            StringBuilder s = new StringBuilder("[n");
            for (long size : sizes) {
                s.append(", ").append(size < 0 ? "any" : String.valueOf(size));
            }
            return s.append("]").toString();
        }

        void check(INDArray features, String what) {
            long[] given = Arrays.copyOfRange(features.shape(), 1, features.rank());
            if (image != null && features.rank() == 4 && Arrays.equals(given, image)) {
                return; // DL4J also takes unflattened [n, channels, height, width] images here
            }
            if (image != null && features.rank() == 2) {
                if (given[0] != flatImageWidth) {
                    throw new IllegalArgumentException("The network expects " + words + " but the " + what
                            + " has " + given[0] + " values per example; give every image " + flatImageWidth
                            + " values, flattened row by row, or build the network for images of your size");
                }
                return;
            }
            if (sizes.length == 1 && features.rank() == 2) {
                if (given[0] != sizes[0]) {
                    // The wording of the common case: an MLP and a table of features.
                    throw new IllegalArgumentException("The network expects " + count(sizes[0], "input") + " per"
                            + " example but the " + what + " has " + count(given[0], "feature") + "; build the"
                            + " network with " + count(given[0], "input") + " or select "
                            + count(sizes[0], "feature column"));
                }
                return;
            }
            boolean fits = given.length == sizes.length;
            for (int d = 0; fits && d < sizes.length; d++) {
                fits = sizes[d] < 0 || sizes[d] == given[d];
            }
            if (!fits) {
                throw new IllegalArgumentException("The network expects " + words + " but the " + what
                        + " has shape " + shape(features) + "; " + hint(features.rank()));
            }
        }

        private String hint(int givenRank) {
            if (words.startsWith("sequences")) {
                return givenRank == 2 ? "a sequence needs a time axis: reshape the features to [examples,"
                        + " features, time steps], e.g. x.reshape(n, 1, steps) for one value per step"
                        : "give every time step " + count(sizes[0] < 0 ? sizes[1] : sizes[0], "feature") + ", or build"
                        + " the first layer with nIn equal to your number of features";
            }
            if (words.startsWith("images")) {
                return "reshape the features to that shape, or build the network with"
                        + " InputType.convolutionalFlat(height, width, channels) to train on flattened rows";
            }
            return "flatten every example to one row of " + count(sizes[0], "value") + ", e.g. x.reshape(n, "
                    + sizes[0] + "), or build the network for your data's shape";
        }
    }
}
