package quire.pipeline.summarize;

import java.util.List;

/**
 * A finished batch: the documents in input order, the folder overview and warnings met while collecting inputs.
 */
public record Report(List<DocSummary> documents, Overview overview) {

    static final int KEY_TERMS = 15;

    public Report {
        documents = List.copyOf(documents);
    }

    public static Report of(List<DocSummary> documents, List<String> warnings, String generated) {
        List<DocSummary> ok = documents.stream().filter(DocSummary::ok).toList();
        return of(documents, Terms.recurring(ok.stream().map(DocSummary::terms).toList(), KEY_TERMS), warnings,
                generated);
    }

    /** @param terms the recurring key terms, already ranked */
    public static Report of(List<DocSummary> documents, List<String> terms, List<String> warnings,
                            String generated) {
        List<DocSummary> ok = documents.stream().filter(DocSummary::ok).toList();
        long bytes = documents.stream().mapToLong(DocSummary::sizeBytes).sum();
        int pages = documents.stream().mapToInt(DocSummary::pages).sum();
        return new Report(documents, new Overview(documents.size(), ok.size(), documents.size() - ok.size(), pages,
                bytes, terms, warnings, generated));
    }

    /** Folder-level facts: counts, totals, recurring key terms (TF-IDF over documents), walk warnings. */
    public record Overview(int documents, int ok, int failed, int pages, long bytes, List<String> keyTerms,
                           List<String> warnings, String generated) {

        public Overview {
            keyTerms = List.copyOf(keyTerms);
            warnings = List.copyOf(warnings);
        }
    }

    /** The summary engines used, with how many documents each summarised, e.g. "extractive (3)". */
    public List<String> engines() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        documents.stream().filter(DocSummary::ok).forEach(d -> counts.merge(d.engine(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
