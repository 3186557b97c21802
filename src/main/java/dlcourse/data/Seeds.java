package dlcourse.data;

import java.util.Locale;
import java.util.Random;

/**
 * Every seed the course uses passes through here, so one setting can move all of them at once:
 *
 * <pre>{@code
 * Random random = Seeds.random(42);          // new Random(42) when no offset is set
 * long seed = Seeds.of(42);                  // 42 when no offset is set
 * }</pre>
 *
 * <p>Why: a chapter's text must describe what its cells compute on any learner's machine, not only
 * for the one seed it was written with. The course's variation test (README, "Does it hold
 * everywhere?") runs each chapter again with the environment variable {@value #OFFSET_VARIABLE}
 * (or the system property {@value #OFFSET_PROPERTY}) set to 1, 2, …; every data set, split,
 * initialisation, shuffle and noise vector then comes from another seed, and every claim a chapter
 * makes must still hold. With no offset set (the normal case) a seed is used exactly as given.
 */
public final class Seeds {

    /** The environment variable that shifts every seed, e.g. {@code DLCOURSE_SEED_OFFSET=1}. */
    public static final String OFFSET_VARIABLE = "DLCOURSE_SEED_OFFSET";
    /** The system property that does the same and wins over the environment variable. */
    public static final String OFFSET_PROPERTY = "dlcourse.seedOffset";

    // An odd constant with well-mixed bits (2^64 / golden ratio): seeds 1 and 2 of one offset do not
    // land on the seeds 2 and 3 of the next, so "generator seed + 1" stays independent of the rest.
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The course-wide seed offset: 0 unless {@value #OFFSET_PROPERTY} or {@value #OFFSET_VARIABLE} is set. */
    public static long offset() {
        String property = System.getProperty(OFFSET_PROPERTY);
        if (property != null && !property.isBlank()) {
            return parse(property, "system property " + OFFSET_PROPERTY);
        }
        String variable = System.getenv(OFFSET_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return parse(variable, "environment variable " + OFFSET_VARIABLE);
        }
        return 0;
    }

    /** The seed to use for {@code seed}: the same number when the offset is 0, another fixed one otherwise. */
    public static long of(long seed) {
        long offset = offset();
        return offset == 0 ? seed : seed + offset * MIX;
    }

    /** {@code new Random(Seeds.of(seed))}: a generator that follows the course-wide offset. */
    public static Random random(long seed) {
        return new Random(of(seed));
    }

    private static long parse(String text, String source) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "The %s should be a whole number such as 1 (it shifts every seed of the course), but it is"
                            + " \"%s\". Set it to a whole number, or remove it to use the seeds as written.",
                    source, text));
        }
    }
}
