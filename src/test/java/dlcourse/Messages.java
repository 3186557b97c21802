package dlcourse;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The one way the tests check the library's messages: a wrong input must fail with a message that
 * names what was expected, what was given and the fix, so a test lists the parts it must contain.
 */
public final class Messages {

    private Messages() {
    }

    /** {@code call} throws an {@link IllegalArgumentException} whose message contains every part. */
    public static IllegalArgumentException assertMessage(Executable call, String... parts) {
        return assertMessage(IllegalArgumentException.class, call, parts);
    }

    /** {@code call} throws a {@code type} whose message contains every part. */
    public static <T extends Throwable> T assertMessage(Class<T> type, Executable call, String... parts) {
        T thrown = assertThrows(type, call);
        assertMessage(thrown, parts);
        return thrown;
    }

    /** The message of {@code thrown} contains every part. */
    public static void assertMessage(Throwable thrown, String... parts) {
        String message = thrown.getMessage();
        assertNotNull(message, "no message: " + thrown);
        for (String part : parts) {
            assertTrue(message.contains(part), "\"" + part + "\" missing from: " + message);
        }
    }

    /**
     * A row of an error test's table: {@code call}, named by the wrong {@code input} it makes, throws an
     * {@link IllegalArgumentException} whose message contains every part. A table is a
     * {@code @MethodSource} for a {@code @ParameterizedTest(name = "{0}")} whose parameters are
     * {@code (String input, Class<? extends Throwable> type, Executable call, String[] parts)} and whose
     * body is {@code assertMessage(type, call, parts)}.
     */
    public static Arguments wrong(String input, Executable call, String... parts) {
        return wrong(input, IllegalArgumentException.class, call, parts);
    }

    /** A row of an error test's table whose {@code call} throws a {@code type}; see the other overload. */
    public static Arguments wrong(String input, Class<? extends Throwable> type, Executable call, String... parts) {
        return Arguments.of(input, type, call, parts);
    }

    /** What {@code call} prints to {@code System.err} (warnings), restoring the stream afterwards. */
    public static String stderrOf(Runnable call) {
        return printed(call, System.err, System::setErr);
    }

    /** What {@code call} prints to {@code System.out} (notes), restoring the stream afterwards. */
    public static String stdoutOf(Runnable call) {
        return printed(call, System.out, System::setOut);
    }

    private static String printed(Runnable call, PrintStream original, Consumer<PrintStream> use) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        use.accept(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            call.run();
        } finally {
            use.accept(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
