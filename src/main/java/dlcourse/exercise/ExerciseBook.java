package dlcourse.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The course's exercises, read from one Markdown file per chapter in
 * {@code src/main/resources/dlcourse/exercises/}: what an exercise says is text, so it lives in a
 * text file that reads well on its own, and only answers that need code are checked in Java
 * ({@link CodeAnswers}). A file holds its exercises one after another:
 *
 * <pre>
 * ## meanSquaredError: Mean squared error by hand       ← "## id: title"; Exercises.meanSquaredError() serves it
 *
 * A regressor predicts ... Answer to 3 decimals.         ← the question, one paragraph
 *
 * ### answer
 *
 * number 0.5625 within 0.001                             ← or "array 7, 10 within 1e-9", "word validation", "code"
 *
 * - 2.25: that is the sum of the squared errors; ...     ← known mistakes and what they tell the learner
 *
 * ### hints
 *
 * - The errors y − ŷ are 0.5, −1.0, 0.0 and −1.0.        ← one more after each wrong try
 *
 * ### solution
 *
 * ```
 * double myMse = ...                                     ← kept as written, line breaks and all
 * ```
 * </pre>
 *
 * A list item may go on over lines indented by two spaces; a question over several lines. Lines
 * are joined with one space. In a {@code word} answer every accepted word has an item (several words
 * separated by commas share one), the right word's item gives the praise, and {@code {word}} stands
 * for the word the learner wrote. Anything else is refused with the file and line.
 */
final class ExerciseBook {

    /** The files, in course order; {@link Exercises#all()} keeps it. */
    static final List<String> FILES = List.of("00-welcome", "01-neuron", "02-activations", "03-loss-functions",
            "04-backpropagation", "05-optimizers", "06-regularization", "07-tuning", "08-cnn", "09-rnn", "10-lstm",
            "11-autoencoders", "12-gan", "13-attention", "14-reinforcement-learning");

    private final Map<String, Exercise.Builder> byId = new LinkedHashMap<>();

    private ExerciseBook() {
    }

    /** Every exercise of the course's files, by id, in course order. */
    static Map<String, Exercise.Builder> read() {
        ExerciseBook book = new ExerciseBook();
        for (String file : FILES) {
            String name = "/dlcourse/exercises/" + file + ".md";
            try (InputStream in = ExerciseBook.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the exercise file " + name + " is missing from the library;"
                            + " rebuild it (./course setup)");
                }
                book.add(file + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8), CodeAnswers::of);
            } catch (IOException e) {
                throw new IllegalStateException("could not read the exercise file " + name + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(book.byId);
    }

    /** The exercises of one file's text; {@code code} gives the checker of a "code" answer by id. */
    static Map<String, Exercise.Builder> parse(String file, String text, Function<String, Checker> code) {
        ExerciseBook book = new ExerciseBook();
        book.add(file, text, code);
        return book.byId;
    }

    // Cuts the text at every "## " heading; a solution's lines between ``` fences are never cut.
    private void add(String file, String text, Function<String, Checker> code) {
        List<String> lines = Arrays.asList(text.replace("\r", "").split("\n", -1));
        int start = -1;
        boolean inSolution = false;
        for (int i = 0; i <= lines.size(); i++) {
            inSolution ^= i < lines.size() && lines.get(i).trim().equals("```");
            if (i == lines.size() || !inSolution && lines.get(i).startsWith("## ")) {
                if (start >= 0) {
                    addExercise(new Section(file, lines, start, i), code);
                }
                start = i;
            }
        }
    }

    private void addExercise(Section section, Function<String, Checker> code) {
        String heading = section.line(section.from).substring(3);
        int colon = heading.indexOf(": ");
        if (colon < 1 || !heading.substring(0, colon).matches("[a-z][A-Za-z0-9]*")) {
            throw section.error(section.from, "a heading \"## id: title\" with a Java name as the id");
        }
        String id = heading.substring(0, colon);
        if (byId.containsKey(id)) {
            throw section.error(section.from, "a new id, but \"" + id + "\" is there twice");
        }
        int answer = section.find("### answer");
        int hints = section.find("### hints");
        int solution = section.find("### solution");
        if (!(answer < hints && hints < solution)) {
            throw section.error(section.from, "the parts \"### answer\", \"### hints\", \"### solution\" in this order");
        }
        byId.put(id, Exercise.builder(heading.substring(colon + 2).trim())
                .question(section.paragraph(section.from + 1, answer))
                .checker(checker(section, answer + 1, hints, id, code))
                .hints(section.items(hints + 1, solution, false).values().toArray(String[]::new))
                .solution(section.fenced(solution + 1)));
    }

    private static Checker checker(Section section, int from, int to, String id, Function<String, Checker> code) {
        int at = section.nextText(from, to);
        String[] kind = section.line(at).trim().split(" ", 2);
        Map<String, String> feedback = section.items(at + 1, to, true);
        String rest = kind.length > 1 ? kind[1].trim() : "";
        switch (kind[0]) {
            case "number" -> {
                Within expected = within(section, at, rest);
                if (expected.values().length != 1) {
                    throw section.error(at, "one number, as in \"number 0.5 within 1e-3\"");
                }
                Map<Double, String> mistakes = new LinkedHashMap<>();
                feedback.forEach((key, says) -> mistakes.put(section.number(at, key), says));
                return new NumberAnswer(expected.values()[0], expected.tolerance(), Collections.unmodifiableMap(mistakes));
            }
            case "array" -> {
                Within expected = within(section, at, rest);
                Map<double[], String> mistakes = new LinkedHashMap<>();
                feedback.forEach((key, says) -> mistakes.put(section.numbers(at, key), says));
                return new ArrayAnswer(expected.values(), expected.tolerance(), mistakes);
            }
            case "word" -> {
                List<String> choices = new ArrayList<>();
                Map<String, String> words = new LinkedHashMap<>();
                feedback.forEach((key, says) -> {
                    for (String word : key.split(",")) {
                        words.put(word.trim().toLowerCase(Locale.ROOT), says);
                    }
                    choices.add(key.split(",")[0].trim().toLowerCase(Locale.ROOT));
                });
                if (!words.containsKey(rest) || choices.size() < 2) {
                    throw section.error(at, "\"word <right word>\" in lower case, with an item for it and one"
                            + " for each other word the question names");
                }
                return new WordAnswer(rest, List.copyOf(choices), Collections.unmodifiableMap(words));
            }
            case "code" -> {
                return code.apply(id);
            }
            default -> throw section.error(at, "\"number ... within ...\", \"array ... within ...\", \"word ...\" or \"code\"");
        }
    }

    /** An answer's numbers and how far from them a learner's may be: "7, 10 within 1e-9". */
    private record Within(double[] values, double tolerance) {
    }

    private static Within within(Section section, int line, String text) {
        String[] parts = text.split(" within ");
        if (parts.length != 2) {
            throw section.error(line, "the answer and its tolerance, as in \"number 0.5 within 1e-3\"");
        }
        return new Within(section.numbers(line, parts[0]), section.number(line, parts[1]));
    }

    /** One exercise's lines, {@code from} (its heading) up to {@code to}, and where they stand in the file. */
    private record Section(String file, List<String> lines, int from, int to) {

        String line(int i) {
            return lines.get(i);
        }

        int find(String heading) {
            for (int i = from; i < to; i++) {
                if (lines.get(i).trim().equals(heading)) {
                    return i;
                }
            }
            throw error(from, "a line \"" + heading + "\" in this exercise");
        }

        int nextText(int i, int end) {
            while (i < end && lines.get(i).isBlank()) {
                i++;
            }
            if (i == end) {
                throw error(end, "text before this line");
            }
            return i;
        }

        String paragraph(int i, int end) {
            List<String> words = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (!lines.get(k).isBlank()) {
                    words.add(lines.get(k).trim());
                }
            }
            if (words.isEmpty()) {
                throw error(i, "the question after the heading");
            }
            return String.join(" ", words);
        }

        /** The list items between two lines, in order: "- key: text" when {@code keyed}, else "- text" by number. */
        Map<String, String> items(int i, int end, boolean keyed) {
            Map<String, String> items = new LinkedHashMap<>();
            String key = null;
            StringBuilder item = null;
            for (int k = i; k <= end; k++) {
                String line = k < end ? lines.get(k) : "";
                boolean goesOn = line.startsWith("  ") && !line.isBlank() && item != null;
                if (goesOn) {
                    item.append(' ').append(line.trim());
                    continue;
                }
                if (item != null) {
                    if (items.put(key == null ? String.valueOf(items.size()) : key, item.toString()) != null) {
                        throw error(k - 1, "each answer once in this list, but \"" + key + "\" comes twice");
                    }
                    item = null;
                }
                if (line.startsWith("- ")) {
                    String text = line.substring(2).trim();
                    int colon = keyed ? text.indexOf(": ") : -1;
                    if (keyed && colon < 1) {
                        throw error(k, "an item \"- answer: what it tells the learner\"");
                    }
                    key = keyed ? text.substring(0, colon) : null;
                    item = new StringBuilder(keyed ? text.substring(colon + 2) : text);
                } else if (!line.isBlank()) {
                    throw error(k, "a list item \"- ...\" (going on over lines indented by two spaces)");
                }
            }
            return items;
        }

        String fenced(int i) {
            int open = nextText(i, to);
            if (!lines.get(open).trim().equals("```")) {
                throw error(open, "the solution between two lines \"```\"");
            }
            for (int k = open + 1; k < to; k++) {
                if (lines.get(k).trim().equals("```")) {
                    return String.join("\n", lines.subList(open + 1, k));
                }
            }
            throw error(open, "a closing line \"```\" after the solution");
        }

        double number(int line, String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw error(line, "a number such as 0.5 or 1e-3, not \"" + text.trim() + "\"");
            }
        }

        double[] numbers(int line, String text) {
            return Arrays.stream(text.split(",")).mapToDouble(part -> number(line, part)).toArray();
        }

        IllegalStateException error(int line, String expected) {
            return new IllegalStateException("exercise file " + file + ", line " + (line + 1) + ": expected "
                    + expected + "; fix the file in src/main/resources/dlcourse/exercises/");
        }
    }
}
