package quire.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quire.models.onnx.SessionSettings;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.auto.OcrEngines;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.ocr.PageOcr;

/**
 * {@code quire ocr FILE [--engine auto|paddle|tesseract] [--dpi 300] [--json] [--pages R]}: OCR every selected page,
 * whatever its text layer. Pages are read two at a time (each engine call single-threaded), printed in order. An
 * engine that cannot load exits 4 ({@code auto} falls back to the other engine first); a page that fails is
 * reported on stderr and printed without words.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "OCR every page: words with boxes (displayed-page points, origin top-left), conf 0..1, lines.")
public final class OcrCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(OcrCommand.class);

    @Parameters(index = "0", paramLabel = "FILE", description = "A PDF, PNG, JPEG or TIFF file.")
    Path file;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "auto",
            description = "auto (Tesseract, unsure words re-read by PP-OCR), paddle or tesseract "
                    + "(default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300", description = "Render resolution (default: ${DEFAULT-VALUE}).")
    float dpi;

    @Option(names = "--pages", paramLabel = "R", description = "Pages to read, e.g. 1-3,7 (default: all).")
    String pages;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "Pages read at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--json", description = "Print JSON (cli.md's ocr shape).")
    boolean json;

    @Option(names = "--password", paramLabel = "P", description = "Password of an encrypted PDF.")
    String password;

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PageRange range = PageRange.parse(pages);
        OcrEngines.Kind kind;
        try {
            kind = OcrEngines.Kind.parse(engine);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!(dpi >= 36 && dpi <= 1200)) {
            throw new UsageException("--dpi must be between 36 and 1200, not " + dpi);
        }
        if (workers < 1 || workers > 64) {
            throw new UsageException("--workers must be between 1 and 64, not " + workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Document doc = Documents.open(file, password)) {
            List<Integer> selected = range.resolve(doc.pageCount());
            SessionSettings base = SessionSettings.fromSystemProperties();
            // pages run in parallel: one ONNX Runtime thread each unless asked otherwise
            SessionSettings settings = workers > 1 && Integer.getInteger("quire.threads") == null
                    ? new SessionSettings(base.provider(), base.deviceId(), 1) : base;
            try (OcrEngine ocr = OcrEngines.open(kind, settings)) {
                ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, selected.size())));
                try {
                    List<Future<PageText>> results = new ArrayList<>();
                    for (int p : selected) {
                        results.add(pool.submit(() -> readPage(doc, p, ocr)));
                    }
                    print(results, out);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private PageText readPage(Document doc, int page, OcrEngine ocr) throws Exception {
        try {
            return PageOcr.read(doc, page, ocr, dpi);
        } catch (OcrException e) {
            LOG.warn("page {}: {}", page, e.getMessage());
            var g = doc.geometry(page);
            return new PageText(page, g.width(), g.height(), sourceOf(ocr), List.of());
        }
    }

    private static TextSource sourceOf(OcrEngine ocr) {
        return switch (ocr.name()) {
            case "tesseract" -> TextSource.OCR_TESSERACT;
            case "paddle" -> TextSource.OCR_PADDLE;
            default -> TextSource.MIXED;
        };
    }

    private void print(List<Future<PageText>> results, PrintWriter out) throws Exception {
        if (json) {
            try (JsonGenerator g = Json.generator(out)) {
                g.writeStartObject();
                g.writeStringField("file", file.toString());
                g.writeArrayFieldStart("pages");
                for (Future<PageText> f : results) {
                    TextCommand.writePage(g, get(f));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
        } else {
            for (Future<PageText> f : results) {
                PageText text = get(f);
                if (results.size() > 1) {
                    out.println("--- page " + text.page() + " ---");
                }
                out.print(text.plainText());
                out.flush();
            }
        }
    }

    /** The page's result; its checked failure (model, document, interrupt) rethrown as itself. */
    private static PageText get(Future<PageText> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

}
