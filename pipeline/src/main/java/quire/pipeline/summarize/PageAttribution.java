package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each sentence of a generated summary a page: the page it cites ("(p. 4)", "page 4") when that page is in
 * range, else the page of the source sentence sharing the most content words with it (at least two), else the
 * first page of the span it summarises. Pure.
 */
public final class PageAttribution {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\bpp?\\.)(?<!\\b(?:e\\.g|i\\.e)\\.)\\s+");
    private static final Pattern CITE = Pattern.compile(
            "\\s*[\\[(]?\\b(?:pp?\\.|pages?)\\s*(\\d{1,5})(?:\\s*[–-]\\s*\\d{1,5})?[\\])]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]|\\d{1,2}[.)])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,%]*[\\p{L}\\p{N}%]|\\p{N}");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "are", "was",
            "were", "has", "have", "its", "which", "into", "also", "their", "they", "been", "than", "but", "not",
            "document", "part", "summary", "page", "pages");
    private static final int MAX_SENTENCES = 12;

    private PageAttribution() {
    }

    public static List<KeySentence> attribute(String summary, List<KeySentence> sources, int firstPage,
                                              int lastPage) {
        List<KeySentence> out = new ArrayList<>();
        // byte-level tokens cut mid-character decode to U+FFFD; control characters have no place in a report
        String clean = summary.replaceAll("[\\t\\r\\f]", " ").replaceAll("[\\uFFFD\\p{Cc}&&[^\\n]]", "");
        for (String line : clean.split("\\n+")) {
            for (String raw : SENTENCE_END.split(line.strip())) {
                String s = BULLET.matcher(raw.strip()).replaceFirst("");
                if (s.isBlank() || out.size() >= MAX_SENTENCES) {
                    continue;
                }
                int page = cited(s, firstPage, lastPage);
                String text = CITE.matcher(s).replaceAll("").replaceAll("\\s+([.,;!?])", "$1").strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (page < 0) {
                    page = bestSource(text, sources, firstPage, lastPage);
                }
                out.add(new KeySentence(text, page));
            }
        }
        return out;
    }

    static int cited(String sentence, int firstPage, int lastPage) {
        Matcher m = CITE.matcher(sentence);
        while (m.find()) {
            int p = Integer.parseInt(m.group(1));
            if (p >= firstPage && p <= lastPage) {
                return p;
            }
        }
        return -1;
    }

    static int bestSource(String sentence, List<KeySentence> sources, int firstPage, int lastPage) {
        Set<String> words = words(sentence);
        int best = firstPage;
        int bestScore = 1;
        for (KeySentence src : sources) {
            if (src.page() < firstPage || src.page() > lastPage) {
                continue;
            }
            int score = 0;
            for (String w : words(src.text())) {
                if (words.contains(w)) {
                    score += Character.isDigit(w.charAt(0)) ? 2 : 1;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = src.page();
            }
        }
        return best;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if ((w.length() >= 3 || Character.isDigit(w.charAt(0))) && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
