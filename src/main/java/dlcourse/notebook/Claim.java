package dlcourse.notebook;

import java.util.Locale;

/**
 * A number the chapter's text states, checked where the notebook computes it. The prose of a
 * notebook cannot update itself, so when it says "the CNN reaches at least 85 % on the test set",
 * the cell after the evaluation says so too, and the run fails loudly if it stops being true:
 *
 * <pre>{@code
 * Claim.atLeast("CNN test accuracy", report.accuracy(), 0.85);
 * // ✓ CNN test accuracy: 0.8712, at least 0.85 as the text says.
 * Claim.atMost("forecast MSE relative to the naive forecast", ratio, 0.5);
 * Claim.that("the LSTM beats the simple RNN by 30 points", lstm - rnn >= 0.30);
 * }</pre>
 *
 * A claim that holds returns itself (shown in green in Jupyter). One that does not throws
 * {@link ClaimFailedException}, so the cell, the course's notebook tests and "Run All" stop there.
 */
public final class Claim {

    private final String text;

    private Claim(String text) {
        this.text = text;
    }

    /** Checks that {@code value ≥ threshold}; {@code what} names the number, e.g. "CNN test accuracy". */
    public static Claim atLeast(String what, double value, double threshold) {
        requireName(what);
        requireFinite(what, "threshold", threshold);
        if (!(value >= threshold)) {
            throw failed(what, value, "at least " + format(threshold));
        }
        return new Claim(what + ": " + format(value) + ", at least " + format(threshold) + " as the text says.");
    }

    /** Checks that {@code value ≤ threshold}; {@code what} names the number, e.g. "validation loss". */
    public static Claim atMost(String what, double value, double threshold) {
        requireName(what);
        requireFinite(what, "threshold", threshold);
        if (!(value <= threshold)) {
            throw failed(what, value, "at most " + format(threshold));
        }
        return new Claim(what + ": " + format(value) + ", at most " + format(threshold) + " as the text says.");
    }

    /** Checks that {@code low ≤ value ≤ high}. */
    public static Claim between(String what, double value, double low, double high) {
        requireName(what);
        requireFinite(what, "low", low);
        requireFinite(what, "high", high);
        if (low > high) {
            throw new IllegalArgumentException("Claim.between(\"" + what + "\", ...) needs low ≤ high, but got low "
                    + format(low) + " and high " + format(high) + ". Swap the two bounds.");
        }
        if (!(value >= low && value <= high)) {
            throw failed(what, value, "between " + format(low) + " and " + format(high));
        }
        return new Claim(what + ": " + format(value) + ", between " + format(low) + " and " + format(high)
                + " as the text says.");
    }

    /** Checks a statement that is not a single number, e.g. {@code lstm - rnn >= 0.30}. */
    public static Claim that(String statement, boolean holds) {
        requireName(statement);
        if (!holds) {
            throw new ClaimFailedException("The text says \"" + statement + "\", but in this run it is not true. "
                    + advice());
        }
        return new Claim(statement + ", as the text says.");
    }

    /** The checked statement, e.g. "CNN test accuracy: 0.8712, at least 0.85 as the text says." */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "✓ " + text;
    }

    /** The same line in green, for Jupyter. */
    public String toHtml() {
        return "<div style=\"color:#1a7f37;font-family:sans-serif\">✓ " + text.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;") + "</div>";
    }

    private static ClaimFailedException failed(String what, double value, String expected) {
        return new ClaimFailedException("The text says " + what + " is " + expected + ", but this run gave "
                + format(value) + ". " + advice());
    }

    private static String advice() {
        return "If you changed a cell above (data size, epochs, seed, learning rate), that explains it: the "
                + "text describes the notebook as shipped. Otherwise use Restart & Run All, since cells run out "
                + "of order can change the numbers.";
    }

    private static void requireName(String what) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("A claim needs a description of what it checks, e.g. "
                    + "Claim.atLeast(\"test accuracy\", accuracy, 0.85), but got " + (what == null ? "null" : "\"\"")
                    + ".");
        }
    }

    private static void requireFinite(String what, String name, double bound) {
        if (!Double.isFinite(bound)) {
            throw new IllegalArgumentException("Claim \"" + what + "\" needs a finite " + name + ", but got " + bound
                    + ". Pass the number the text states.");
        }
    }

    private static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
