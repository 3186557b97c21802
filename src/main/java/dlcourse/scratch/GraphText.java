package dlcourse.scratch;

import java.util.HashSet;
import java.util.Set;

/** Writes a {@link Value}'s computation as text, one value per line, for {@link Value#graph()}. */
final class GraphText {

    private GraphText() {
    }

    static String of(Value root) {
        StringBuilder text = new StringBuilder();
        append(root, "", "", new HashSet<>(), text);
        return text.toString();
    }

    private static void append(Value v, String first, String rest, Set<Value> shown, StringBuilder text) {
        text.append(first).append(v).append(v.operation().isEmpty() ? "" : "  ← " + v.operation());
        if (!shown.add(v) && !v.parents().isEmpty()) {
            text.append("  (shown above)\n");   // a value used twice is expanded only once
            return;
        }
        text.append('\n');
        for (int i = 0; i < v.parents().size(); i++) {
            boolean last = i == v.parents().size() - 1;
            String branch = last ? "└─ " : "├─ ";
            String below = last ? "   " : "│  ";
            append(v.parents().get(i), rest + branch, rest + below, shown, text);
        }
    }

    /** Four decimals for everyday numbers, scientific notation for tiny and huge ones. */
    static String number(double x) {
        if (x != 0 && Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.3e", x);
        }
        return Double.toString(Math.round(x * 1e4) / 1e4);
    }
}
