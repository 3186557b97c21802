package dlcourse.nets;

import dlcourse.data.Rows;
import dlcourse.data.Seeds;
import dlcourse.train.JavaAdam;
import dlcourse.train.StopOnInterrupt;
import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.GaussianNoise;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An autoencoder: a network trained to output its own input through a narrow middle layer, the
 * <em>code</em>. To rebuild the input from a few numbers it has to find what matters in the data.
 * The result is a plain {@link MultiLayerNetwork} that {@code Trainer} trains on
 * {@link #trainingData} (features as their own labels).
 *
 * <p>The layers mirror each other: {@code dense(64, 2, 32)} builds 64 → 32 → <b>2</b> → 32 → 64.
 * The code is the layer named {@value #CODE_LAYER}; with {@code k} hidden sizes it is layer {@code k}
 * (counting from 0), and it has no activation, so codes can take any value and no unit dies. The
 * hidden layers use ReLU.
 *
 * <p>The output defaults to a sigmoid with binary cross-entropy, for data in [0, 1] such as pixel
 * intensities: the sigmoid keeps reconstructions in the data's range, and with cross-entropy the
 * gradient at the output is simply (reconstruction − input), while with squared error it would be
 * multiplied by the sigmoid's slope and vanish wherever the output saturates near 0 or 1 (the dark
 * background of most images). Cross-entropy is not 0 even for a perfect reconstruction of a grey
 * value, so report {@link #reconstructionError} (mean squared error) to compare networks. For data
 * that are not in [0, 1] use {@code .outputActivation(Activation.IDENTITY)}, which trains with squared
 * error.
 *
 * <pre>{@code
 * MultiLayerNetwork net = Autoencoder.dense(64, 8, 32);
 * Trainer.fit(net, Autoencoder.trainingData(pixels), 30);
 * INDArray codes = Autoencoder.encode(net, pixels);          // [n, 8]
 * double error = Autoencoder.reconstructionError(net, pixels);
 * double[] perExample = Autoencoder.reconstructionErrors(net, pixels); // one error per row
 *
 * // A denoising autoencoder: fresh Gaussian noise on the inputs of every training batch.
 * MultiLayerNetwork denoiser = Autoencoder.builder().inputs(64).bottleneck(16).hidden(32)
 *         .inputNoise(0.3).build();
 * }</pre>
 */
public final class Autoencoder {

    /** The name of the code (bottleneck) layer. */
    public static final String CODE_LAYER = "code";

    private Autoencoder() {
    }

    /**
     * An autoencoder for data in [0, 1] with {@code inputs} values per example, a code of
     * {@code bottleneck} numbers and the given encoder hidden sizes (the decoder mirrors them).
     */
    public static MultiLayerNetwork dense(int inputs, int bottleneck, int... hidden) {
        return builder().inputs(inputs).bottleneck(bottleneck).hidden(hidden).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A data set whose labels are its features: what an autoencoder learns to output. */
    public static DataSet trainingData(INDArray features) {
        INDArray x = Rows.checked("trainingData", features, "features");
        return new DataSet(x, x.dup());
    }

    /**
     * A data set for a denoising autoencoder: the features with Gaussian noise as inputs, the clean
     * features as labels. The noise is drawn once, from {@code seed}; for fresh noise in every batch
     * build the network with {@link Builder#inputNoise} and train on {@link #trainingData} instead.
     */
    public static DataSet denoisingData(INDArray features, double noise, long seed) {
        INDArray clean = Rows.checked("denoisingData", features, "features");
        return new DataSet(addGaussianNoise(clean, noise, seed), clean.dup());
    }

    /**
     * The features plus Gaussian noise of standard deviation {@code noise}, clipped to [0, 1] so that
     * pixel data stay pixel data. The same seed gives the same noise.
     */
    public static INDArray addGaussianNoise(INDArray features, double noise, long seed) {
        INDArray x = Rows.checked("addGaussianNoise", features, "features");
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("addGaussianNoise expected a noise standard deviation of 0"
                    + " or more but was given " + noise + "; for pixels in [0, 1] try 0.2 to 0.5");
        }
        INDArray noisy = x.add(GenerativeChecks.gaussian(Seeds.random(seed), (int) x.rows(),
                (int) x.columns()).muli(noise));
        return clip01(noisy);
    }

    /**
     * The features with a random {@code fraction} of the values in every row set to 0 (masking
     * noise: as if pixels went missing). The same seed gives the same mask.
     */
    public static INDArray maskValues(INDArray features, double fraction, long seed) {
        INDArray x = Rows.checked("maskValues", features, "features");
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("maskValues expected the fraction of values to hide, from"
                    + " 0 to 1, but was given " + fraction + "; try 0.25 to hide a quarter of each row");
        }
        Random random = Seeds.random(seed);
        float[] keep = new float[(int) x.length()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = random.nextDouble() < fraction ? 0f : 1f;
        }
        return x.mul(Nd4j.create(keep, x.shape(), 'c'));
    }

    /** The index of the code layer: the layer named {@value #CODE_LAYER}. */
    public static int codeLayer(MultiLayerNetwork net) {
        checkNetwork("codeLayer", net);
        return net.getLayer(CODE_LAYER).getIndex();
    }

    /** The codes of the examples: the code layer's activations, {@code [n, bottleneck]}. */
    public static INDArray encode(MultiLayerNetwork net, INDArray features) {
        int code = checkNetwork("encode", net);
        INDArray x = Rows.checked("encode", features, net.layerInputSize(0), "features");
        // Element 0 of the list is the input itself, so layer i's output is element i + 1.
        return net.feedForwardToLayer(code, x, false).get(code + 1);
    }

    /** What the decoder makes of some codes {@code [n, bottleneck]}: reconstructions {@code [n, inputs]}. */
    public static INDArray decode(MultiLayerNetwork net, INDArray codes) {
        int code = checkNetwork("decode", net);
        INDArray z = Rows.checked("decode", codes, net.layerSize(code), "codes");
        LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
        for (int i = code + 1; i < net.getnLayers(); i++) {
            z = net.getLayer(i).activate(z, false, noWorkspaces);
        }
        return z;
    }

    /** The network's output for the examples: each one encoded, then decoded. */
    public static INDArray reconstruct(MultiLayerNetwork net, INDArray features) {
        checkNetwork("reconstruct", net);
        INDArray x = Rows.checked("reconstruct", features, net.layerInputSize(0), "features");
        return net.output(x);
    }

    /** The mean squared difference between the examples and their reconstructions, per value. */
    public static double reconstructionError(MultiLayerNetwork net, INDArray features) {
        checkNetwork("reconstructionError", net);
        INDArray x = Rows.checked("reconstructionError", features, net.layerInputSize(0),
                "features");
        return GenerativeChecks.meanSquaredError(net.output(x), x);
    }

    /**
     * The reconstruction error of each example on its own: element {@code i} is the mean squared
     * difference between row {@code i} and its reconstruction. Examples unlike the training data
     * tend to be rebuilt worse, so a large error flags an unusual example (anomaly detection); the
     * mean of these errors is {@link #reconstructionError}.
     *
     * <pre>{@code
     * double[] errors = Autoencoder.reconstructionErrors(net, test.getFeatures());  // one per row
     * Roc roc = Roc.of(errors, isAnomaly);                                         // dlcourse.evaluate
     * }</pre>
     */
    public static double[] reconstructionErrors(MultiLayerNetwork net, INDArray features) {
        checkNetwork("reconstructionErrors", net);
        INDArray x = Rows.checked("reconstructionErrors", features, net.layerInputSize(0),
                "features");
        INDArray difference = net.output(x).castTo(DataType.DOUBLE)
                .sub(x.castTo(DataType.DOUBLE));
        return difference.muli(difference).mean(1).toDoubleVector();
    }

    private static INDArray clip01(INDArray x) {
        return Transforms.min(Transforms.max(x, 0.0, false), 1.0, false);
    }

    /** Returns the code layer's index, or explains why {@code net} is not one of our autoencoders. */
    private static int checkNetwork(String method, MultiLayerNetwork net) {
        if (net == null) {
            throw new IllegalArgumentException(method + " expected an autoencoder but was given null;"
                    + " build one, e.g. Autoencoder.dense(64, 8, 32)");
        }
        Layer code;
        try {
            code = net.getLayer(CODE_LAYER);
        } catch (RuntimeException e) {
            code = null;
        }
        if (code == null) {
            throw new IllegalArgumentException(method + " expected an autoencoder with a layer named '"
                    + CODE_LAYER + "' but was given a network with layers " + layerNames(net)
                    + "; build it with Autoencoder.dense(...) or Autoencoder.builder()");
        }
        return code.getIndex();
    }

    private static String layerNames(MultiLayerNetwork net) {
        String[] names = new String[net.getnLayers()];
        for (int i = 0; i < names.length; i++) {
            names[i] = "'" + net.getLayer(i).conf().getLayer().getLayerName() + "'";
        }
        return Arrays.toString(names);
    }

    /** Settings for an {@link Autoencoder}; every one has a default except the sizes. */
    public static final class Builder extends CodecBuilder<Builder, MultiLayerNetwork> {
        private double inputNoise = 0;

        private Builder() {
            super("Autoencoder", "a bottleneck",
                    "set the size of the code, e.g. .bottleneck(2) to draw the codes in a plane", new int[0], 0.005);
        }

        /** The size of the code: how many numbers each example is squeezed into. */
        public Builder bottleneck(int size) {
            this.codeSize = size;
            return this;
        }

        /**
         * Makes a denoising autoencoder: during training every batch's inputs get fresh Gaussian noise
         * of this standard deviation (DL4J's {@code GaussianNoise} on the first layer), while the
         * labels stay clean; predictions see no noise. Default 0 (none).
         */
        public Builder inputNoise(double standardDeviation) {
            this.inputNoise = standardDeviation;
            return this;
        }

        @Override
        MultiLayerNetwork assemble() {
            NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                    .seed(Seeds.of(seed))
                    .weightInit(WeightInit.XAVIER)
                    .updater(new JavaAdam(learningRate))
                    .list();
            int in = inputs;
            for (int i = 0; i < hidden.length; i++) {
                layers.layer(withNoise(new DenseLayer.Builder(), in == inputs).name("encoder " + (i + 1))
                        .nIn(in).nOut(hidden[i]).activation(Activation.RELU).build());
                in = hidden[i];
            }
            layers.layer(withNoise(new DenseLayer.Builder(), in == inputs).name(CODE_LAYER)
                    .nIn(in).nOut(codeSize).activation(Activation.IDENTITY).build());
            in = codeSize;
            for (int i = hidden.length - 1; i >= 0; i--) {
                layers.layer(new DenseLayer.Builder().name("decoder " + (hidden.length - i))
                        .nIn(in).nOut(hidden[i]).activation(Activation.RELU).build());
                in = hidden[i];
            }
            LossFunctions.LossFunction loss = outputActivation == Activation.SIGMOID
                    ? LossFunctions.LossFunction.XENT : LossFunctions.LossFunction.MSE;
            layers.layer(new OutputLayer.Builder(loss).name("reconstruction")
                    .nIn(in).nOut(inputs).activation(outputActivation).build());
            MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
            net.init();
            return StopOnInterrupt.attachTo(net);
        }

        private DenseLayer.Builder withNoise(DenseLayer.Builder layer, boolean first) {
            if (first && inputNoise > 0) {
                layer.dropOut(new GaussianNoise(inputNoise));
            }
            return layer;
        }

        @Override
        void checkOwnSettings() {
            if (codeSize >= inputs && inputNoise == 0) {
                throw new IllegalArgumentException("Autoencoder expected a bottleneck smaller than the "
                        + inputs + " inputs but was given " + codeSize + "; a code as wide as the input"
                        + " can copy it without learning anything, so choose e.g. .bottleneck("
                        + Math.max(1, inputs / 8) + "), or add .inputNoise(0.3) so that copying is not"
                        + " enough");
            }
            if (!(inputNoise >= 0) || Double.isInfinite(inputNoise)) {
                throw new IllegalArgumentException("Autoencoder expected an input noise standard"
                        + " deviation of 0 (none) or more but was given " + inputNoise
                        + "; for pixels in [0, 1] try 0.2 to 0.5");
            }
        }
    }
}
