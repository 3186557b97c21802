package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.factory.Nd4j;

class CharVocabularyErrorsTest {

    private final CharVocabulary vocabulary = CharVocabulary.of("abc\n");

    private static void fails(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void anEmptyTextHasNoVocabulary() {
        fails(() -> CharVocabulary.of(""), "an empty text", "Datasets.shakespeare()");
    }

    @Test
    void anUnknownCharacterIsNamedWithItsPosition() {
        fails(() -> vocabulary.encode("abz"), "\"z\"", "position 2", "contains it");
    }

    @Test
    void anUnknownCharacterShowsTheKnownOnes() {
        fails(() -> vocabulary.index('Z'), "\"Z\"", "\"\\nabc\"");
    }

    @Test
    void aNumberOutsideTheVocabularyIsRejected() {
        fails(() -> vocabulary.character(4), "from 0 to 3", "was given 4");
    }

    @Test
    void aTextShorterThanAWindowIsRejected() {
        fails(() -> vocabulary.sequences("abc", 3, 1), "at least length + 1 = 4", "was given 3", "shorter length");
    }

    @Test
    void aStrideOfZeroIsRejected() {
        fails(() -> vocabulary.sequences("abcabc", 2, 0), "stride", "was given 0");
    }

    @Test
    void aLengthOfZeroIsRejected() {
        fails(() -> vocabulary.sequences("abcabc", 0, 1), "length of 1 or more", "was given 0", "e.g. 50");
    }

    @Test
    void decodingNeedsOneColumnPerCharacter() {
        fails(() -> vocabulary.decode(Nd4j.rand(1, 3, 5)), "[1, 4, time]", "[1, 3, 5]");
    }

    @Test
    void tooManyWindowsForMemoryAreRefusedWithAHint() {
        String text = "abcdefghijklmnopqrstuvwxyz".repeat(40_000);
        fails(() -> CharVocabulary.of(text).sequences(text, 100, 1), "MB", "text.substring(0, 100_000)",
                "larger stride");
    }
}
