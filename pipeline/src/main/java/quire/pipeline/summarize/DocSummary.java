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
