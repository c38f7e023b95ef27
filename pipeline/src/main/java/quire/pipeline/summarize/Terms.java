package quire.pipeline.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import quire.pipeline.summarize.DocSummary.TermCount;

/** Term counts per document and TF-IDF over documents for the folder's recurring key terms. */
final class Terms {

    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "are", "was",
            "were", "has", "have", "had", "not", "but", "its", "our", "their", "they", "which", "will", "would", "can",
            "could", "been", "also", "into", "than", "more", "other", "such", "these", "those", "there", "over",
            "each", "all", "any", "per", "page", "may", "between", "while", "where", "when", "what", "who", "how",
            "about", "after", "before", "both", "most", "some", "only", "then", "them", "his", "her", "she", "him",
            "you", "your", "out", "one", "two", "new", "use", "used", "using", "within", "under", "through", "during");
    static final int KEEP_PER_DOC = 200;

    private Terms() {
    }

    /** The document's most frequent content words (3+ letters, no stop words). */
    static List<TermCount> count(List<String> pageTexts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String page : pageTexts) {
            for (String w : page.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEEP_PER_DOC).map(e -> new TermCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * Terms that recur across documents, ranked by summed TF-IDF (tf = count / doc's total kept count, idf =
     * ln(1 + N / df)); only terms in at least two documents when there are several.
     */
    static List<String> recurring(List<List<TermCount>> docs, int k) {
        TermStats stats = new TermStats();
        docs.forEach(stats::add);
        return stats.recurring(k);
    }
}
