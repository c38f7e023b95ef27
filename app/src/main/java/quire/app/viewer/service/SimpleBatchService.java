package quire.app.viewer.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import quire.ocr.text.Line;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;

/**
 * A plain batch summariser standing in for the pipeline's summarize job: title = the first text line, summary =
 * the first few lines of text, written as Markdown, HTML or JSON. Stops between pages when cancelled and still
 * writes the report of what it finished.
 */
public final class SimpleBatchService implements BatchService {

    private static final int SUMMARY_LINES = 3;

    private final DocumentOpener opener;

    public SimpleBatchService(DocumentOpener opener) {
        this.opener = opener;
    }

    @Override
    public Report run(Request request, Listener listener, quire.app.viewer.task.Cancellation cancellation)
            throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        boolean cancelled = false;
        for (Path file : request.files()) {
            try {
                cancellation.throwIfCancelled();
                FileOutcome outcome = summarise(file, listener, cancellation);
                outcomes.add(outcome);
                listener.finished(outcome);
            } catch (CancellationException e) {
                cancelled = true;
                break;
            }
        }
        writeReport(request, outcomes, cancelled);
        return new Report(request.out(), outcomes, cancelled);
    }

    private FileOutcome summarise(Path file, Listener listener, quire.app.viewer.task.Cancellation cancellation) {
        try (Document doc = opener.open(file, null)) {
            List<String> lines = new ArrayList<>();
            int pages = doc.pageCount();
            for (int p = 1; p <= pages; p++) {
                cancellation.throwIfCancelled();
                for (Line l : doc.textLayer(p).lines()) {
                    lines.add(l.text());
                }
                listener.progress(file, p, pages);
            }
            String title = lines.isEmpty() ? file.getFileName().toString() : lines.get(0);
            String summary = String.join(" ", lines.subList(Math.min(1, lines.size()),
                    Math.min(lines.size(), 1 + SUMMARY_LINES)));
            return new Summarised(file, title, pages, summary.isEmpty() ? "(no text layer)" : summary);
        } catch (DocumentException e) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("cancelled"); // an interrupt surfaced as an I/O failure
            }
            return new Failed(file, e.getMessage());
        }
    }

    private static void writeReport(Request request, List<FileOutcome> outcomes, boolean cancelled)
            throws IOException {
        Path parent = request.out().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(request.out(), StandardCharsets.UTF_8)) {
            ReportWriter.write(request.format(), outcomes, cancelled, w);
        }
    }
}
