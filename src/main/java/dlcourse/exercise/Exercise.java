package dlcourse.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * One exercise: a question, a {@link Checker} with the reference answer inside the library (so the
 * notebook cell never shows it), hints that come one more per wrong try, and a solution that only
 * {@link #solution()} reveals. The catalogue of ready exercises is {@link Exercises}.
 *
 * <pre>{@code
 * Exercise relu = Exercises.relu();
 * relu                                   // shows the question
 * relu.check(x -> Math.max(0, x))        // ✓ ... or ✗ ... Hint 1 of 2: ...
 * relu.solution()                        // only when you want it
 *
 * Exercise own = Exercise.builder("double", "Double a number")
 *         .question("Write a function that doubles its input.")
 *         .checker(Checker.function(x -> 2 * x, 1e-9, -1, 0, 2.5))
 *         .hints("Multiply by 2.").solution("x -> 2 * x").build();
 * }</pre>
 */
public final class Exercise {

    private final String id;
    private final String title;
    private final String question;
    private final Checker checker;
    private final List<String> hints;
    private final String solution;
    private final String solutionCall;
    private int hintsShown;
    private int wrongTries;

    private Exercise(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.question = b.question;
        this.checker = b.checker;
        this.hints = List.copyOf(b.hints);
        this.solution = b.solution;
        this.solutionCall = b.solutionCall;
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** For the catalogue's exercises, whose id {@link Exercises} sets from their method's name. */
    static Builder builder(String title) {
        return new Builder(null, title);
    }

    /**
     * Checks your answer: a number, an array, a network, or a function (a lambda goes to
     * {@link #check(DoubleUnaryOperator)}). A wrong answer brings the next hint; a placeholder (null,
     * NaN, a "TODO" that throws) is reported as not answered yet and costs nothing.
     */
    public CheckResult check(Object answer) {
        CheckResult result;
        try {
            // JShell resets a variable to null when a cell it depends on is redefined: say so.
            result = answer == null
                    ? CheckResult.notAnswered("not answered yet; the answer is null (if you gave one, run"
                            + " the cells above again: JShell may have reset it)")
                    : checker.check(answer);
        } catch (UnsupportedOperationException e) {
            result = CheckResult.notAnswered("not answered yet; replace the code that throws "
                    + Answers.describe(e) + " with your own");
        } catch (RuntimeException | StackOverflowError e) {
            result = CheckResult.wrong("your answer threw " + Answers.describe(e) + ".");
        }
        if (result == null) {
            throw new IllegalStateException("The checker of exercise " + id + " returned null; a checker must"
                    + " return a CheckResult such as CheckResult.correct(\"...\")");
        }
        if (result.status() != CheckResult.Status.WRONG) {
            return result.titled(title, "");
        }
        wrongTries++;
        return result.titled(title, nextHint());
    }

    /** Checks a function of one number, e.g. {@code check(x -> Math.max(0, x))}. */
    public CheckResult check(DoubleUnaryOperator function) {
        return check((Object) function);
    }

    /** The next hint, without checking anything. */
    public String hint() {
        return nextHint();
    }

    /** One answer, with why it works. Try the hints first. */
    public String solution() {
        return "Solution to \"" + title + "\":\n" + solution;
    }

    /** Forgets the tries and hints so far: the next wrong answer brings the first hint again. */
    public void reset() {
        hintsShown = 0;
        wrongTries = 0;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }

    /** How many wrong answers were checked since the start (or the last {@link #reset()}). */
    public int wrongTries() {
        return wrongTries;
    }

    @Override
    public String toString() {
        return "Exercise \"" + title + "\": " + question + " (" + hints.size() + " hints"
                + (hintsShown > 0 ? ", " + hintsShown + " shown" : "") + ")";
    }

    /**
     * The question as a box for Jupyter: the title in bold, the question as wrapped text, then the
     * hints and the solution folded away in {@code <details>} elements, so a reader of the static
     * site (no kernel there) can reveal them one click at a time; in a notebook {@code .hint()} and
     * {@code .solution()} work as well. The plain-text form ({@link #toString()}) stays for consoles.
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder("<div class=\"dlcourse-exercise\" style=\"border-left:4px solid #1a5fb4;"
                + "background:#f3f6fb;padding:0.5em 0.9em;font-family:sans-serif;line-height:1.45\"><b>Exercise: ")
                .append(escape(title)).append("</b><br>").append(escape(question))
                .append("<br><span style=\"color:#57606a\">Try it first: write your answer in the next cell and check it."
                        + " Stuck? Open a hint below (or call <code>.hint()</code>); the solution comes last"
                        + " (<code>.solution()</code>).</span>");
        for (int i = 0; i < hints.size(); i++) {
            html.append(reveal("dlcourse-hint", "Hint " + (i + 1) + " of " + hints.size(), escape(hints.get(i))));
        }
        html.append(reveal("dlcourse-solution", "Solution", "<pre style=\"white-space:pre-wrap;margin:0.3em 0\">"
                + escape(solution).replace("<br>", "\n") + "</pre>"));
        return html.append("</div>").toString();
    }

    private static String reveal(String kind, String summary, String body) {
        return "<details class=\"dlcourse-reveal " + kind + "\" style=\"margin-top:0.3em\"><summary style=\"cursor:pointer;"
                + "color:#1a5fb4\">" + summary + "</summary><div style=\"padding:0.2em 0 0.2em 1em\">" + body
                + "</div></details>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    private String nextHint() {
        hintsShown = Math.min(hintsShown + 1, hints.size());
        String hint = "Hint " + hintsShown + " of " + hints.size() + ": " + hints.get(hintsShown - 1);
        return hintsShown == hints.size() ? hint + " Still stuck? " + solutionCall + " shows an answer."
                : hint;
    }

    /** The parts of an {@link Exercise}; all are required, and at least one hint. */
    public static final class Builder {
        private String id;
        private final String title;
        private String question;
        private Checker checker;
        private final List<String> hints = new ArrayList<>();
        private String solution;
        private String solutionCall = "solution() on this exercise";

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** What the learner is asked, with every number they need. */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        public Builder checker(Checker checker) {
            this.checker = checker;
            return this;
        }

        /** Hints from gentle to nearly the answer; one more shows after each wrong try. */
        public Builder hints(String... hints) {
            if (hints != null) {
                this.hints.addAll(java.util.Arrays.asList(hints));
            }
            return this;
        }

        /** The answer and why it works, shown only by {@link Exercise#solution()}. */
        public Builder solution(String solution) {
            this.solution = solution;
            return this;
        }

        /** The id, for an exercise of the catalogue: {@link Exercises} gives each its method's name. */
        Builder id(String id) {
            this.id = id;
            return this;
        }

        /** How the catalogue's exercises name the call, e.g. "Exercises.relu().solution()". */
        Builder solutionCall(String call) {
            this.solutionCall = call;
            return this;
        }

        public Exercise build() {
            require(id, "an id", "\"relu\"");
            require(title, "a title", "\"ReLU as a function\"");
            require(question, "a question", ".question(\"Write ReLU as a function.\")");
            require(solution, "a solution", ".solution(\"x -> Math.max(0, x)\")");
            if (checker == null) {
                throw new IllegalArgumentException("Exercise " + id + " expected a checker but was given"
                        + " none; add one, e.g. .checker(Checker.number(0.5, 1e-6))");
            }
            if (hints.isEmpty() || hints.stream().anyMatch(h -> h == null || h.isBlank())) {
                throw new IllegalArgumentException("Exercise " + id + " expected 1 or more non-empty hints"
                        + " but was given " + hints + "; add them with .hints(\"first\", \"second\")");
            }
            return new Exercise(this);
        }

        private void require(String value, String what, String example) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("Exercise " + (id == null ? "" : id + " ") + "expected "
                        + what + " but was given " + (value == null ? "null" : "\"" + value + "\"")
                        + "; e.g. " + example);
            }
        }
    }
}
