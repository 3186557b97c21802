package dlcourse.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One word out of a few, such as "validation" out of "training", "validation" and "test"; case and
 * the spaces around it do not matter. {@code choices} are the words the question names, in its
 * order; {@code feedback} has a text for every word it accepts (the choices and other spellings,
 * the right word included), where {@code {word}} stands for the word given. Made by the exercise
 * files' {@code word} answers.
 */
record WordAnswer(String right, List<String> choices, Map<String, String> feedback) implements Checker {

    @Override
    public CheckResult check(Object answer) {
        if (answer == null) {
            return CheckResult.notAnswered("not answered yet; the answer is null");
        }
        if (!(answer instanceof CharSequence text)) {
            return CheckResult.invalid("expected a word in quotes, such as \"" + choices.get(0) + "\", but was"
                    + " given " + Answers.describe(answer));
        }
        String word = text.toString().trim().toLowerCase(Locale.ROOT);
        String says = feedback.get(word);
        if (says == null) {
            String named = "\"" + String.join("\", \"", choices.subList(0, choices.size() - 1)) + "\" or \""
                    + choices.get(choices.size() - 1) + "\"";
            return CheckResult.invalid("expected one of " + named + " but was given \"" + text + "\"");
        }
        says = says.replace("{word}", word);
        return word.equals(right) ? CheckResult.correct(says) : CheckResult.wrong(says);
    }
}
