package quire.pipeline.summarize;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The report formats, chosen by the output file's extension. */
public enum ReportFormat {
    MARKDOWN, HTML, JSON;

    public static Optional<ReportFormat> of(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
