package dlcourse.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The characters of a text, numbered in sorted order, for character-level models: characters to
 * numbers and back, one-hot sequences {@code [n, size, time]} (DL4J's NCW layout), and training
 * windows whose label at each step is the next character.
 *
 * <pre>{@code
 * String text = Datasets.shakespeare().substring(0, 100_000);
 * CharVocabulary vocabulary = CharVocabulary.of(text);
 * DataSet windows = vocabulary.sequences(text, 50, 25);   // features and labels [n, size, 50]
 * INDArray prompt = vocabulary.oneHot("ROMEO.");          // [1, size, 6]
 * String guess = vocabulary.decode(net.output(prompt));   // most likely next character at each step
 * }</pre>
 */
public final class CharVocabulary {

    /** Above this many numbers (two arrays of 4 bytes each) a call would need more than 2 GB. */
    private static final long MAX_VALUES = 250_000_000L;

    private final char[] characters;
    private final int[] indexOf = new int[Character.MAX_VALUE + 1];

    private CharVocabulary(char[] characters) {
        this.characters = characters;
        Arrays.fill(indexOf, -1);
        for (int i = 0; i < characters.length; i++) {
            indexOf[characters[i]] = i;
        }
    }

    /** The distinct characters of {@code text}, numbered in sorted order. */
    public static CharVocabulary of(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("CharVocabulary.of expected a text with at least one character"
                    + " but was given " + (text == null ? "null" : "an empty text") + "; e.g. Datasets.shakespeare()");
        }
        TreeSet<Character> distinct = new TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            distinct.add(text.charAt(i));
        }
        char[] characters = new char[distinct.size()];
        int i = 0;
        for (char c : distinct) {
            characters[i++] = c;
        }
        return new CharVocabulary(characters);
    }

    /** The number of distinct characters. */
    public int size() {
        return characters.length;
    }

    /** The number of character {@code c}. */
    public int index(char c) {
        int index = indexOf[c];
        if (index < 0) {
            throw new IllegalArgumentException("The vocabulary has no character " + show(c) + "; it knows only "
                    + show(new String(characters)) + " (build it from a text that contains every character you use)");
        }
        return index;
    }

    /** The character numbered {@code index}. */
    public char character(int index) {
        if (index < 0 || index >= characters.length) {
            throw new IllegalArgumentException("The vocabulary numbers its characters from 0 to "
                    + (characters.length - 1) + " but was given " + index);
        }
        return characters[index];
    }

    /** All characters in order, as class names for the label columns. */
    public List<String> names() {
        List<String> names = new ArrayList<>(characters.length);
        for (char c : characters) {
            names.add(String.valueOf(c));
        }
        return List.copyOf(names);
    }

    /** The number of each character of {@code text}. */
    public int[] encode(String text) {
        checkText("encode", text);
        int[] indices = new int[text.length()];
        for (int i = 0; i < indices.length; i++) {
            char c = text.charAt(i);
            indices[i] = indexOf[c];
            if (indices[i] < 0) {
                throw new IllegalArgumentException("The vocabulary has no character " + show(c) + " (position " + i
                        + " of the text); build the vocabulary from a text that contains it, or remove it");
            }
        }
        return indices;
    }

    /** The text spelled by character numbers. */
    public String decode(int[] indices) {
        if (indices == null) {
            throw new IllegalArgumentException("decode expected character numbers but was given null");
        }
        StringBuilder text = new StringBuilder(indices.length);
        for (int index : indices) {
            text.append(character(index));
        }
        return text.toString();
    }

    /**
     * The most likely character at each step: of a sequence {@code [1, size, time]} (one-hot or
     * a network's output) or of each row of {@code [n, size]} (e.g. a last-time-step output).
     */
    public String decode(INDArray probabilities) {
        boolean sequence = probabilities != null && probabilities.rank() == 3 && probabilities.size(0) == 1;
        boolean rows = probabilities != null && probabilities.rank() == 2;
        if (!(sequence || rows) || probabilities.size(1) != characters.length) {
            throw new IllegalArgumentException("decode expected [1, " + characters.length + ", time] or [n, "
                    + characters.length + "] (one column per character of the vocabulary) but was given "
                    + (probabilities == null ? "null" : "shape " + Arrays.toString(probabilities.shape()))
                    + "; decode one sequence at a time, e.g. output.slice(0) reshaped to [1, size, time]");
        }
        INDArray best = probabilities.argMax(1);
        return decode(best.reshape(best.length()).toIntVector());
    }

    /** {@code text} as one one-hot sequence {@code [1, size, text.length()]}, e.g. to prime a network. */
    public INDArray oneHot(String text) {
        int[] indices = encode(text);
        float[] values = new float[characters.length * indices.length];
        for (int t = 0; t < indices.length; t++) {
            values[indices[t] * indices.length + t] = 1f;
        }
        return Nd4j.create(values, new long[] {1, characters.length, indices.length});
    }

    /**
     * Training windows of {@code length} characters, starting every {@code stride} characters:
     * features one-hot {@code [n, size, length]}, labels the same windows shifted by one character
     * (the next character at each step), with the characters as class names.
     */
    public DataSet sequences(String text, int length, int stride) {
        checkText("sequences", text);
        if (length < 1) {
            throw new IllegalArgumentException("sequences expected a length of 1 or more characters but was given "
                    + length + "; e.g. 50");
        }
        if (stride < 1) {
            throw new IllegalArgumentException("sequences expected a stride of 1 or more characters but was given "
                    + stride + "; use the length for windows that do not overlap, or half of it");
        }
        if (text.length() < length + 1) {
            throw new IllegalArgumentException("sequences expected a text of at least length + 1 = " + (length + 1)
                    + " characters (the labels are one character ahead) but was given " + text.length()
                    + "; use a longer text or a shorter length");
        }
        int[] indices = encode(text);
        int n = (indices.length - length - 1) / stride + 1;
        int size = characters.length;
        long values = 2L * n * size * length;
        if (values > MAX_VALUES) {
            throw new IllegalArgumentException("sequences would make " + n + " windows of " + length + " × " + size
                    + " values, " + (values * 4 / 1_000_000) + " MB; use a shorter text (e.g. text.substring(0, "
                    + "100_000)) or a larger stride");
        }
        float[] features = new float[n * size * length];
        float[] labels = new float[n * size * length];
        for (int i = 0; i < n; i++) {
            int start = i * stride;
            for (int t = 0; t < length; t++) {
                features[(i * size + indices[start + t]) * length + t] = 1f;
                labels[(i * size + indices[start + t + 1]) * length + t] = 1f;
            }
        }
        DataSet data = new DataSet(Nd4j.create(features, new long[] {n, size, length}),
                Nd4j.create(labels, new long[] {n, size, length}));
        data.setLabelNames(names());
        return data;
    }

    @Override
    public String toString() {
        return "CharVocabulary of " + characters.length + " characters: " + show(new String(characters));
    }

    private static void checkText(String method, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(method + " expected a text with at least one character but was given "
                    + (text == null ? "null" : "an empty text"));
        }
    }

    private static String show(char c) {
        return show(String.valueOf(c));
    }

    /** Quoted, with line ends and tabs visible. */
    private static String show(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
