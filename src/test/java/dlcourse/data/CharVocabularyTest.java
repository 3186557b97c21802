package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class CharVocabularyTest {

    @Test
    void numbersTheDistinctCharactersInSortedOrder() {
        CharVocabulary vocabulary = CharVocabulary.of("hello world");
        assertEquals(8, vocabulary.size());
        assertEquals(List.of(" ", "d", "e", "h", "l", "o", "r", "w"), vocabulary.names());
        assertEquals(4, vocabulary.index('l'));
        assertEquals('w', vocabulary.character(7));
        assertEquals("CharVocabulary of 8 characters: \" dehlorw\"", vocabulary.toString());
    }

    @Test
    void encodeAndDecodeAreInverse() {
        CharVocabulary vocabulary = CharVocabulary.of("abc\n");
        int[] indices = vocabulary.encode("cab\na");
        assertArrayEquals(new int[] {3, 1, 2, 0, 1}, indices);
        assertEquals("cab\na", vocabulary.decode(indices));
        assertEquals("cab\na", vocabulary.decode(vocabulary.oneHot("cab\na")));
    }

    @Test
    void oneHotIsOneSequenceInNcwLayout() {
        CharVocabulary vocabulary = CharVocabulary.of("ab");
        INDArray sequence = vocabulary.oneHot("abb");
        assertArrayEquals(new long[] {1, 2, 3}, sequence.shape());
        assertEquals(Nd4j.createFromArray(new float[][][] {{{1, 0, 0}, {0, 1, 1}}}), sequence);
    }

    @Test
    void sequencesAreWindowsWhoseLabelsAreTheNextCharacters() {
        String text = "abcdefghij";
        CharVocabulary vocabulary = CharVocabulary.of(text);
        DataSet windows = vocabulary.sequences(text, 4, 3);
        // Windows start at 0, 3 and 6 (the last needs characters 6..10, of which 10 is missing).
        assertArrayEquals(new long[] {2, 10, 4}, windows.getFeatures().shape());
        assertArrayEquals(new long[] {2, 10, 4}, windows.getLabels().shape());
        assertEquals("abcd", vocabulary.decode(windows.getFeatures().slice(0).reshape(1, 10, 4)));
        assertEquals("bcde", vocabulary.decode(windows.getLabels().slice(0).reshape(1, 10, 4)));
        assertEquals("defg", vocabulary.decode(windows.getFeatures().slice(1).reshape(1, 10, 4)));
        assertEquals("efgh", vocabulary.decode(windows.getLabels().slice(1).reshape(1, 10, 4)));
        assertEquals(vocabulary.names(), windows.getLabelNamesList());
    }

    @Test
    void decodesRowsOfProbabilities() {
        CharVocabulary vocabulary = CharVocabulary.of("xyz");
        INDArray lastSteps = Nd4j.createFromArray(new double[][] {{0.1, 0.1, 0.8}, {0.7, 0.2, 0.1}});
        assertEquals("zx", vocabulary.decode(lastSteps));
    }

    @Test
    void shakespeareHasASmallVocabulary() {
        String text = Datasets.shakespeare();
        CharVocabulary vocabulary = CharVocabulary.of(text);
        System.out.println(vocabulary);
        assertEquals(vocabulary.size(), text.chars().distinct().count());
        DataSet windows = vocabulary.sequences(text.substring(0, 10_001), 100, 100);
        assertEquals(100, windows.numExamples());
        assertEquals(text.substring(1, 101), vocabulary.decode(windows.getLabels().slice(0).reshape(1, vocabulary.size(), 100)));
    }
}
