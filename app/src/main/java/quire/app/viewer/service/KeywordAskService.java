package quire.app.viewer.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import quire.app.viewer.task.Cancellation;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;
import quire.pipeline.document.Document;

/**
 * The simple extractive answerer the viewer uses until the pipeline's Q&amp;A lands: scores each text-layer line
 * by the question's keywords it holds; the answer is what follows the last matched keyword on the best line
 * ("Revenue in 2023: 4.2 million" answers "What was the revenue in 2023?" with "4.2 million").
 */
public final class KeywordAskService implements AskService {

    private static final Set<String> STOP = Set.of("a", "an", "the", "what", "which", "who", "whom", "when",
            "where", "why", "how", "is", "are", "was", "were", "be", "been", "do", "does", "did", "of", "in", "on",
            "at", "to", "for", "by", "with", "and", "or", "much", "many", "there", "this", "that", "it", "its",
            "from", "as", "about", "tell", "me", "please", "give");

    @Override
    public String engine() {
        return "extractive";
    }

    @Override
    public AskAnswer ask(Document document, String question, Consumer<String> tokens, Cancellation cancellation)
            throws Exception {
        List<String> keys = keywords(question);
        if (keys.isEmpty()) {
            return AskAnswer.notFound(engine());
        }
        Line best = null;
        int bestPage = 0;
        int bestScore = 0;
        for (int p = 1; p <= document.pageCount(); p++) {
            cancellation.throwIfCancelled();
            PageText text = document.textLayer(p);
            for (Line line : text.lines()) {
                int score = score(line, keys);
                if (score > bestScore) {
                    best = line;
                    bestPage = p;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return AskAnswer.notFound(engine());
        }
        List<Word> answerWords = answerSpan(best, keys);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < answerWords.size(); i++) {
            cancellation.throwIfCancelled();
            String text = answerWords.get(i).text();
            if (i == answerWords.size() - 1) {
                text = text.replaceAll("[,;:.]+$", "");
            }
            String token = (answer.length() == 0 ? "" : " ") + text;
            answer.append(token);
            tokens.accept(token);
        }
        BBox box = BBox.unionOf(answerWords.stream().map(Word::bbox).toList());
        double confidence = Math.min(1.0, bestScore / (double) keys.size());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(bestPage, box, best.text()));
        return new AskAnswer(true, answer.toString(), engine(), confidence, evidence);
    }

    static List<String> keywords(String question) {
        Set<String> keys = new LinkedHashSet<>();
        for (String t : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
            String k = trimDots(t);
            if (!k.isEmpty() && !STOP.contains(k)) {
                keys.add(k);
            }
        }
        return new ArrayList<>(keys);
    }

    private static int score(Line line, List<String> keys) {
        int score = 0;
        for (String k : keys) {
            for (Word w : line.words()) {
                if (matches(w, k)) {
                    score++;
                    break;
                }
            }
        }
        return score;
    }

    /** The words after the last matched keyword (skipping separators); the whole line when nothing follows. */
    private static List<Word> answerSpan(Line line, List<String> keys) {
        List<Word> words = line.words();
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            for (String k : keys) {
                if (matches(words.get(i), k)) {
                    last = i;
                }
            }
        }
        List<Word> rest = new ArrayList<>();
        for (int i = last + 1; i < words.size(); i++) {
            Word w = words.get(i);
            String c = clean(w.text());
            if (rest.isEmpty() && (c.isEmpty() || STOP.contains(c))) {
                continue; // a lone ":" or a "was" between key and value
            }
            rest.add(w);
            String t = w.text();
            if (t.endsWith(",") || t.endsWith(";") || t.endsWith(".")) {
                break; // the span ends with its clause
            }
        }
        return rest.isEmpty() ? words : rest;
    }

    private static boolean matches(Word w, String key) {
        String t = clean(w.text());
        // a light stem: "revenues" matches "revenue", "2023:" matches "2023"
        return !t.isEmpty() && (t.equals(key) || (key.length() >= 4 && (t.startsWith(key) || key.startsWith(t))
                && Math.abs(t.length() - key.length()) <= 2));
    }

    private static String clean(String s) {
        return trimDots(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]", ""));
    }

    private static String trimDots(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '.') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '.') {
            b--;
        }
        return s.substring(a, b);
    }
}
