package quire.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageTextSource;
import quire.pipeline.ocr.OcrPageTextSource;

/** {@code quire text FILE [--pages R] [--json]}: words with boxes and lines, page by page. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Words with their boxes (displayed-page points, origin top-left) and lines, page by page.")
public final class TextCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A PDF, PNG, JPEG or TIFF file.")
    Path file;

    @Option(names = "--pages", paramLabel = "R", description = "Pages to read, e.g. 1-3,7 (default: all).")
    String pages;

    @Option(names = "--json", description = "Print JSON (cli.md's text shape).")
    boolean json;

    @Option(names = "--password", paramLabel = "P", description = "Password of an encrypted PDF.")
    String password;

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    /** Where words come from; by default the text layer, and OCR for pages without a usable one (Tika's rule). */
    PageTextSource source;

    @Override
    public Integer call() throws Exception {
        PageRange range = PageRange.parse(pages);
        PrintWriter out = spec.commandLine().getOut();
        try (OcrPageTextSource ocr = OcrPageTextSource.auto(); Document doc = Documents.open(file, password)) {
            if (source == null) {
                source = ocr;
            }
            List<Integer> selected = range.resolve(doc.pageCount());
            if (json) {
                writeJson(doc, selected, out);
            } else {
                for (int p : selected) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException("cancelled");
                    }
                    PageText text = source.read(doc, p);
                    if (selected.size() > 1) {
                        out.println("--- page " + p + " ---");
                    }
                    out.print(text.plainText());
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void writeJson(Document doc, List<Integer> selected, PrintWriter out) throws Exception {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("file", file.toString());
            g.writeArrayFieldStart("pages");
            for (int p : selected) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("cancelled");
                }
                writePage(g, source.read(doc, p));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    static void writePage(JsonGenerator g, PageText text) throws Exception {
        g.writeStartObject();
        g.writeNumberField("page", text.page());
        g.writeNumberField("width", Json.round2(text.width()));
        g.writeNumberField("height", Json.round2(text.height()));
        g.writeStringField("source", text.source().label());
        g.writeArrayFieldStart("words");
        for (Word w : text.words()) {
            g.writeStartObject();
            g.writeStringField("text", w.text());
            Json.box(g, "bbox", w.bbox().toArray());
            g.writeNumberField("conf", Json.round2(w.conf()));
            g.writeStringField("source", w.source().label());
            if (!w.polygon().isEmpty()) {
                g.writeArrayFieldStart("polygon");
                for (double[] pt : w.polygon()) {
                    g.writeArray(new double[] {Json.round2(pt[0]), Json.round2(pt[1])}, 0, 2);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (Line l : text.lines()) {
            g.writeStartObject();
            g.writeStringField("text", l.text());
            Json.box(g, "bbox", l.bbox().toArray());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
