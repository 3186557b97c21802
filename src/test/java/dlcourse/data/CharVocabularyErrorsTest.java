package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class CharVocabularyErrorsTest {

    private final CharVocabulary vocabulary = CharVocabulary.of("abc\n");

    @Test
    void anEmptyTextHasNoVocabulary() {
        assertMessage(() -> CharVocabulary.of(""), "an empty text", "Datasets.shakespeare()");
    }

    @Test
    void anUnknownCharacterIsNamedWithItsPosition() {
        assertMessage(() -> vocabulary.encode("abz"), "\"z\"", "position 2", "contains it");
    }

    @Test
    void anUnknownCharacterShowsTheKnownOnes() {
        assertMessage(() -> vocabulary.index('Z'), "\"Z\"", "\"\\nabc\"");
    }

    @Test
    void aNumberOutsideTheVocabularyIsRejected() {
        assertMessage(() -> vocabulary.character(4), "from 0 to 3", "was given 4");
    }

    @Test
    void aTextShorterThanAWindowIsRejected() {
        assertMessage(() -> vocabulary.sequences("abc", 3, 1), "at least length + 1 = 4", "was given 3", "shorter length");
    }

    @Test
    void aStrideOfZeroIsRejected() {
        assertMessage(() -> vocabulary.sequences("abcabc", 2, 0), "stride", "was given 0");
    }

    @Test
    void aLengthOfZeroIsRejected() {
        assertMessage(() -> vocabulary.sequences("abcabc", 0, 1), "length of 1 or more", "was given 0", "e.g. 50");
    }

    @Test
    void decodingNeedsOneColumnPerCharacter() {
        assertMessage(() -> vocabulary.decode(Nd4j.rand(1, 3, 5)), "[1, 4, time]", "[1, 3, 5]");
    }

    @Test
    void tooManyWindowsForMemoryAreRefusedWithAHint() {
        String text = "abcdefghijklmnopqrstuvwxyz".repeat(40_000);
        assertMessage(() -> CharVocabulary.of(text).sequences(text, 100, 1), "MB", "text.substring(0, 100_000)",
                "larger stride");
    }
}
