package quire.app.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import quire.app.Main;

/**
 * Benchmark driver for bench/render/run.sh (not a test): runs {@code quire render} over several PDFs in this one
 * JVM, as a user's batch would. Arguments: FORMAT DPI WORKERS OUT_DIR PDF...; the pages written go to stdout.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) {
        String format = args[0];
        String dpi = args[1];
        String workers = args[2];
        Path out = Path.of(args[3]);
        int failures = 0;
        long pages = 0;
        for (int i = 4; i < args.length; i++) {
            Path pdf = Path.of(args[i]);
            StringWriter written = new StringWriter();
            int code = Main.run(new PrintWriter(written, true), null, "render", pdf.toString(), "--dpi", dpi,
                    "--format", format, "--workers", workers, "--out", out.resolve("doc" + i).toString());
            if (code != 0) {
                failures++;
            }
            pages += written.toString().lines().count();
        }
        System.out.println(pages);
        System.exit(failures == 0 ? 0 : 1);
    }
}
