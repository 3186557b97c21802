package dlcourse.data;

import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.SplitTestAndTrain;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Seeded sequence data for recurrent networks: time series to forecast, cut into sliding windows,
 * and a task that needs a long memory. Sequences use DL4J's layout {@code [n, features, time]}.
 * The same seed gives the same numbers.
 *
 * <pre>{@code
 * double[] series = Sequences.composite(600, 42);                       // trend + seasons + noise
 * SplitTestAndTrain split = Sequences.chronologicalSplit(series, 24, 1, 0.8);
 * DataSet train = split.getTrain();                                    // features [n, 1, 24], labels [n, 1]
 * DataSet memory = Sequences.longRange(1000, 40, 42);                  // the class is in the first step
 * }</pre>
 */
public final class Sequences {

    /** The standard deviation of the distractor steps of {@link #longRange}, twice the signal's size. */
    public static final double LONG_RANGE_NOISE = 2.0;

    /** The period of the seasonal part of {@link #composite(int, long)}, in steps. */
    public static final int COMPOSITE_PERIOD = 24;

    /**
     * The words of {@link #tinyLanguage}, by number: nouns 0–3, verbs 4–7 and the full stop 8.
     */
    public static final List<String> TINY_WORDS = List.of("cat", "dog", "bird", "fish", "sees", "likes",
            "finds", "hears", ".");

    /** The word class of each of {@link #TINY_WORDS}: 0 noun, 1 verb, 2 full stop. */
    public static final int[] TINY_WORD_CLASSES = {0, 0, 0, 0, 1, 1, 1, 1, 2};

    private Sequences() {
    }

    /**
     * A sine wave {@code sin(2π t / period)} for {@code t = 0 .. length-1}, with Gaussian noise of
     * standard deviation {@code noise} added to every value.
     */
    public static double[] sine(int length, double period, double noise, long seed) {
        checkLength("sine", length, 2);
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("sine expected a period above 0 steps but was given " + period
                    + "; try 20 for a wave that repeats every 20 steps");
        }
        checkNoise("sine", noise);
        Random random = Seeds.random(seed);
        double[] series = new double[length];
        for (int t = 0; t < length; t++) {
            series[t] = Math.sin(2 * Math.PI * t / period) + noise * random.nextGaussian();
        }
        return series;
    }

    /**
     * A series like monthly sales or hourly load: a rising trend ({@code 0.002} per step), a season
     * of {@link #COMPOSITE_PERIOD} steps (a sine of amplitude 1 plus a smaller second harmonic) and
     * Gaussian noise of standard deviation 0.1.
     */
    public static double[] composite(int length, long seed) {
        return composite(length, 0.002, COMPOSITE_PERIOD, 0.1, seed);
    }

    /**
     * Trend + season + noise: {@code trend * t}, a season repeating every {@code period} steps
     * ({@code sin(2π t / period) + 0.5 sin(4π t / period)}) and Gaussian noise of standard deviation
     * {@code noise}.
     */
    public static double[] composite(int length, double trend, double period, double noise, long seed) {
        checkLength("composite", length, 2);
        if (!Double.isFinite(trend)) {
            throw new IllegalArgumentException("composite expected a finite trend per step but was given "
                    + trend + "; try 0.002, or 0 for no trend");
        }
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("composite expected a period above 0 steps but was given "
                    + period + "; try 24 for a daily season in hourly data");
        }
        checkNoise("composite", noise);
        Random random = Seeds.random(seed);
        double[] series = new double[length];
        for (int t = 0; t < length; t++) {
            double angle = 2 * Math.PI * t / period;
            series[t] = trend * t + Math.sin(angle) + 0.5 * Math.sin(2 * angle) + noise * random.nextGaussian();
        }
        return series;
    }

    /**
     * Sliding windows over a series: example i has the {@code window} values from step i as features
     * ({@code [n, 1, window]}) and the {@code horizon} values after them as labels ({@code [n, horizon]}).
     * A series of length L gives {@code L - window - horizon + 1} examples.
     */
    public static DataSet windows(double[] series, int window, int horizon) {
        checkWindows("windows", series, window, horizon);
        return windows(series, window, horizon, 0, series.length - window - horizon + 1);
    }

    /**
     * Windows for training and testing, split in time so the test never leaks into training: the
     * first {@code trainFraction} of the series provides the training windows, whose labels all lie
     * before the cut; every test window predicts values after the cut (its inputs may reach back into
     * the training part, as a real forecast would).
     */
    public static SplitTestAndTrain chronologicalSplit(double[] series, int window, int horizon,
            double trainFraction) {
        checkWindows("chronologicalSplit", series, window, horizon);
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("chronologicalSplit expected a training fraction between 0 and 1"
                    + " but was given " + trainFraction + "; try 0.8 to train on the first 80%");
        }
        int cut = (int) Math.round(series.length * trainFraction);
        // Training windows end (labels included) before the cut; test windows' labels start at or after it.
        int trainCount = cut - window - horizon + 1;
        int testFirst = Math.max(0, cut - window);
        int testCount = series.length - window - horizon + 1 - testFirst;
        if (trainCount < 1 || testCount < 1) {
            throw new IllegalArgumentException("chronologicalSplit cannot cut a series of " + series.length
                    + " steps at " + cut + " into training and test windows of " + window + " + " + horizon
                    + " steps; each side needs at least window + horizon = " + (window + horizon)
                    + " steps, so use a longer series, a shorter window or a training fraction nearer 0.5");
        }
        return new SplitTestAndTrain(windows(series, window, horizon, 0, trainCount),
                windows(series, window, horizon, testFirst, testCount));
    }

    /**
     * The naive forecast for windows made by {@link #windows}: every future value equals the last
     * value seen, a baseline any forecaster has to beat. Shaped like the labels, {@code [n, horizon]}.
     */
    public static INDArray lastValueForecast(DataSet windows) {
        if (windows == null || windows.getFeatures() == null || windows.getFeatures().rank() != 3
                || windows.getLabels() == null || windows.getLabels().rank() != 2) {
            throw new IllegalArgumentException("lastValueForecast expected windows with features [n, 1, window]"
                    + " and labels [n, horizon] but was given " + describe(windows)
                    + "; make them with Sequences.windows(series, window, horizon)");
        }
        INDArray features = windows.getFeatures();
        INDArray last = features.get(NDArrayIndex.all(), NDArrayIndex.point(0),
                NDArrayIndex.point(features.size(2) - 1)).reshape(features.size(0), 1);
        return last.repeat(1, windows.getLabels().size(1));
    }

    /**
     * A task that needs a long memory: each sequence has {@code timeSteps} steps of 2 features. At the
     * first step feature 0 is -1 or +1 and feature 1, a marker, is 1; at every later step feature 0 is
     * Gaussian noise of standard deviation {@link #LONG_RANGE_NOISE} (2) and the marker is 0. The class is the sign at the first step:
     * 0 for negative, 1 for positive (one-hot labels {@code [n, 2]}), so the network must carry one number
     * through all the noise to the end, which simple RNN cells find hard and LSTM cells learn.
     */
    public static DataSet longRange(int n, int timeSteps, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("longRange expected at least 2 sequences but was given n = " + n
                    + "; a thousand is a good start");
        }
        if (timeSteps < 2) {
            throw new IllegalArgumentException("longRange expected at least 2 time steps but was given "
                    + timeSteps + "; the task gets harder as it grows, try 40");
        }
        Random random = Seeds.random(seed);
        float[][][] features = new float[n][2][timeSteps];
        float[][] labels = new float[n][2];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            features[i][0][0] = label == 1 ? 1f : -1f;
            features[i][1][0] = 1f;
            for (int t = 1; t < timeSteps; t++) {
                features[i][0][t] = (float) (LONG_RANGE_NOISE * random.nextGaussian());
            }
            labels[i][label] = 1f;
        }
        DataSet data = new DataSet(Nd4j.create(features), Nd4j.create(labels));
        data.setLabelNames(List.of("negative first step", "positive first step"));
        return data;
    }

    /**
     * A task where the distance to remember is set exactly: each sequence has {@code length} random
     * tokens (numbers 0 to symbols − 1), and the label at position t is the token {@code delay}
     * positions earlier. Features are the token numbers {@code [n, length]} (what a {@code
     * Transformer} reads; {@link #oneHotTokens} turns them into a recurrent network's input), labels
     * one-hot {@code [n, symbols, length]}; the first {@code delay} positions have nothing to copy
     * yet, so a labels mask {@code [n, length]} leaves them out of the loss and the accuracy.
     */
    public static DataSet delayedCopy(int n, int length, int delay, int symbols, long seed) {
        if (n < 1 || symbols < 2) {
            throw new IllegalArgumentException("delayedCopy expected at least 1 sequence and 2 symbols but was"
                    + " given n = " + n + " and symbols = " + symbols + "; e.g. delayedCopy(1000, 32, 8, 10, 1)");
        }
        if (delay < 1 || delay >= length) {
            throw new IllegalArgumentException("delayedCopy expected a delay from 1 to length − 1 = " + (length - 1)
                    + " but was given " + delay + "; the label at position t is the token at t − delay, so"
                    + " the sequence must be longer than the delay");
        }
        Random random = Seeds.random(seed);
        float[][] tokens = new float[n][length];
        float[][][] labels = new float[n][symbols][length];
        float[][] mask = new float[n][length];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < length; t++) {
                tokens[i][t] = random.nextInt(symbols);
            }
            for (int t = delay; t < length; t++) {
                labels[i][(int) tokens[i][t - delay]][t] = 1f;
                mask[i][t] = 1f;
            }
        }
        return new DataSet(Nd4j.create(tokens), Nd4j.create(labels), null, Nd4j.create(mask));
    }

    /**
     * Text in a tiny language whose sentences all read "noun verb noun .", each noun and verb drawn
     * at random from {@link #TINY_WORDS}, for next-word prediction: features are the word numbers
     * {@code [n, length]} of a stretch of text, labels the next word at every position, one-hot
     * {@code [n, 9, length]}. Every noun appears where every other noun does, so a model that
     * learns word vectors from it has no reason to tell nouns apart, nor verbs.
     */
    public static DataSet tinyLanguage(int n, int length, long seed) {
        if (n < 1 || length < 1) {
            throw new IllegalArgumentException("tinyLanguage expected at least 1 example of 1 or more words but"
                    + " was given n = " + n + " and length = " + length + "; e.g. tinyLanguage(500, 16, 1)");
        }
        Random random = Seeds.random(seed);
        float[][] words = new float[n][length];
        float[][][] next = new float[n][TINY_WORDS.size()][length];
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(4);                      // begin anywhere in a sentence
            for (int t = 0; t <= length; t++) {
                int slot = (start + t) % 4;                     // noun, verb, noun, full stop
                int word = slot == 3 ? 8 : slot == 1 ? 4 + random.nextInt(4) : random.nextInt(4);
                if (t < length) {
                    words[i][t] = word;
                }
                if (t > 0) {
                    next[i][word][t - 1] = 1f;
                }
            }
        }
        return new DataSet(Nd4j.create(words), Nd4j.create(next));
    }

    /**
     * Token numbers {@code [n, length]} as one-hot vectors {@code [n, symbols, length]}: the input
     * of a recurrent network, which reads numbers per step rather than token numbers.
     */
    public static DataSet oneHotTokens(DataSet tokens, int symbols) {
        INDArray numbers = tokens == null ? null : tokens.getFeatures();
        if (numbers == null || numbers.rank() != 2) {
            throw new IllegalArgumentException("oneHotTokens expected token numbers [n, length] as features"
                    + " but was given " + describe(tokens) + "; make them with Sequences.delayedCopy");
        }
        float[][] values = numbers.toFloatMatrix();
        float[][][] oneHot = new float[values.length][symbols][values[0].length];
        for (int i = 0; i < values.length; i++) {
            for (int t = 0; t < values[i].length; t++) {
                int token = (int) values[i][t];
                if (token < 0 || token >= symbols || token != values[i][t]) {
                    throw new IllegalArgumentException("oneHotTokens expected token numbers from 0 to "
                            + (symbols - 1) + " but sequence " + i + " has " + values[i][t] + " at position "
                            + t + "; pass the number of different tokens as symbols");
                }
                oneHot[i][token][t] = 1f;
            }
        }
        return new DataSet(Nd4j.create(oneHot), tokens.getLabels(), null, tokens.getLabelsMaskArray());
    }

    private static DataSet windows(double[] series, int window, int horizon, int first, int count) {
        float[][][] features = new float[count][1][window];
        float[][] labels = new float[count][horizon];
        for (int i = 0; i < count; i++) {
            for (int t = 0; t < window; t++) {
                features[i][0][t] = (float) series[first + i + t];
            }
            for (int h = 0; h < horizon; h++) {
                labels[i][h] = (float) series[first + i + window + h];
            }
        }
        return new DataSet(Nd4j.create(features).castTo(DataType.FLOAT), Nd4j.create(labels));
    }

    private static void checkWindows(String name, double[] series, int window, int horizon) {
        if (series == null) {
            throw new IllegalArgumentException(name + " expected a series but was given null; make one, e.g."
                    + " Sequences.sine(200, 20, 0.1, 42)");
        }
        if (window < 1) {
            throw new IllegalArgumentException(name + " expected a window of 1 or more steps but was given "
                    + window + "; try one season, e.g. 24");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException(name + " expected a horizon of 1 or more steps but was given "
                    + horizon + "; 1 predicts the next value");
        }
        for (int t = 0; t < series.length; t++) {
            if (!Double.isFinite(series[t])) {
                throw new IllegalArgumentException(name + " expected finite values but step " + t + " is "
                        + series[t] + "; fill or remove the missing values first");
            }
        }
        if (series.length < window + horizon) {
            throw new IllegalArgumentException(name + " expected a series of at least window + horizon = "
                    + (window + horizon) + " steps but was given " + series.length
                    + "; use a longer series or a shorter window");
        }
    }

    private static void checkLength(String name, int length, int minimum) {
        if (length < minimum) {
            throw new IllegalArgumentException(name + " expected a length of " + minimum + " or more steps but"
                    + " was given " + length + "; a few hundred is a good start");
        }
    }

    private static void checkNoise(String name, double noise) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(name + " expected a noise level of 0 or more but was given "
                    + noise + "; try 0.1");
        }
    }

    private static String describe(DataSet data) {
        if (data == null) {
            return "null";
        }
        INDArray f = data.getFeatures();
        INDArray l = data.getLabels();
        return "features " + (f == null ? "null" : java.util.Arrays.toString(f.shape()))
                + " and labels " + (l == null ? "null" : java.util.Arrays.toString(l.shape()));
    }
}
