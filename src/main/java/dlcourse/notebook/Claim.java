package dlcourse.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A number the chapter's text states, checked where the notebook computes it. The prose of a
 * notebook cannot update itself, so when it says "the CNN reaches at least 85 % on the test set",
 * the cell after the evaluation says so too:
 *
 * <pre>{@code
 * Claim.atLeast("CNN test accuracy", report.accuracy(), 0.85);
 * // ✓ CNN test accuracy is 0.8712: at least 0.85, as the text above says.
 * Claim.atMost("forecast error relative to the naive forecast", ratio, 0.5);
 * Claim.that("the LSTM beats the simple RNN by 30 points", lstm - rnn >= 0.30);
 * }</pre>
 *
 * <p>A claim that holds shows as one green line. One that does not hold shows a calm note in the
 * notebook: what the text expected, what this run gave and the usual reasons (a changed cell,
 * another seed, another processor's rounding), and the notebook goes on. The course's own test
 * ({@code ./course test}) sets {@value #MODE_VARIABLE}{@code =strict}: there a claim that does not hold
 * throws {@link ClaimFailedException} and fails the run, so no chapter ships with prose its cells
 * contradict. With {@value #LOG_VARIABLE} set to a file, every claim also appends one JSON line to
 * it (what, value, bounds, margin): the variation test's report is made from these lines.
 */
public final class Claim {

    /** The environment variable (or, winning over it, the system property {@code dlcourse.claims}) for the mode. */
    public static final String MODE_VARIABLE = "DLCOURSE_CLAIMS";
    /** The environment variable naming a file to which every claim appends one JSON line. */
    public static final String LOG_VARIABLE = "DLCOURSE_CLAIM_LOG";
    private static final String MODE_PROPERTY = "dlcourse.claims";

    private final String what;
    private final String kind;
    private final double value;
    private final double low;
    private final double high;
    private final boolean holds;

    private Claim(String what, String kind, double value, double low, double high, boolean holds) {
        this.what = what;
        this.kind = kind;
        this.value = value;
        this.low = low;
        this.high = high;
        this.holds = holds;
    }

    /** Checks that {@code value ≥ threshold}; {@code what} names the number, e.g. "CNN test accuracy". */
    public static Claim atLeast(String what, double value, double threshold) {
        requireName(what);
        requireFinite(what, "threshold", threshold);
        return settle(new Claim(what, "at least", value, threshold, Double.NaN, value >= threshold));
    }

    /** Checks that {@code value ≤ threshold}; {@code what} names the number, e.g. "validation loss". */
    public static Claim atMost(String what, double value, double threshold) {
        requireName(what);
        requireFinite(what, "threshold", threshold);
        return settle(new Claim(what, "at most", value, Double.NaN, threshold, value <= threshold));
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
        return settle(new Claim(what, "between", value, low, high, value >= low && value <= high));
    }

    /**
     * Checks a statement that is not a single number, e.g. {@code lstm - rnn >= 0.30}. Prefer the
     * numeric forms where there is a number: their margin shows how safely a claim holds.
     */
    public static Claim that(String statement, boolean holds) {
        requireName(statement);
        return settle(new Claim(statement, "that", Double.NaN, Double.NaN, Double.NaN, holds));
    }

    /** Whether the text's statement holds in this run. */
    public boolean holds() {
        return holds;
    }

    /** The number checked (NaN for {@link #that}). */
    public double value() {
        return value;
    }

    /**
     * How far the value is inside its bound (negative when outside): {@code value − threshold} for
     * {@link #atLeast}, {@code threshold − value} for {@link #atMost}, the distance to the nearer
     * bound for {@link #between}; NaN for {@link #that}.
     */
    public double margin() {
        switch (kind) {
            case "at least":
                return value - low;
            case "at most":
                return high - value;
            case "between":
                return Math.min(value - low, high - value);
            default:
                return Double.NaN;
        }
    }

    /** What was checked and how it came out, in one sentence. */
    public String text() {
        if (holds) {
            return "that".equals(kind)
                    ? what + ", as the text above says."
                    : what + " is " + format(value) + ": " + expectation() + ", as the text above says.";
        }
        String expected = "that".equals(kind)
                ? "The text above says \"" + what + "\", but in this run that is not so."
                : "The text above expects " + what + " to be " + expectation() + "; this run gave "
                        + format(value) + ".";
        return expected + " Numbers like this one move when a cell above was changed or run out of order"
                + " (Kernel → Restart Kernel and Run All Cells gives the notebook as written), with other seeds,"
                + " and, for results that depend on many rounding steps, with another processor's arithmetic."
                + " The notebook goes on; compare the pictures around this cell with what the text describes.";
    }

    @Override
    public String toString() {
        return (holds ? "✓ " : "Note: ") + text();
    }

    /** The same sentence for Jupyter: a green line when it holds, a calm amber note when it does not. */
    public String toHtml() {
        String escaped = text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (holds) {
            return "<div style=\"color:#1a7f37;font-family:sans-serif\">✓ " + escaped + "</div>";
        }
        return "<div style=\"border-left:4px solid #bf8700;background:#fff8c5;padding:6px 10px;"
                + "font-family:sans-serif\"><b>Note.</b> " + escaped + "</div>";
    }

    private String expectation() {
        switch (kind) {
            case "at least":
                return "at least " + format(low);
            case "at most":
                return "at most " + format(high);
            default:
                return "between " + format(low) + " and " + format(high);
        }
    }

    /** Logs the claim, then fails in strict mode when it does not hold. */
    private static Claim settle(Claim claim) {
        log(claim);
        if (!claim.holds && strict()) {
            throw new ClaimFailedException(claim.text());
        }
        return claim;
    }

    /** Whether a claim that does not hold fails the cell ({@code strict}) or shows a note (anything else). */
    static boolean strict() {
        String mode = System.getProperty(MODE_PROPERTY);
        if (mode == null || mode.isBlank()) {
            mode = System.getenv(MODE_VARIABLE);
        }
        return mode != null && mode.trim().equalsIgnoreCase("strict");
    }

    private static void log(Claim claim) {
        String file = System.getProperty("dlcourse.claimLog", System.getenv(LOG_VARIABLE));
        if (file == null || file.isBlank()) {
            return;
        }
        String line = "{\"claim\": " + json(claim.what) + ", \"kind\": " + json(claim.kind)
                + ", \"value\": " + number(claim.value) + ", \"low\": " + number(claim.low)
                + ", \"high\": " + number(claim.high) + ", \"margin\": " + number(claim.margin())
                + ", \"holds\": " + claim.holds + "}\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append the claim \"" + claim.what + "\" to the claim log "
                    + file + " (set by " + LOG_VARIABLE + "): " + e.getMessage()
                    + ". Point " + LOG_VARIABLE + " at a writable file, or unset it.", e);
        }
    }

    private static String number(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "null";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
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
