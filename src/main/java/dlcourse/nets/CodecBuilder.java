package dlcourse.nets;

import org.nd4j.linalg.activations.Activation;

/**
 * The settings an {@link Autoencoder} and a {@link Vae} share, with the same names and meaning:
 * an encoder of {@link #hidden} layers squeezes each example of {@link #inputs} numbers into a
 * short code, and a decoder that mirrors it rebuilds the example. Each builder adds the size of
 * its code ({@code Autoencoder.builder().bottleneck(8)}, {@code Vae.builder().latent(2)}).
 *
 * <pre>{@code
 * MultiLayerNetwork ae = Autoencoder.builder().inputs(64).hidden(32).bottleneck(8).seed(3).build();
 * Vae vae = Vae.builder().inputs(64).hidden(64).latent(2).learningRate(0.002).build();
 * }</pre>
 *
 * @param <B> the model's own builder, which every setting returns so that calls chain
 * @param <M> what {@link #build()} gives
 */
public abstract class CodecBuilder<B extends CodecBuilder<B, M>, M> {

    private final String owner;
    private final String codeName;
    private final String codeExample;
    int inputs = -1;
    /** The size of the code; each builder names it (Autoencoder: bottleneck, Vae: latent). */
    int codeSize = -1;
    int[] hidden;
    Activation outputActivation = Activation.SIGMOID;
    double learningRate;
    long seed = 42;

    CodecBuilder(String owner, String codeName, String codeExample, int[] hidden, double learningRate) {
        this.owner = owner;
        this.codeName = codeName;
        this.codeExample = codeExample;
        this.hidden = hidden;
        this.learningRate = learningRate;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Builds the model, checking every setting first: the sizes (inputs, the code, the hidden
     * layers), the output activation, the model's own settings, the learning rate.
     */
    public final M build() {
        GenerativeChecks.positive("inputs", owner, inputs,
                "set it to the number of values per example, e.g. .inputs(64) for 8×8 images");
        GenerativeChecks.positive(codeName, owner, codeSize, codeExample);
        GenerativeChecks.sizes("hidden layer sizes", owner, hidden, ".hidden(32)");
        if (outputActivation != Activation.SIGMOID && outputActivation != Activation.IDENTITY) {
            throw new IllegalArgumentException(owner + " expected the output activation Activation.SIGMOID"
                    + " (data in [0, 1]) or Activation.IDENTITY (any real values) but was given "
                    + outputActivation);
        }
        checkOwnSettings();
        GenerativeChecks.learningRate(owner, learningRate);
        return assemble();
    }

    /** Refuses what only this model forbids. */
    abstract void checkOwnSettings();

    /** The model from checked settings. */
    abstract M assemble();

    /** How many numbers describe one example (64 for an 8×8 image). */
    public B inputs(int inputs) {
        this.inputs = inputs;
        return self();
    }

    /**
     * The encoder's hidden layer sizes, outermost first; the decoder mirrors them (default none for
     * an {@link Autoencoder}, one of 64 for a {@link Vae}, which needs at least one).
     */
    public B hidden(int... sizes) {
        this.hidden = sizes == null ? null : sizes.clone();
        return self();
    }

    /**
     * How the decoder's outputs are read. {@code Activation.SIGMOID} (default), for data in [0, 1]:
     * probabilities, trained with binary cross-entropy (a VAE's Bernoulli outputs).
     * {@code Activation.IDENTITY}, for any real values: trained with squared error (a VAE's Gaussian
     * mean and variance).
     */
    public B outputActivation(Activation activation) {
        this.outputActivation = activation;
        return self();
    }

    /** The Adam optimizer's learning rate (default 0.005 for an {@link Autoencoder}, 0.001 for a {@link Vae}). */
    public B learningRate(double learningRate) {
        this.learningRate = learningRate;
        return self();
    }

    /** The seed of the initial weights and of every random draw in training (default 42). */
    public B seed(long seed) {
        this.seed = seed;
        return self();
    }
}
