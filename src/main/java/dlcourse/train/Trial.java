package dlcourse.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One point of a hyperparameter search: named settings, in the order they were added, such as a
 * learning rate, a layer width and a depth. Immutable: {@link #and} returns a new trial.
 * {@link Search#run} trains one network per trial and tabulates the results.
 *
 * <pre>{@code
 * Trial trial = Trial.of("learning rate", 0.01).and("width", 32).and("depth", 2);
 * trial.get("learning rate")     // 0.01
 * trial.integer("width")         // 32
 * trial.get("l2", 0)             // 0: this trial leaves it at the default
 * trial                          // learning rate 0.01, width 32, depth 2
 * }</pre>
 */
public final class Trial {

    private final Map<String, Double> values;

    private Trial(Map<String, Double> values) {
        this.values = values;
    }

    /** A trial with one setting; add more with {@link #and}. */
    public static Trial of(String name, double value) {
        return new Trial(new LinkedHashMap<>()).and(name, value);
    }

    /** This trial with one more setting. */
    public Trial and(String name, double value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Trial expected a setting name such as \"learning rate\" but"
                    + " was given " + (name == null ? "null" : "'" + name + "'"));
        }
        if (values.containsKey(name)) {
            throw new IllegalArgumentException("Trial already has a setting '" + name + "' (" + show(values.get(name))
                    + "); give each setting once, e.g. Trial.of(\"learning rate\", 0.01).and(\"width\", 32)");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Trial expected a finite value for '" + name + "' but was given "
                    + value);
        }
        Map<String, Double> more = new LinkedHashMap<>(values);
        more.put(name, value);
        return new Trial(more);
    }

    /** The value of one setting. */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Trial expected one of its settings " + names() + " but was"
                    + " given '" + name + "'; check the spelling, or add it with .and(\"" + name + "\", value)");
        }
        return value;
    }

    /** The value of one setting, or {@code fallback} when this trial does not have it. */
    public double get(String name, double fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The value of a whole-number setting, such as a width or a depth. */
    public int integer(String name) {
        double value = get(name);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Trial expected a whole number for '" + name + "' but it holds "
                    + value + "; round it when making the trial, e.g. (int) Math.round(x)");
        }
        return (int) value;
    }

    /** The setting names, in order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trial t && t.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ");
        values.forEach((name, value) -> s.add(name + " " + show(value)));
        return s.toString();
    }

    static String show(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
