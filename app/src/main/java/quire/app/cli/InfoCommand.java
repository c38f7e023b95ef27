package quire.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.PageStats;

/** {@code quire info FILE [--json]}: pages, sizes, rotation, text layer and images per page, encryption. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Pages, page sizes, text layer per page, images and encryption of a PDF or image.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A PDF, PNG, JPEG or TIFF file.")
    Path file;

    @Option(names = "--json", description = "Print JSON (cli.md's info shape).")
    boolean json;

    @Option(names = "--password", paramLabel = "P", description = "Password of an encrypted PDF.")
    String password;

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Document doc = Documents.open(file, password)) {
            if (json) {
                writeJson(doc, out);
            } else {
                writeText(doc, out);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void writeJson(Document doc, PrintWriter out) throws Exception {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("file", file.toString());
            g.writeStringField("format", doc.format());
            g.writeNumberField("pages", doc.pageCount());
            g.writeBooleanField("encrypted", doc.encrypted());
            g.writeArrayFieldStart("page_info");
            for (int p = 1; p <= doc.pageCount(); p++) {
                PageGeometry geo = doc.geometry(p);
                PageStats stats = doc.stats(p);
                g.writeStartObject();
                g.writeNumberField("page", p);
                g.writeNumberField("width", Json.round2(geo.width()));
                g.writeNumberField("height", Json.round2(geo.height()));
                g.writeNumberField("rotation", geo.rotation());
                g.writeBooleanField("text_layer", stats.chars() > 0);
                g.writeNumberField("chars", stats.chars());
                g.writeNumberField("images", stats.imageCount());
                g.writeNumberField("image_area", Json.round2(stats.imageArea()));
                g.writeNumberField("unmapped_glyphs", stats.unmappedGlyphs());
                g.writeNumberField("path_ops", stats.pathOps());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private void writeText(Document doc, PrintWriter out) throws Exception {
        out.printf("file:      %s%n", file);
        out.printf("format:    %s%n", doc.format());
        out.printf("pages:     %d%n", doc.pageCount());
        out.printf("encrypted: %s%n", doc.encrypted() ? "yes" : "no");
        for (int p = 1; p <= doc.pageCount(); p++) {
            PageGeometry geo = doc.geometry(p);
            PageStats stats = doc.stats(p);
            out.printf("page %d: %.2f x %.2f, rotation %d, %s, %d images covering %.0f%%%n", p, geo.width(),
                    geo.height(), geo.rotation(), stats.chars() > 0 ? stats.chars() + " chars" : "no text layer",
                    stats.imageCount(), stats.imageArea() * 100);
        }
    }
}
