package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.factory.Nd4j;

class CharVocabularyErrorsTest {

    private static CharVocabulary vocabulary() {
        return CharVocabulary.of("abc\n");
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("an empty text has no vocabulary", () -> CharVocabulary.of(""), "an empty text",
                        "Datasets.shakespeare()"),
                wrong("an unknown character is named with its position", () -> vocabulary().encode("abz"), "\"z\"",
                        "position 2", "contains it"),
                wrong("an unknown character shows the known ones", () -> vocabulary().index('Z'), "\"Z\"",
                        "\"\\nabc\""),
                wrong("a number outside the vocabulary is rejected", () -> vocabulary().character(4), "from 0 to 3",
                        "was given 4"),
                wrong("a text shorter than a window is rejected", () -> vocabulary().sequences("abc", 3, 1),
                        "at least length + 1 = 4", "was given 3", "shorter length"),
                wrong("a stride of zero is rejected", () -> vocabulary().sequences("abcabc", 2, 0), "stride",
                        "was given 0"),
                wrong("a length of zero is rejected", () -> vocabulary().sequences("abcabc", 0, 1),
                        "length of 1 or more", "was given 0", "e.g. 50"),
                wrong("decoding needs one column per character", () -> vocabulary().decode(Nd4j.rand(1, 3, 5)),
                        "[1, 4, time]", "[1, 3, 5]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void tooManyWindowsForMemoryAreRefusedWithAHint() {
        String text = "abcdefghijklmnopqrstuvwxyz".repeat(40_000);
        assertMessage(() -> CharVocabulary.of(text).sequences(text, 100, 1), "MB", "text.substring(0, 100_000)",
                "larger stride");
    }
}
