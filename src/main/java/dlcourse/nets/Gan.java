package dlcourse.nets;

import dlcourse.data.Rows;
import dlcourse.data.Seeds;
import dlcourse.train.History;
import dlcourse.train.JavaAdam;
import dlcourse.train.TrainingLoop;
import dlcourse.train.TrainingStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A generative adversarial network (GAN): a <em>generator</em> turns random noise into examples, a
 * <em>discriminator</em> learns to tell them from real ones, and the generator learns to fool it.
 *
 * <p>DL4J has no GAN class, so this one is built from three plain networks:
 * <ul>
 * <li>the discriminator: data → hidden layers → the probability that the example is real;</li>
 * <li>a <em>stacked</em> network: the generator's layers followed by a copy of the discriminator's
 *     layers, each wrapped in {@code FrozenLayerWithBackprop} (gradients flow through them to the
 *     generator, but their weights never change);</li>
 * <li>the generator on its own, for {@link #sample} (its weights copied out of the stacked network).</li>
 * </ul>
 * Each mini-batch takes two steps. The discriminator step fits the discriminator on real examples
 * labelled 1 and generated ones labelled 0. The generator step copies the discriminator's current
 * weights into the stacked network's frozen part, then fits the stacked network on noise labelled
 * 1 ("real"): cross-entropy then pushes the generator towards what the discriminator calls real
 * (the usual non-saturating generator loss, −log D(G(z))). Both use Adam with β₁ = 0.5, as is usual
 * for GANs, and the hidden layers use leaky ReLU so that the generator always gets a gradient.
 *
 * <pre>{@code
 * Gan gan = Gan.dense(2, 2, 32, 32);              // 2-D noise -> 2-D points, hidden layers 32, 32
 * History history = gan.train(ring, 200, 64);     // discriminator and generator loss per epoch
 * INDArray fakes = gan.sample(500, 7);            // [500, 2]
 * double distance = GenerativeMetrics.energyDistance(fakes, ring);
 * }</pre>
 */
public final class Gan {

    /** The discriminator's mean loss per epoch, a column of {@link #train}'s history. */
    public static final String DISCRIMINATOR_LOSS = "discriminator loss";
    /** The generator's mean loss per epoch, a column of {@link #train}'s history. */
    public static final String GENERATOR_LOSS = "generator loss";

    private final int noiseSize;
    private final int dataSize;
    private final int[] generatorHidden;
    private final int[] discriminatorHidden;
    private final Activation outputActivation;
    private final double generatorLearningRate;
    private final double discriminatorLearningRate;
    private final double labelSmoothing;
    private final int generatorSteps;
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final MultiLayerNetwork stacked;
    private final long generatorParameters;
    private final Random random;
    /** Called just before and just after the stacked network's fit; for tests only. */
    GeneratorStepObserver observer;

    /** Sees the three networks around each generator step; lets tests check the weight copying. */
    interface GeneratorStepObserver {
        void observe(Gan gan, boolean afterFit);
    }

    private Gan(Builder b) {
        this.noiseSize = b.noiseSize;
        this.dataSize = b.dataSize;
        this.generatorHidden = b.generatorHidden.clone();
        this.discriminatorHidden = b.discriminatorHidden.clone();
        this.outputActivation = b.outputActivation;
        this.generatorLearningRate = b.generatorLearningRate;
        this.discriminatorLearningRate = b.discriminatorLearningRate;
        this.labelSmoothing = b.labelSmoothing;
        this.generatorSteps = b.generatorSteps;
        this.random = Seeds.random(b.seed);

        List<Layer> generatorLayers = generatorLayers();
        List<Layer> discriminatorLayers = discriminatorLayers();
        this.generator = network(b.seed, generatorLayers);
        this.discriminator = network(b.seed + 1, discriminatorLayers);
        List<Layer> stackedLayers = new ArrayList<>(generatorLayers());
        for (Layer layer : discriminatorLayers()) {
            stackedLayers.add(new FrozenLayerWithBackprop(layer));
        }
        this.stacked = network(b.seed, stackedLayers);
        this.generatorParameters = generator.numParams();
        // Start with the same weights everywhere: the stacked network is only ever a working copy.
        generatorPart().assign(generator.params());
        copyDiscriminatorIntoStacked();
    }

    /**
     * A GAN whose generator maps {@code noiseSize} random numbers to {@code dataSize} real values
     * and whose generator and discriminator both have the given hidden layer sizes.
     */
    public static Gan dense(int noiseSize, int dataSize, int... hidden) {
        return builder().noiseSize(noiseSize).dataSize(dataSize).generatorHidden(hidden)
                .discriminatorHidden(hidden).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Code of yours that {@link Gan#train(INDArray, int, int, AfterEpoch)} runs after every epoch,
     * with the epoch's number (counting from 1 in each call of {@code train}) and the GAN as it is
     * then: sample it to watch the generator learn.
     *
     * <pre>{@code
     * List<INDArray> snapshots = new ArrayList<>();
     * gan.train(ring, 60, 64, (epoch, g) -> {
     *     if (epoch % 20 == 0) snapshots.add(g.sample(500, 7));
     * });
     * }</pre>
     */
    @FunctionalInterface
    public interface AfterEpoch {
        /** Called once the epoch's losses are in the history; {@link Gan#sample} sees this epoch's generator. */
        void afterEpoch(int epoch, Gan gan);
    }

    /** Trains on the features of {@code real} (labels are not used). */
    public History train(DataSet real, int epochs, int batchSize) {
        return train(features(real), epochs, batchSize);
    }

    /** Trains on the features of {@code real}, calling {@code afterEpoch} after every epoch. */
    public History train(DataSet real, int epochs, int batchSize, AfterEpoch afterEpoch) {
        return train(features(real), epochs, batchSize, afterEpoch);
    }

    private static INDArray features(DataSet real) {
        if (real == null || real.isEmpty()) {
            throw new IllegalArgumentException("Gan.train expected a data set of real examples but was"
                    + " given " + (real == null ? "null" : "an empty one"));
        }
        return real.getFeatures();
    }

    /**
     * Trains like {@link #train(INDArray, int, int)} and calls {@code afterEpoch} after every epoch,
     * e.g. to keep samples of the generator as it learns. An exception thrown by it stops training
     * (the GAN keeps what it learned).
     */
    public History train(INDArray real, int epochs, int batchSize, AfterEpoch afterEpoch) {
        if (afterEpoch == null) {
            throw new IllegalArgumentException("Gan.train expected code to run after every epoch but was"
                    + " given null; pass a lambda such as (epoch, gan) -> snapshots.add(gan.sample(500, 7)),"
                    + " or call train(real, epochs, batchSize) without one");
        }
        return run(real, epochs, batchSize, afterEpoch);
    }

    /**
     * Trains for {@code epochs} passes over the real examples {@code [n, dataSize]}, each mini-batch
     * one discriminator step and one generator step; returns both losses per epoch. Training again
     * continues where the last run stopped.
     */
    public History train(INDArray real, int epochs, int batchSize) {
        return run(real, epochs, batchSize, null);
    }

    private History run(INDArray real, int epochs, int batchSize, AfterEpoch afterEpoch) {
        INDArray x = Rows.checked("Gan.train", real, dataSize, "real examples");
        if (outputActivation == Activation.SIGMOID) {
            GenerativeChecks.inUnitInterval("Gan.train", x, "scale the data to [0, 1] or build the GAN"
                    + " with .outputActivation(Activation.IDENTITY)");
        }
        GenerativeChecks.positive("epochs", "Gan.train", epochs, "try 100 and raise it while the"
                + " samples still improve");
        GenerativeChecks.positive("a batch size", "Gan.train", batchSize, "64 is a good default");
        TrainingLoop.Builder loop = TrainingLoop.builder().epochs(epochs).batchSize(batchSize).random(random);
        if (afterEpoch != null) {
            loop.callback(epoch -> afterEpoch.afterEpoch(epoch.epoch(), this));
        }
        return loop.build().run(new TrainingStep() {
            @Override
            public List<String> metrics() {
                return List.of(DISCRIMINATOR_LOSS, GENERATOR_LOSS);
            }

            @Override
            public int examples() {
                return (int) x.rows();
            }

            @Override
            public double[] train(int[] rows, int epoch) {
                double discriminatorLoss = discriminatorStep(x.getRows(rows));
                double generatorLoss = 0;
                for (int step = 0; step < generatorSteps; step++) {
                    generatorLoss += generatorStep(rows.length) / generatorSteps;
                }
                return new double[] {discriminatorLoss, generatorLoss};
            }

            @Override
            public Map<String, Double> endEpoch(int epoch, Map<String, Double> batchAverages) {
                // sample() and the callbacks see this epoch's generator.
                generator.setParams(generatorPart().dup());
                return batchAverages;
            }

            @Override
            public void finish() {
                // Whatever stopped training, sample() and generator() see the latest generator.
                generator.setParams(generatorPart().dup());
            }

            @Override
            public String divergenceAdvice(int epoch, String metric, double value) {
                return "Training diverged in epoch " + epoch + ": the " + metric + " became " + value
                        + ". Usually a learning rate is too high (generator " + generatorLearningRate
                        + ", discriminator " + discriminatorLearningRate + "): try ones ten times smaller. If"
                        + " that does not help, check that the real examples are normalized (mean 0, standard"
                        + " deviation 1) or in [0, 1].";
            }

            @Override
            public String name() {
                return "the GAN";
            }
        });
    }

    /**
     * One discriminator update on real examples (label 1, or 1 − labelSmoothing) and as many
     * generated ones (label 0).
     */
    double discriminatorStep(INDArray realBatch) {
        int b = (int) realBatch.rows();
        INDArray fake = generateWithStacked(GenerativeChecks.gaussian(random, b, noiseSize));
        INDArray examples = Nd4j.vstack(realBatch, fake);
        INDArray labels = Nd4j.vstack(Nd4j.valueArrayOf(new long[] {b, 1}, 1 - labelSmoothing, DataType.FLOAT),
                Nd4j.zeros(DataType.FLOAT, b, 1));
        discriminator.fit(new DataSet(examples, labels));
        return discriminator.score();
    }

    /** One generator update through the frozen copy of the current discriminator. */
    double generatorStep(int batchSize) {
        copyDiscriminatorIntoStacked();
        if (observer != null) {
            observer.observe(this, false);
        }
        INDArray noise = GenerativeChecks.gaussian(random, batchSize, noiseSize);
        stacked.fit(new DataSet(noise, Nd4j.ones(DataType.FLOAT, batchSize, 1)));
        if (observer != null) {
            observer.observe(this, true);
        }
        return stacked.score();
    }

    /**
     * {@code n} generated examples {@code [n, dataSize]} from noise drawn with {@code seed}; the same
     * seed gives the same examples.
     */
    public INDArray sample(int n, long seed) {
        GenerativeChecks.positive("a number of examples", "Gan.sample", n, "e.g. sample(500, 42)");
        return generator.output(GenerativeChecks.gaussian(Seeds.random(seed), n, noiseSize));
    }

    /** The generator on its own: noise {@code [n, noiseSize]} in, examples {@code [n, dataSize]} out. */
    public MultiLayerNetwork generator() {
        return generator;
    }

    /** The discriminator: examples in, the probability that each is real {@code [n, 1]} out. */
    public MultiLayerNetwork discriminator() {
        return discriminator;
    }

    /** The generator's layers followed by a frozen copy of the discriminator's, trained in generator steps. */
    public MultiLayerNetwork stacked() {
        return stacked;
    }

    /** How many random numbers the generator takes per example. */
    public int noiseSize() {
        return noiseSize;
    }

    /** How many values describe one example. */
    public int dataSize() {
        return dataSize;
    }

    @Override
    public String toString() {
        return "Gan: generator " + noiseSize + " -> " + Arrays.toString(generatorHidden) + " -> "
                + dataSize + " (" + generator.numParams() + " parameters), discriminator " + dataSize
                + " -> " + Arrays.toString(discriminatorHidden) + " -> 1 (" + discriminator.numParams()
                + " parameters)" + (labelSmoothing > 0 ? ", real examples labelled " + (1 - labelSmoothing) : "")
                + (generatorSteps > 1 ? ", " + generatorSteps + " generator steps per batch" : "");
    }

    /** The stacked network's generator weights, a view. */
    INDArray generatorPart() {
        return slice(stacked.params(), 0, generatorParameters);
    }

    /** The stacked network's frozen discriminator weights, a view. */
    INDArray discriminatorPart() {
        return slice(stacked.params(), generatorParameters, stacked.numParams());
    }

    /** Elements {@code from .. to-1} of a network's flattened parameters, as a view. */
    private static INDArray slice(INDArray flat, long from, long to) {
        // DL4J keeps all parameters in one flat array, layer after layer, so a slice is a view.
        return flat.rank() == 1 ? flat.get(NDArrayIndex.interval(from, to))
                : flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(from, to));
    }

    private void copyDiscriminatorIntoStacked() {
        discriminatorPart().assign(discriminator.params().reshape(discriminatorPart().shape()));
    }

    private INDArray generateWithStacked(INDArray noise) {
        int last = generatorHidden.length; // index of the generator's output layer in the stack
        // Element 0 of the list is the input itself, so layer i's output is element i + 1.
        return stacked.feedForwardToLayer(last, noise, false).get(last + 1);
    }

    private List<Layer> generatorLayers() {
        List<Layer> layers = leakyReluLayers(noiseSize, generatorHidden, generatorLearningRate);
        layers.add(new DenseLayer.Builder().nIn(last(noiseSize, generatorHidden)).nOut(dataSize)
                .activation(outputActivation).updater(adam(generatorLearningRate)).build());
        return layers;
    }

    private List<Layer> discriminatorLayers() {
        List<Layer> layers = leakyReluLayers(dataSize, discriminatorHidden, discriminatorLearningRate);
        layers.add(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(last(dataSize, discriminatorHidden))
                .nOut(1).activation(Activation.SIGMOID).updater(adam(discriminatorLearningRate)).build());
        return layers;
    }

    /** The hidden layers of either network: leaky ReLU, so a unit's gradient never dies completely. */
    private static List<Layer> leakyReluLayers(int inputs, int[] sizes, double learningRate) {
        List<Layer> layers = new ArrayList<>();
        int in = inputs;
        for (int size : sizes) {
            layers.add(new DenseLayer.Builder().nIn(in).nOut(size).activation(Activation.LEAKYRELU)
                    .updater(adam(learningRate)).build());
            in = size;
        }
        return layers;
    }

    /** The size the output layer takes in: the last hidden layer's, or the inputs without one. */
    private static int last(int inputs, int[] sizes) {
        return sizes.length == 0 ? inputs : sizes[sizes.length - 1];
    }

    private static Adam adam(double learningRate) {
        return new JavaAdam(learningRate, 0.5, 0.999, 1e-8);
    }

    private static MultiLayerNetwork network(long seed, List<Layer> layers) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(Seeds.of(seed))
                .weightInit(WeightInit.XAVIER)
                .list();
        for (Layer layer : layers) {
            list.layer(layer);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    /** Settings for a {@link Gan}; every one has a default except the sizes. */
    public static final class Builder {
        private int noiseSize = -1;
        private int dataSize = -1;
        private int[] generatorHidden = {32, 32};
        private int[] discriminatorHidden = {32, 32};
        private Activation outputActivation = Activation.IDENTITY;
        private double generatorLearningRate = 0.001;
        private double discriminatorLearningRate = 0.001;
        private double labelSmoothing = 0;
        private int generatorSteps = 1;
        private long seed = 42;

        private Builder() {
        }

        /** How many random numbers the generator turns into one example. */
        public Builder noiseSize(int size) {
            this.noiseSize = size;
            return this;
        }

        /** How many values describe one example (2 for points in a plane, 64 for 8×8 images). */
        public Builder dataSize(int size) {
            this.dataSize = size;
            return this;
        }

        /** The generator's hidden layer sizes, first to last (default 32, 32). */
        public Builder generatorHidden(int... sizes) {
            this.generatorHidden = sizes == null ? null : sizes.clone();
            return this;
        }

        /** The discriminator's hidden layer sizes, first to last (default 32, 32). */
        public Builder discriminatorHidden(int... sizes) {
            this.discriminatorHidden = sizes == null ? null : sizes.clone();
            return this;
        }

        /**
         * The generator's output activation: {@code Activation.IDENTITY} (default) for any real
         * values, {@code Activation.SIGMOID} for data in [0, 1] such as pixels.
         */
        public Builder outputActivation(Activation activation) {
            this.outputActivation = activation;
            return this;
        }

        /** The generator's Adam learning rate (default 0.001). */
        public Builder generatorLearningRate(double learningRate) {
            this.generatorLearningRate = learningRate;
            return this;
        }

        /** The discriminator's Adam learning rate (default 0.001). */
        public Builder discriminatorLearningRate(double learningRate) {
            this.discriminatorLearningRate = learningRate;
            return this;
        }

        /**
         * One-sided label smoothing (default 0, off): the discriminator learns to answer
         * 1 − {@code amount} on real examples instead of 1, e.g. 0.1 → 0.9. A discriminator that
         * may not become certain keeps giving the generator a useful gradient; GAN practice uses 0.1.
         */
        public Builder labelSmoothing(double amount) {
            this.labelSmoothing = amount;
            return this;
        }

        /**
         * Generator updates per discriminator update (default 1). More steps let the generator
         * chase the current discriminator further between its updates.
         */
        public Builder generatorSteps(int steps) {
            this.generatorSteps = steps;
            return this;
        }

        /** The seed of the initial weights, the shuffling and the training noise (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Gan build() {
            GenerativeChecks.positive("a noise size", "Gan", noiseSize,
                    "e.g. .noiseSize(2) for 2-D points; more for richer data such as images");
            GenerativeChecks.positive("a data size", "Gan", dataSize,
                    "set it to the number of values per example, e.g. .dataSize(2) for points in a plane");
            GenerativeChecks.sizes("generator hidden layer sizes", "Gan", generatorHidden, ".generatorHidden(32, 32)");
            GenerativeChecks.sizes("discriminator hidden layer sizes", "Gan", discriminatorHidden,
                    ".discriminatorHidden(32, 32)");
            if (outputActivation != Activation.IDENTITY && outputActivation != Activation.SIGMOID) {
                throw new IllegalArgumentException("Gan expected the output activation Activation.IDENTITY"
                        + " (any real values) or Activation.SIGMOID (data in [0, 1]) but was given "
                        + outputActivation);
            }
            if (!(labelSmoothing >= 0 && labelSmoothing < 0.5)) {
                throw new IllegalArgumentException("Gan expected a label smoothing from 0 (off) up to but not"
                        + " including 0.5 but was given " + labelSmoothing + "; 0.1 (real examples labelled 0.9)"
                        + " is the usual value");
            }
            GenerativeChecks.positive("a number of generator steps", "Gan", generatorSteps,
                    "1 is the usual value; e.g. .generatorSteps(5) lets the generator chase the discriminator");
            GenerativeChecks.learningRate("Gan generator", generatorLearningRate);
            GenerativeChecks.learningRate("Gan discriminator", discriminatorLearningRate);
            return new Gan(this);
        }
    }
}
