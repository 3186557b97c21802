package dlcourse.nets;

import dlcourse.data.Rows;
import dlcourse.data.Seeds;
import dlcourse.train.History;
import dlcourse.train.JavaAdam;
import dlcourse.train.TrainingLoop;
import dlcourse.train.TrainingStep;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.variational.BernoulliReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.GaussianReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.ReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A variational autoencoder (VAE): an encoder that maps each example to a Gaussian over a small
 * <em>latent</em> space, q(z|x), and a decoder that maps latent points back to examples, p(x|z),
 * trained so that codes drawn from the standard normal prior decode to plausible new examples. It
 * wraps a {@link MultiLayerNetwork} with one DL4J {@link VariationalAutoencoder} layer.
 *
 * <p>DL4J trains that layer by layerwise pretraining ({@code net.pretrainLayer(0, batch)}), which
 * {@code Trainer} does not do, so {@link #train} runs its own loop: seeded shuffled mini-batches, a
 * {@link History} of the loss (the negative evidence lower bound per example: reconstruction
 * cost plus the KL divergence from the prior), a live chart, the interrupt button and a NaN check,
 * as {@code Trainer} has.
 *
 * <p>The decoder's output defaults to Bernoulli probabilities (a sigmoid) for data in [0, 1] such as
 * pixels; {@code .outputActivation(Activation.IDENTITY)} makes it a Gaussian for any real values.
 *
 * <pre>{@code
 * Vae vae = Vae.dense(64, 2, 64);                 // 64 pixels -> 64 -> 2-D latent space -> 64 -> 64
 * History history = vae.train(pixels, 30, 32);
 * INDArray codes = vae.encode(pixels);             // [n, 2]: where each digit sits
 * INDArray fakes = vae.generate(16, 7);            // 16 new digits from the prior
 * }</pre>
 */
public final class Vae {

    private final MultiLayerNetwork network;
    private final VariationalAutoencoder layer;
    private final int inputs;
    private final int latent;
    private final boolean bernoulli;
    private final double learningRate;
    private final Random random;

    private Vae(Builder b) {
        this.inputs = b.inputs;
        this.latent = b.codeSize;
        this.bernoulli = b.outputActivation == Activation.SIGMOID;
        this.learningRate = b.learningRate;
        this.random = Seeds.random(b.seed);
        int[] decoder = new int[b.hidden.length];
        for (int i = 0; i < decoder.length; i++) {
            decoder[i] = b.hidden[b.hidden.length - 1 - i];
        }
        ReconstructionDistribution output = bernoulli
                ? new BernoulliReconstructionDistribution(Activation.SIGMOID)
                : new GaussianReconstructionDistribution(Activation.IDENTITY);
        this.layer = new VariationalAutoencoder.Builder()
                .nIn(inputs).nOut(latent)
                .encoderLayerSizes(b.hidden).decoderLayerSizes(decoder)
                .activation(Activation.RELU)
                .pzxActivationFunction(Activation.IDENTITY)
                .reconstructionDistribution(output)
                .build();
        this.network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(Seeds.of(b.seed))
                .weightInit(WeightInit.XAVIER)
                .updater(new JavaAdam(learningRate))
                .list()
                .layer(layer)
                .build());
        network.init();
    }

    /**
     * A VAE for data in [0, 1] with {@code inputs} values per example, a latent space of
     * {@code latent} dimensions and the given encoder hidden sizes (the decoder mirrors them).
     */
    public static Vae dense(int inputs, int latent, int... hidden) {
        return builder().inputs(inputs).latent(latent).hidden(hidden).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains on the features of {@code data} (labels are not used). */
    public History train(DataSet data, int epochs, int batchSize) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("Vae.train expected a data set with features but was"
                    + " given " + (data == null ? "null" : "an empty one"));
        }
        return train(data.getFeatures(), epochs, batchSize);
    }

    /**
     * Trains for {@code epochs} passes over {@code features} {@code [n, inputs]} in shuffled
     * mini-batches of {@code batchSize}; returns the loss per epoch. Training again continues where
     * the last run stopped.
     */
    public History train(INDArray features, int epochs, int batchSize) {
        INDArray x = Rows.checked("Vae.train", features, inputs, "features");
        if (bernoulli) {
            GenerativeChecks.inUnitInterval("Vae.train", x, "scale the data to [0, 1] (pixels / 255) or"
                    + " build the VAE with .outputActivation(Activation.IDENTITY)");
        }
        GenerativeChecks.positive("epochs", "Vae.train", epochs, "try 30 and raise it while the loss"
                + " still falls");
        GenerativeChecks.positive("a batch size", "Vae.train", batchSize, "32 is a good default");
        return TrainingLoop.builder().epochs(epochs).batchSize(batchSize).random(random).build()
                .run(new TrainingStep() {
                    @Override
                    public List<String> metrics() {
                        return List.of(History.LOSS);
                    }

                    @Override
                    public int examples() {
                        return (int) x.rows();
                    }

                    @Override
                    public void start() {
                        // DL4J draws the VAE's sampling noise (the reparameterisation trick) from ND4J's
                        // global generator; seeding it from this VAE's own generator makes runs repeatable.
                        Nd4j.getRandom().setSeed(random.nextLong());
                    }

                    @Override
                    public double[] train(int[] rows, int epoch) {
                        network.pretrainLayer(0, x.getRows(rows));
                        return new double[] {network.getLayer(0).score()};
                    }

                    @Override
                    public String divergenceAdvice(int epoch, String metric, double loss) {
                        return "Training diverged: the loss became " + loss + " in epoch " + epoch + ". Usually the"
                                + " learning rate is too high (it is " + learningRate + "): try one ten times smaller."
                                + " If that does not help, check the data: values in [0, 1] for the default sigmoid"
                                + " output, normalized values (mean 0, standard deviation 1) otherwise.";
                    }

                    @Override
                    public String name() {
                        return "the VAE";
                    }
                });
    }

    /** The latent code of each example: the mean of q(z|x), {@code [n, latent]}. */
    public INDArray encode(INDArray features) {
        INDArray x = Rows.checked("Vae.encode", features, inputs, "features");
        return network.output(x);
    }

    /** The examples that latent points {@code [n, latent]} decode to: the mean of p(x|z). */
    public INDArray decode(INDArray codes) {
        INDArray z = Rows.checked("Vae.decode", codes, latent, "latent codes");
        return vaeLayer().generateAtMeanGivenZ(z);
    }

    /** {@code n} new examples: latent points drawn from the standard normal prior, decoded. */
    public INDArray generate(int n, long seed) {
        GenerativeChecks.positive("a number of examples", "Vae.generate", n, "e.g. generate(16, 42)");
        return vaeLayer().generateAtMeanGivenZ(GenerativeChecks.gaussian(Seeds.random(seed), n, latent));
    }

    /** Each example encoded to its latent mean, then decoded. */
    public INDArray reconstruct(INDArray features) {
        INDArray x = Rows.checked("Vae.reconstruct", features, inputs, "features");
        return vaeLayer().generateAtMeanGivenZ(network.output(x));
    }

    /** The mean squared difference between the examples and their reconstructions, per value. */
    public double reconstructionError(INDArray features) {
        INDArray x = Rows.checked("Vae.reconstructionError", features, inputs, "features");
        return GenerativeChecks.meanSquaredError(reconstruct(x), x);
    }

    /** The DL4J network underneath: one {@code VariationalAutoencoder} layer. */
    public MultiLayerNetwork network() {
        return network;
    }

    /** How many values describe one example. */
    public int inputs() {
        return inputs;
    }

    /** How many dimensions the latent space has. */
    public int latentSize() {
        return latent;
    }

    private org.deeplearning4j.nn.layers.variational.VariationalAutoencoder vaeLayer() {
        return (org.deeplearning4j.nn.layers.variational.VariationalAutoencoder) network.getLayer(0);
    }

    @Override
    public String toString() {
        return "Vae: " + inputs + " inputs -> encoder " + Arrays.toString(layer.getEncoderLayerSizes())
                + " -> " + latent + "-D latent space -> decoder "
                + Arrays.toString(layer.getDecoderLayerSizes()) + " -> " + inputs + " "
                + (bernoulli ? "Bernoulli" : "Gaussian") + " outputs; " + network.numParams() + " parameters";
    }

    /** Settings for a {@link Vae}; every one has a default except the sizes. */
    public static final class Builder extends CodecBuilder<Builder, Vae> {
        private Builder() {
            super("Vae", "a latent size", "e.g. .latent(2) to draw the latent space in a plane",
                    new int[] {64}, 0.001);
        }

        /** The dimension of the latent space; 2 lets you draw it. */
        public Builder latent(int size) {
            this.codeSize = size;
            return this;
        }

        @Override
        void checkOwnSettings() {
            if (hidden.length == 0) {
                throw new IllegalArgumentException("Vae expected at least one hidden layer size but was"
                        + " given none; DL4J's VAE needs an encoder layer, e.g. .hidden(64)");
            }
        }

        @Override
        Vae assemble() {
            return new Vae(this);
        }
    }
}
