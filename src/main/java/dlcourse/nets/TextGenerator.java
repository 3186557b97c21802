package dlcourse.nets;

import dlcourse.data.Seeds;
import dlcourse.data.CharVocabulary;
import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Writes text with a character-level network, one character at a time: the network reads a prompt,
 * gives a probability for every character of the vocabulary, one is drawn at random, fed back in,
 * and so on. It uses {@link MultiLayerNetwork#rnnTimeStep}, so the recurrent state carries on from
 * step to step and each new character costs one step. The network must answer at every step:
 * build it with {@link Recurrent.Builder#sequenceToSequence()} and one output per character.
 *
 * <p>The <b>temperature</b> reshapes the probabilities before each draw, {@code p^(1/T)} scaled to sum
 * to 1: below 1 the likely characters become likelier (safer, more repetitive text), above 1 the
 * distribution flattens (more surprising text, more mistakes); 1 keeps the network's own
 * probabilities.
 *
 * <pre>{@code
 * CharVocabulary vocabulary = CharVocabulary.of(text);
 * MultiLayerNetwork net = Recurrent.lstm().features(vocabulary.size()).units(128)
 *         .outputs(vocabulary.size()).sequenceToSequence().build();
 * Trainer.fit(net, vocabulary.sequences(text, 50, 50), 10);
 * String sample = TextGenerator.sample(net, vocabulary, "Ham.\n", 300, 0.5, 42);
 * double[] next = TextGenerator.nextCharacterProbabilities(net, vocabulary, "To be, or not to b");
 * double[] sharper = TextGenerator.withTemperature(next, 0.5);
 * }</pre>
 */
public final class TextGenerator {

    private TextGenerator() {
    }

    /**
     * The prompt followed by {@code length} characters drawn one by one at the given temperature
     * (above 0; 1 draws from the network's own probabilities). The same seed gives the same text.
     * The network's recurrent state is cleared before and after.
     */
    public static String sample(MultiLayerNetwork net, CharVocabulary vocabulary, String prompt, int length,
            double temperature, long seed) {
        check(net, vocabulary, prompt);
        if (length < 0) {
            throw new IllegalArgumentException("TextGenerator.sample expected a length of 0 or more characters"
                    + " but was given " + length + "; e.g. 300");
        }
        checkTemperature(temperature);
        Random random = Seeds.random(seed);
        StringBuilder text = new StringBuilder(prompt);
        net.rnnClearPreviousState();
        try {
            double[] probabilities = lastStep(net.rnnTimeStep(vocabulary.oneHot(prompt)), vocabulary);
            for (int k = 0; k < length; k++) {
                char next = vocabulary.character(draw(withTemperature(probabilities, temperature), random));
                text.append(next);
                if (k < length - 1) {
                    probabilities = lastStep(net.rnnTimeStep(vocabulary.oneHot(String.valueOf(next))), vocabulary);
                }
            }
        } finally {
            net.rnnClearPreviousState();
        }
        return text.toString();
    }

    /**
     * The network's probability for each character of the vocabulary (in the vocabulary's order) to
     * come right after {@code prompt}.
     */
    public static double[] nextCharacterProbabilities(MultiLayerNetwork net, CharVocabulary vocabulary,
            String prompt) {
        check(net, vocabulary, prompt);
        net.rnnClearPreviousState();
        try {
            return lastStep(net.rnnTimeStep(vocabulary.oneHot(prompt)), vocabulary);
        } finally {
            net.rnnClearPreviousState();
        }
    }

    /**
     * Probabilities reshaped by a temperature {@code T > 0}: each becomes {@code p^(1/T)}, then all are
     * scaled to sum to 1. {@code T = 1} changes nothing, {@code T < 1} sharpens, {@code T > 1} flattens.
     */
    public static double[] withTemperature(double[] probabilities, double temperature) {
        checkTemperature(temperature);
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("withTemperature expected probabilities, one per character, but was"
                    + " given " + (probabilities == null ? "null" : "none") + "; e.g. from"
                    + " TextGenerator.nextCharacterProbabilities(net, vocabulary, prompt)");
        }
        double largestLog = Double.NEGATIVE_INFINITY;
        double[] logs = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!(p >= 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("withTemperature expected probabilities of 0 or more but value "
                        + i + " is " + p + " in " + Arrays.toString(probabilities)
                        + "; pass a network's softmax output");
            }
            logs[i] = p == 0 ? Double.NEGATIVE_INFINITY : Math.log(p) / temperature;
            largestLog = Math.max(largestLog, logs[i]);
        }
        if (largestLog == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("withTemperature expected at least one probability above 0 but all "
                    + probabilities.length + " are 0; pass a network's softmax output");
        }
        // Subtracting the largest log keeps exp() in range for small temperatures.
        double[] reshaped = new double[logs.length];
        double sum = 0;
        for (int i = 0; i < logs.length; i++) {
            reshaped[i] = Math.exp(logs[i] - largestLog);
            sum += reshaped[i];
        }
        for (int i = 0; i < reshaped.length; i++) {
            reshaped[i] /= sum;
        }
        return reshaped;
    }

    /** One index drawn with the given probabilities (which sum to 1). */
    private static int draw(double[] probabilities, Random random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        // Rounding can leave the sum a hair below 1: take the last character with any probability.
        for (int i = probabilities.length - 1; i > 0; i--) {
            if (probabilities[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    private static double[] lastStep(INDArray output, CharVocabulary vocabulary) {
        INDArray last = output.rank() == 3
                ? output.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(output.size(2) - 1))
                : output.getRow(0);
        return last.castTo(DataType.DOUBLE).toDoubleVector();
    }

    private static void check(MultiLayerNetwork net, CharVocabulary vocabulary, String prompt) {
        if (net == null) {
            throw new IllegalArgumentException("TextGenerator expected a trained character network but was given"
                    + " null; build one with Recurrent.lstm().features(vocabulary.size()).units(128)"
                    + ".outputs(vocabulary.size()).sequenceToSequence().build()");
        }
        if (vocabulary == null) {
            throw new IllegalArgumentException("TextGenerator expected the vocabulary the network was trained with"
                    + " but was given null; e.g. CharVocabulary.of(text)");
        }
        if (prompt == null || prompt.isEmpty()) {
            throw new IllegalArgumentException("TextGenerator expected a prompt of at least one character but was"
                    + " given " + (prompt == null ? "null" : "an empty text") + "; start with a character the"
                    + " text contains, e.g. \"\\n\"");
        }
        if (net.getnLayers() == 0 || net.getLayer(net.getnLayers() - 1) == null) {
            throw new IllegalArgumentException("TextGenerator expected an initialized network; call net.init()");
        }
        long inputs = net.layerInputSize(0);
        long outputs = net.layerSize(net.getnLayers() - 1);
        if (inputs != vocabulary.size() || outputs != vocabulary.size()) {
            throw new IllegalArgumentException("TextGenerator expected a network with one input and one output per"
                    + " character of the vocabulary (" + vocabulary.size() + ") but this one has " + inputs
                    + " inputs and " + outputs + " outputs; build it with .features(vocabulary.size()) and"
                    + " .outputs(vocabulary.size()), from the same vocabulary");
        }
        Object last = net.getLayerWiseConfigurations().getConf(net.getnLayers() - 1).getLayer();
        if (!(last instanceof org.deeplearning4j.nn.conf.layers.RnnOutputLayer)) {
            throw new IllegalArgumentException("TextGenerator expected a network that answers at every step (its"
                    + " last layer an RnnOutputLayer) but its last layer is a " + last.getClass().getSimpleName()
                    + "; build it with .sequenceToSequence()");
        }
        vocabulary.encode(prompt);   // says which character of the prompt the vocabulary lacks
    }

    private static void checkTemperature(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("TextGenerator expected a temperature above 0 but was given "
                    + temperature + "; 1 keeps the network's probabilities, 0.5 is safer, 1.5 wilder"
                    + " (use a small value such as 0.1 for almost always the likeliest character)");
        }
    }
}
