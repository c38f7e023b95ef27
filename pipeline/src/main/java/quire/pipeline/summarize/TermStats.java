package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quire.pipeline.summarize.DocSummary.TermCount;

/**
 * Running TF-IDF sums over documents for the folder's recurring key terms, so a batch needs not keep every
 * document's term list: per term, the number of documents (df) and the summed term frequency. The score
 * {@code Σ_d tf_d · ln(1 + N/df)} equals {@code ln(1 + N/df) · Σ_d tf_d}. Frequencies are summed in fixed point, so
 * the result does not depend on the order documents finish in. Thread-safe.
 */
final class TermStats {

    private static final double SCALE = 1e12;

    private final Map<String, long[]> byTerm = new HashMap<>(); // term -> {df, Σ tf · SCALE}
    private int documents;

    synchronized void add(List<TermCount> doc) {
        documents++;
        double total = Math.max(1, doc.stream().mapToInt(TermCount::count).sum());
        for (TermCount t : doc) {
            long[] s = byTerm.computeIfAbsent(t.term(), k -> new long[2]);
            s[0]++;
            s[1] += Math.round(t.count() / total * SCALE);
        }
    }

    /** The top {@code k} terms; only terms in at least two documents when there are several. */
    synchronized List<String> recurring(int k) {
        int n = documents;
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (Map.Entry<String, long[]> e : byTerm.entrySet()) {
            long df = e.getValue()[0];
            if (n > 1 && df < 2) {
                continue;
            }
            ranked.add(Map.entry(e.getKey(), e.getValue()[1] / SCALE * Math.log(1 + (double) n / df)));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(k).map(Map.Entry::getKey).toList();
    }
}
