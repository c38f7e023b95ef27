package quire.pipeline.summarize;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

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
        write(report, format, out, DocSummary::thumbnails);
    }

    /**
     * @param thumbnails a document's thumbnails for the HTML report, looked up one document at a time while the
     *                   report streams out (the batch keeps them in the state folder, not in memory)
     */
    public static void write(Report report, ReportFormat format, Path out,
                             Function<DocSummary, List<Thumbnail>> thumbnails) throws ReportException {
        try {
            AtomicFiles.write(out, stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                if (format == ReportFormat.HTML) {
                    HtmlReport.write(report, thumbnails, w);
                } else {
                    w.write(render(report, format));
                }
                w.flush();
            });
        } catch (IOException e) {
            throw new ReportException("cannot write the report " + out + " (" + e.getMessage()
                    + "); free some space or choose another --out; finished documents are kept in "
                    + StateStore.dirFor(out.toAbsolutePath()) + " and a re-run reuses them", e);
        }
    }
}
