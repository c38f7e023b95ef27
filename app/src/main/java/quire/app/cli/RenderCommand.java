package quire.app.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.RenderOptions;
import quire.pipeline.document.render.ImageFormat;
import quire.pipeline.document.render.PageOutcome;
import quire.pipeline.document.render.PageRenderService;

/** {@code quire render FILE [--pages R] [--dpi 144] [--format png|ppm] --out DIR}: one image per page. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders pages to DIR/page-<n>.<ext> (n from 1), several pages in parallel.")
public final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A PDF, PNG, JPEG or TIFF file.")
    Path file;

    @Option(names = "--pages", paramLabel = "R", description = "Pages to render, e.g. 1-3,7 (default: all).")
    String pages;

    @Option(names = "--dpi", defaultValue = "144", description = "Resolution (default: ${DEFAULT-VALUE}).")
    float dpi;

    @Option(names = "--format", defaultValue = "png", paramLabel = "png|ppm",
            description = "png, or ppm (binary P6; P5 with --gray) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--gray", description = "Render in 8-bit grey.")
    boolean gray;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created).")
    Path out;

    @Option(names = "--workers", defaultValue = "2", description = "Pages rendered at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--max-megapixels", defaultValue = "100", description = "Pixel cap per page (default: ${DEFAULT-VALUE}).")
    double maxMegapixels;

    @Option(names = "--fit", description = "Lower the dpi of pages over the pixel cap instead of refusing them.")
    boolean fit;

    @Option(names = "--password", paramLabel = "P", description = "Password of an encrypted PDF.")
    String password;

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PageRange range = PageRange.parse(pages);
        ImageFormat fmt;
        try {
            fmt = ImageFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown format '" + format + "'; use --format png or --format ppm");
        }
        if (!(dpi > 0 && dpi <= 4800) || workers < 1 || !(maxMegapixels > 0)) {
            throw new UsageException("--dpi must be in 1..4800, --workers and --max-megapixels positive");
        }
        RenderOptions options = new RenderOptions(dpi, gray, (long) (maxMegapixels * 1e6), fit, true);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (Document doc = Documents.open(file, password);
             PageRenderService service = new PageRenderService(workers)) {
            List<Integer> selected = range.resolve(doc.pageCount());
            Files.createDirectories(out);
            List<PageOutcome> outcomes = service.renderAll(doc, selected, options, (page, image) -> {
                Path target = out.resolve("page-" + page + "." + fmt.extension());
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    fmt.write(image, os);
                }
            });
            List<PageOutcome.Failed> failures = outcomes.stream().filter(o -> o instanceof PageOutcome.Failed)
                    .map(o -> (PageOutcome.Failed) o).toList();
            for (PageOutcome o : outcomes) {
                if (o instanceof PageOutcome.Ok ok) {
                    stdout.println(out.resolve("page-" + ok.page() + "." + fmt.extension()));
                }
            }
            stdout.flush();
            boolean allFailed = !failures.isEmpty() && failures.size() == outcomes.size();
            // when every page failed, the first failure becomes the command's error line (ErrorHandler)
            for (PageOutcome.Failed f : allFailed ? failures.subList(1, failures.size()) : failures) {
                stderr.println("quire: " + f.message());
            }
            stderr.flush();
            if (allFailed) {
                throw failures.get(0).cause();
            }
        }
        return ExitCode.OK;
    }
}
