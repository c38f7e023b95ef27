package quire.pipeline.ask;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.Word;

/**
 * Evidence for a generated (MLLM) answer: the prompt's passages whose words support the answer, located on the page
 * as word boxes. A pure function of the answer text and the passages.
 * <p>
 * The answer's terms are its numbers (thousands separators, currency signs and a trailing {@code %} removed) and its
 * content words (lower case, no stop words, a plural {@code s} dropped). A passage supports the answer when it holds
 * every number of the answer and at least half of the answer's term weight (numbers weigh 2, words 1). Supporting
 * passages come best first; each gives one evidence item per line that holds matched words (the union box of those
 * words, the line's text as context). An answer without terms, or without a supporting passage, gets no evidence.
 */
public final class EvidenceLocator {

    /** Share of the answer's term weight a passage must hold. */
    static final double MIN_SUPPORT = 0.5;
    private static final int NUMBER_WEIGHT = 2;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
            "is", "was", "are", "were", "be", "been", "it", "its", "this", "that", "these", "those", "by", "with",
            "as", "from", "has", "have", "had", "not", "no", "yes", "there", "their", "which", "what", "who", "when",
            "where", "how", "than", "then", "so", "but", "if", "about", "into", "per", "also", "image", "page",
            "document", "shows", "shown", "answer");

    private EvidenceLocator() {
    }

    /** Text the model was given, with the words it came from (displayed-page boxes). */
    public record Passage(Path file, int page, List<Line> lines) {

        public Passage {
            lines = List.copyOf(lines);
        }
    }

    /** Evidence items, best passage first, at most {@code maxPassages} passages. */
    public static List<Evidence> locate(String answer, List<Passage> passages, int maxPassages) {
        List<String> terms = new ArrayList<>(terms(answer));
        if (terms.isEmpty()) {
            return List.of();
        }
        int total = terms.stream().mapToInt(EvidenceLocator::weight).sum();
        long numbers = terms.stream().filter(EvidenceLocator::isNumber).count();
        List<Scored> supporting = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            Set<String> held = new LinkedHashSet<>();
            for (Line l : p.lines()) {
                for (Word w : l.words()) {
                    for (String t : wordTerms(w.text())) {
                        if (terms.contains(t)) {
                            held.add(t);
                        }
                    }
                }
            }
            int weight = held.stream().mapToInt(EvidenceLocator::weight).sum();
            long heldNumbers = held.stream().filter(EvidenceLocator::isNumber).count();
            if (!held.isEmpty() && heldNumbers == numbers && weight >= MIN_SUPPORT * total) {
                supporting.add(new Scored(i, (double) weight / total, held));
            }
        }
        supporting.sort(Comparator.comparingDouble(Scored::share).reversed().thenComparingInt(Scored::index));
        List<Evidence> out = new ArrayList<>();
        for (Scored s : supporting.subList(0, Math.min(maxPassages, supporting.size()))) {
            Passage p = passages.get(s.index());
            for (Line l : p.lines()) {
                List<BBox> boxes = new ArrayList<>();
                for (Word w : l.words()) {
                    if (wordTerms(w.text()).stream().anyMatch(s.held()::contains)) {
                        boxes.add(w.bbox());
                    }
                }
                if (!boxes.isEmpty()) {
                    out.add(new Evidence(p.file(), p.page(), BBox.unionOf(boxes), l.text()));
                }
            }
        }
        return out;
    }

    /** The answer's distinct terms in order. */
    public static Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : normalize(text).split("\\s+")) {
            out.addAll(wordTerms(raw));
        }
        return out;
    }

    /** The terms of one whitespace-free token: a number, or the content words between its punctuation. */
    static List<String> wordTerms(String token) {
        String t = normalize(token).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (t.isEmpty()) {
            return List.of();
        }
        String number = t.replaceAll("(?<=\\d),(?=\\d{3}\\b)", "").replaceAll("^[$€£¥]", "").replaceAll("%$", "");
        if (number.matches("[-+]?\\d+(\\.\\d+)?")) {
            return List.of(number.replaceFirst("^\\+", ""));
        }
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (w.matches("\\d+(\\.\\d+)?")) {
                out.add(w);
            } else if (w.length() >= 2 && !STOP.contains(w)) {
                out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean isNumber(String term) {
        return term.matches("-?\\d+(\\.\\d+)?");
    }

    private static int weight(String term) {
        return isNumber(term) ? NUMBER_WEIGHT : 1;
    }

    private record Scored(int index, double share, Set<String> held) {
    }
}
