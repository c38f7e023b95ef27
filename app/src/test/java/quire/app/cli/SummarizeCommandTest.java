package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.Main;

/** {@code quire summarize} through Main: JSON shape, exit codes, bad output paths, a full disk. */
class SummarizeCommandTest {

    @Test
    void folderWithAGoodAndABrokenFileGivesTheJsonShapeAndExitZero(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        pdf(in.resolve("good.pdf"));
        Files.createFile(in.resolve("zero.pdf"));
        Path out = dir.resolve("r.json");
        Result r = run("summarize", in.toString(), "--out", out.toString(), "--quiet", "--workers", "2");
        assertThat(r.code).as(r.err).isEqualTo(0);
        assertThat(r.err).contains("zero.pdf").contains("empty");
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.get("documents")).hasSize(2);
        for (JsonNode d : root.get("documents")) {
            for (String key : List.of("file", "title", "pages", "summary", "key_figures", "charts", "notes",
                    "status", "error")) {
                assertThat(d.has(key)).as(key).isTrue();
            }
        }
        assertThat(root.get("overview").get("files")).hasSize(2);
    }

    @Test
    void badOutputExtensionIsAUsageError(@TempDir Path dir) {
        assertThat(run("summarize", dir.toString(), "--out", dir.resolve("r.txt").toString()).code)
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUnwritableOutputPathSaysWhatToDo(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        pdf(in.resolve("good.pdf"));
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Result r = run("summarize", in.toString(), "--out", blocker.resolve("r.md").toString(), "--quiet");
        assertThat(r.code).isEqualTo(ExitCode.INTERNAL);
        assertThat(r.err).contains("choose an --out path").doesNotContain("internal error");
    }

    @Test
    void aFullDiskFailsTheReportCleanlyAndLeavesNoHalfFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 3; i++) {
            pdf(in.resolve("good" + i + ".pdf"));
        }
        Path mount = Files.createDirectories(dir.resolve("tiny"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = p.waitFor() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root): skipping the full-disk test");
        try {
            Path out = mount.resolve("r.html");
            Result r = run("summarize", in.toString(), "--out", out.toString(), "--quiet");
            assertThat(r.code).as(r.err).isNotEqualTo(0);
            assertThat(r.err).contains("cannot write the report").contains("free some space");
            try (Stream<Path> s = Files.list(mount)) {
                assertThat(s.map(x -> x.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"))
                        .noneMatch(n -> n.equals("r.html"));
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    static void pdf(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String[] lines = {"Quarterly Operations Summary", "Revenue grew to $2.3 million during the quarter.",
                        "Customer retention improved to 91% after the new support plan.",
                        "The team opened two new warehouses in the northern region.",
                        "Shipping delays fell sharply compared with the previous quarter.",
                        "Management expects steady demand for the rest of the year.",
                        "Costs for energy and transport were higher than planned."};
                float y = 720;
                for (int i = 0; i < lines.length; i++) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), i == 0 ? 20 : 10);
                    cs.newLineAtOffset(60, y);
                    cs.showText(lines[i]);
                    cs.endText();
                    y -= 24;
                }
            }
            doc.save(file.toFile());
        }
    }

    private static Result run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    private record Result(int code, String err) {
    }
}
