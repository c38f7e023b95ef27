package quire.pipeline.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Renders a report in the output's format and writes it atomically (temporary file, then ATOMIC_MOVE). */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static String render(Report report, ReportFormat format) {
        return switch (format) {
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report);
            case JSON -> JsonReport.render(report);
        };
    }

    public static void write(Report report, ReportFormat format, Path out) throws ReportException {
        try {
            AtomicFiles.write(out, render(report, format).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReportException("cannot write the report " + out + " (" + e.getMessage()
                    + "); free some space or choose another --out; finished documents are kept in "
                    + StateStore.dirFor(out.toAbsolutePath()) + " and a re-run reuses them", e);
        }
    }
}
