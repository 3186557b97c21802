package dlcourse.nets;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.data.CharVocabulary;
import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

class TextGeneratorTest {

    private final CharVocabulary vocabulary = CharVocabulary.of("abc ");
    private final MultiLayerNetwork net = Recurrent.lstm().features(4).units(8).outputs(4)
            .sequenceToSequence().seed(3).build();

    @Test
    void samplesTheRequestedLengthFromTheVocabularyAndRepeatsWithTheSeed() {
        String text = TextGenerator.sample(net, vocabulary, "ab", 40, 1.0, 7);
        assertEquals(42, text.length());
        assertTrue(text.startsWith("ab"));
        assertTrue(text.chars().allMatch(c -> "abc ".indexOf(c) >= 0), text);
        assertEquals(text, TextGenerator.sample(net, vocabulary, "ab", 40, 1.0, 7));
        assertNotEquals(text, TextGenerator.sample(net, vocabulary, "ab", 40, 1.0, 8));
        assertEquals("ab", TextGenerator.sample(net, vocabulary, "ab", 0, 1.0, 7));
    }

    @Test
    void aVeryLowTemperatureAlwaysTakesTheLikeliestCharacter() {
        double[] next = TextGenerator.nextCharacterProbabilities(net, vocabulary, "ab");
        assertEquals(1.0, Arrays.stream(next).sum(), 1e-5);
        int likeliest = 0;
        for (int i = 1; i < next.length; i++) {
            likeliest = next[i] > next[likeliest] ? i : likeliest;
        }
        String text = TextGenerator.sample(net, vocabulary, "ab", 1, 0.01, 1);
        assertEquals(vocabulary.character(likeliest), text.charAt(2));
    }

    @Test
    void temperatureSharpensOrFlattens() {
        double[] p = {0.5, 0.3, 0.2};
        assertArrayEquals(p, TextGenerator.withTemperature(p, 1.0), 1e-12);
        double[] cold = TextGenerator.withTemperature(p, 0.5);
        assertArrayEquals(new double[] {0.25 / 0.38, 0.09 / 0.38, 0.04 / 0.38}, cold, 1e-12);
        double[] hot = TextGenerator.withTemperature(p, 100);
        assertEquals(1.0 / 3, hot[0], 0.01);
        assertEquals(1.0, TextGenerator.withTemperature(new double[] {0.9, 0.1, 0}, 0.001)[0], 1e-12);
    }

    @Test
    void badInputGetsClearMessages() {
        assertMessage(() -> TextGenerator.sample(net, vocabulary, "ab", 10, 0, 1), "temperature above 0");
        assertMessage(() -> TextGenerator.sample(net, vocabulary, "", 10, 1, 1), "prompt");
        assertMessage(() -> TextGenerator.sample(net, vocabulary, "abz", 10, 1, 1), "no character \"z\"");
        assertMessage(() -> TextGenerator.sample(net, vocabulary, "ab", -1, 1, 1), "length of 0 or more");
        assertMessage(() -> TextGenerator.sample(null, vocabulary, "ab", 1, 1, 1), "sequenceToSequence");
        assertMessage(() -> TextGenerator.sample(net, CharVocabulary.of("abcde"), "ab", 1, 1, 1),
                "vocabulary (5)");
        MultiLayerNetwork oneAnswer = Recurrent.lstmClassifier(4, 4, 8);
        assertMessage(() -> TextGenerator.sample(oneAnswer, vocabulary, "ab", 1, 1, 1), ".sequenceToSequence()");
        assertMessage(() -> TextGenerator.withTemperature(new double[] {0.5, -0.1}, 1), "0 or more");
        assertMessage(() -> TextGenerator.withTemperature(new double[] {0, 0}, 1), "above 0");
        assertMessage(() -> TextGenerator.withTemperature(null, 1), "null");
    }

}
