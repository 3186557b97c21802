package dlcourse.exercise;

/**
 * What a check found, in one line: {@code ✓ …} when the answer is right, {@code ✗ … Hint: …} when
 * it is not, {@code ○ … not answered yet} while the exercise still holds its placeholder. In
 * Jupyter it shows in green, red or grey.
 *
 * <pre>{@code
 * CheckResult result = Exercises.relu().check(x -> Math.max(0, x));
 * result.passed();      // true
 * result;               // ✓ ReLU as a function: right at all 7 test points.
 * }</pre>
 */
public record CheckResult(Status status, String title, String message, String hint) {

    /** The kinds of outcome; only {@link #WRONG} counts as a try and brings the next hint. */
    public enum Status {
        CORRECT("✓"),
        /** A wrong value, or code that throws: the next hint helps. */
        WRONG("✗"),
        /** Not the kind of answer the exercise needs (a number for a function...); the message says which. */
        INVALID("✗"),
        /** Still the placeholder: null, NaN, or code that throws UnsupportedOperationException("TODO"). */
        NOT_ANSWERED("○");

        private final String symbol;

        Status(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * A result as the factories below make it: {@code title} (the exercise's, "" before it is known)
     * and {@code hint} ("" for none) may be null and then read as "".
     */
    public CheckResult {
        if (status == null || message == null) {
            throw new IllegalArgumentException("CheckResult expected a status and a message but was given "
                    + status + " and " + message + "; use CheckResult.correct(\"...\") or .wrong(\"...\")");
        }
        title = title == null ? "" : title;
        hint = hint == null ? "" : hint;
    }

    /** A right answer; {@code message} says what was checked, e.g. "right at all 7 test points". */
    public static CheckResult correct(String message) {
        return new CheckResult(Status.CORRECT, "", message, "");
    }

    /** A wrong answer; {@code message} says what is wrong without giving the answer away. */
    public static CheckResult wrong(String message) {
        return new CheckResult(Status.WRONG, "", message, "");
    }

    /** An answer of the wrong kind; {@code message} says what kind was expected. */
    public static CheckResult invalid(String message) {
        return new CheckResult(Status.INVALID, "", message, "");
    }

    /** The exercise's placeholder is still there. */
    public static CheckResult notAnswered(String message) {
        return new CheckResult(Status.NOT_ANSWERED, "", message, "");
    }

    /** The same result under an exercise's title, with a hint (empty for none). */
    CheckResult titled(String title, String hint) {
        return new CheckResult(status, title, message, hint);
    }

    public boolean passed() {
        return status == Status.CORRECT;
    }

    @Override
    public String toString() {
        return status.symbol + " " + (title.isEmpty() ? "" : title + ": ") + message
                + (hint.isEmpty() ? "" : " " + hint);
    }

    /** The same line for Jupyter: green when right, red when not, grey while unanswered. */
    public String toHtml() {
        String color = switch (status) {
            case CORRECT -> "#1a7f37";
            case WRONG, INVALID -> "#cf222e";
            case NOT_ANSWERED -> "#6e7781";
        };
        return "<div style=\"color:" + color + ";font-family:sans-serif\"><b>" + status.symbol + " "
                + escape(title) + "</b>" + (title.isEmpty() ? "" : ": ") + escape(message)
                + (hint.isEmpty() ? "" : " <i>" + escape(hint) + "</i>") + "</div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
