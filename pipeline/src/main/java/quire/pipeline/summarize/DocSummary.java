package quire.pipeline.summarize;

import java.util.List;

/**
 * Everything the report says about one input file. {@code status} is "ok" or "failed"; a failed file has an
 * {@code error} (one line for the user) and otherwise only its file facts.
 *
 * @param terms the document's term counts' top entries, kept for the folder's TF-IDF overview
 */
public record DocSummary(String file, String sha256, long sizeBytes, String modified, String title, int pages,
                         String engine, List<KeySentence> summary, List<KeyFigure> keyFigures,
                         List<ChartSummary> charts, List<String> notes, List<Thumbnail> thumbnails,
                         List<TermCount> terms, String status, String error) {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    /** Most pages cited (and shown as thumbnails) per document. */
    static final int MAX_CITED = 6;

    public DocSummary {
        summary = List.copyOf(summary);
        keyFigures = List.copyOf(keyFigures);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
        thumbnails = List.copyOf(thumbnails);
        terms = List.copyOf(terms);
    }

    public static DocSummary failed(String file, String sha256, long size, String modified, String error,
                                    List<String> notes) {
        return new DocSummary(file, sha256, size, modified, fileName(file), 0, "-", List.of(), List.of(), List.of(),
                notes, List.of(), List.of(), FAILED, error);
    }

    /** The same summary without its thumbnails (kept in the state folder), so a long batch holds little. */
    public DocSummary withoutThumbnails() {
        return withThumbnails(List.of());
    }

    public DocSummary withThumbnails(List<Thumbnail> thumbs) {
        return new DocSummary(file, sha256, sizeBytes, modified, title, pages, engine, summary, keyFigures, charts,
                notes, thumbs, terms, status, error);
    }

    public DocSummary withTerms(List<TermCount> counts) {
        return new DocSummary(file, sha256, sizeBytes, modified, title, pages, engine, summary, keyFigures, charts,
                notes, thumbnails, counts, status, error);
    }

    /** The pages the report cites and shows as thumbnails: the summary's first, then charts', then figures'. */
    public List<Integer> citedPages() {
        return cited(summary, keyFigures, charts, pages);
    }

    static List<Integer> cited(List<KeySentence> summary, List<KeyFigure> figures, List<ChartSummary> charts,
                               int pageCount) {
        java.util.LinkedHashSet<Integer> byPriority = new java.util.LinkedHashSet<>();
        summary.forEach(s -> byPriority.add(s.page()));
        charts.forEach(c -> byPriority.add(c.page()));
        figures.forEach(f -> byPriority.add(f.page()));
        return byPriority.stream().filter(p -> p >= 1 && p <= pageCount).limit(MAX_CITED).sorted().toList();
    }

    public boolean ok() {
        return OK.equals(status);
    }

    /** The summary as one paragraph with page references. */
    public String summaryText() {
        StringBuilder sb = new StringBuilder();
        for (KeySentence s : summary) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.text()).append(" (p. ").append(s.page()).append(')');
        }
        return sb.toString();
    }

    static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }

    /** A term and how often it occurs in the document. */
    public record TermCount(String term, int count) {
    }
}
