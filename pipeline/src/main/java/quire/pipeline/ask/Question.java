package quire.pipeline.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import quire.pipeline.ask.index.Analyzers;

/**
 * A parsed question: its expected answer type and its content terms (analysed like the index, without the
 * interrogative and answer-type words, which say what is asked, not about what).
 */
public record Question(String text, QuestionType type, List<String> terms, List<String> numbers,
                       List<String> focus) {

    private static final java.util.regex.Pattern HOW_MANY = java.util.regex.Pattern.compile(
            "(?i)\\bhow many\\s+(.+?)(?=\\s+(?:did|do|does|were|was|are|is|have|has|had|will|can|could|in|at|on|of|for)\\b|[?.]|$)");

    private static final Set<String> ASKING = Set.copyOf(Analyzers.terms(
            "what which who whom whose when where why how many much did does do was were is are has have had "
            + "year date day month percentage percent number amount name person city country total value "
            + "tell me give list please"));

    public Question {
        terms = List.copyOf(terms);
        numbers = List.copyOf(numbers);
        focus = List.copyOf(focus);
    }

    public static Question parse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : Analyzers.terms(text)) {
            if (!ASKING.contains(t)) {
                terms.add(t);
            }
        }
        if (terms.isEmpty()) {
            // a question made only of question words still says something: keep them all
            terms.addAll(Analyzers.terms(text));
        }
        List<String> numbers = new ArrayList<>();
        for (String tok : text.split("[^\\p{Alnum}.,%$€£]+")) {
            String n = tok.replaceAll("[.,]+$", "");
            if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
                numbers.add(n.toLowerCase(Locale.ROOT));
            }
        }
        // the thing counted in "how many X ...": its number is the one followed by X in the text
        List<String> focus = new ArrayList<>();
        java.util.regex.Matcher m = HOW_MANY.matcher(text);
        if (m.find()) {
            focus.addAll(Analyzers.terms(m.group(1)));
        }
        return new Question(text.strip(), QuestionType.of(text), new ArrayList<>(terms), numbers, focus);
    }
}
