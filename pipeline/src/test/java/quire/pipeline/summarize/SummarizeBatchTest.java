package quire.pipeline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.embed.BgeEmbedder;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

/** The batch end to end on real PDFs with the real bge-small embedder: good and broken files, reuse, cancel. */
class SummarizeBatchTest {

    private static OnnxSessionFactory factory;
    private static BgeEmbedder bge;
    private static DocumentSummarizer summarizer;

    @BeforeAll
    static void embedder() throws Exception {
        factory = new OnnxSessionFactory(SessionSettings.cpu());
        bge = BgeEmbedder.bundled(factory);
        summarizer = new DocumentSummarizer(new BgeSentenceEmbedder(bge), null, ChartTables.NONE, true);
    }

    @AfterAll
    static void close() {
        bge.close();
        factory.close();
    }

    /** Two good reports (one in a sub-folder), a zero-byte PDF, an encrypted PDF, a corrupt PDF, a symlink loop. */
    static Path folder(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        ReportPdfs.write(in.resolve("alpha.pdf"), "Alpha Energy Annual Review", 3, 1, "$4.2 million", null);
        Files.createDirectories(in.resolve("sub"));
        ReportPdfs.write(in.resolve("sub/beta.pdf"), "Beta Logistics Report", 2, 2, "$7.5 million", null);
        Files.createFile(in.resolve("empty.pdf"));
        ReportPdfs.write(in.resolve("locked.pdf"), "Secret", 1, 3, "$1.0 million", "pw");
        Files.writeString(in.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage");
        Files.writeString(in.resolve("notes.txt"), "not a document, ignored");
        try {
            Files.createSymbolicLink(in.resolve("sub/loop"), in);
        } catch (UnsupportedOperationException | IOException e) {
            // no symlinks here: the loop part of the test is moot
        }
        return in;
    }

    @Test
    void goodAndBrokenFilesGiveOneCompleteReportInEveryFormatAndARerunReusesEverything(@TempDir Path dir)
            throws Exception {
        Path in = folder(dir);
        Path json = dir.resolve("out/report.json");
        Files.createDirectories(json.getParent());
        Summarize.Outcome first = Summarize.run(List.of(in), json, 2, "extractive", summarizer, null, j -> { });
        assertThat(first).isInstanceOf(Summarize.Outcome.Written.class);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> files = new ArrayList<>();
        root.get("documents").forEach(d -> files.add(d.get("file").asText()));
        assertThat(files).hasSize(5).noneMatch(f -> f.endsWith("notes.txt"));
        JsonNode alpha = doc(root, "alpha.pdf");
        assertThat(alpha.get("status").asText()).isEqualTo("ok");
        assertThat(alpha.get("title").asText()).isEqualTo("Alpha Energy Annual Review");
        assertThat(alpha.get("pages").asInt()).isEqualTo(3);
        assertThat(alpha.get("summary_sentences").size()).isBetween(5, 8);
        assertThat(alpha.get("summary").asText()).contains("(p. ");
        assertThat(alpha.get("key_figures").toString()).contains("$4.2 million").contains("12.5%");
        assertThat(doc(root, "beta.pdf").get("status").asText()).isEqualTo("ok");
        for (String broken : List.of("empty.pdf", "locked.pdf", "corrupt.pdf")) {
            JsonNode b = doc(root, broken);
            assertThat(b.get("status").asText()).as(broken).isEqualTo("failed");
            assertThat(b.get("error").asText()).as(broken).isNotBlank();
        }
        assertThat(doc(root, "empty.pdf").get("error").asText()).contains("empty");
        assertThat(doc(root, "locked.pdf").get("error").asText()).containsIgnoringCase("password");
        assertThat(root.get("overview").get("key_terms").toString()).contains("staffing");
        if (Files.isSymbolicLink(in.resolve("sub/loop"))) {
            assertThat(root.get("overview").get("warnings").toString()).contains("loop");
        }

        // the same state serves the other formats: nothing is summarised again
        for (String name : List.of("report.md", "report.html")) {
            Path out = dir.resolve("out").resolve(name);
            Files.createDirectories(StateStore.dirFor(out));
            copyState(StateStore.dirFor(json), StateStore.dirFor(out));
            Summarize.Outcome o = Summarize.run(List.of(in), out, 2, "extractive", summarizer, null, j -> { });
            assertThat(((Summarize.Outcome.Written) o).reused()).isEqualTo(2);
        }
        String md = Files.readString(dir.resolve("out/report.md"));
        assertThat(md).contains("# Summary report", "## Alpha Energy Annual Review", "$4.2 million (p. 1)",
                "locked.pdf", "failed");
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "data:image/png;base64,",
                "Alpha Energy Annual Review", "class=\"error\"").endsWith("</html>\n");
        // thumbnails only of the pages the summary, figures and charts cite; the same pages listed in md and json
        List<Integer> cited = new ArrayList<>();
        alpha.get("cited_pages").forEach(p -> cited.add(p.asInt()));
        assertThat(cited).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(1, 3));
        String alphaHtml = html.substring(html.indexOf("<h2>Alpha Energy Annual Review"));
        alphaHtml = alphaHtml.substring(0, alphaHtml.indexOf("</section>"));
        List<Integer> shown = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<img alt=\"page (\\d+)\"").matcher(alphaHtml);
        while (m.find()) {
            shown.add(Integer.parseInt(m.group(1)));
        }
        assertThat(shown).isEqualTo(cited);
        assertThat(md).contains("**Cited pages:** " + String.join(", ", cited.stream().map(p -> "p. " + p).toList()));
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        // a re-run reuses finished files; a changed file is redone
        ReportPdfs.write(in.resolve("sub/beta.pdf"), "Beta Logistics Report", 2, 9, "$8.1 million", null);
        long t0 = System.nanoTime();
        Summarize.Outcome again = Summarize.run(List.of(in), json, 2, "extractive", summarizer, null, j -> { });
        assertThat(((Summarize.Outcome.Written) again).reused()).isEqualTo(1);
        // the batch held no thumbnails in memory: the HTML report read them back from the state folder
        assertThat(((Summarize.Outcome.Written) again).report().documents())
                .allSatisfy(d -> assertThat(d.thumbnails()).isEmpty());
        assertThat(doc(new ObjectMapper().readTree(json.toFile()), "beta.pdf").get("key_figures").toString())
                .contains("$8.1 million");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
    }

    @Test
    void cancelKeepsFinishedFilesAndARerunContinues(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 4; i++) {
            ReportPdfs.write(in.resolve("r" + i + ".pdf"), "Report " + i, 1, 10 + i, "$" + i + ".5 million", null);
        }
        Path out = dir.resolve("report.md");
        Files.writeString(out, "previous report\n");
        AtomicReference<BatchJob> job = new AtomicReference<>();
        BatchListener cancelAfterFirst = new BatchListener() {
            @Override
            public void finished(DocSummary summary, boolean reused) {
                job.get().cancel();
            }
        };
        Summarize.Outcome o = Summarize.run(List.of(in), out, 1, "extractive", summarizer, cancelAfterFirst, job::set);
        assertThat(o).isInstanceOf(Summarize.Outcome.Cancelled.class);
        assertThat(((Summarize.Outcome.Cancelled) o).finished()).isGreaterThanOrEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("previous report\n"); // never half-written or replaced

        Summarize.Outcome rerun = Summarize.run(List.of(in), out, 2, "extractive", summarizer, null, j -> { });
        Summarize.Outcome.Written w = (Summarize.Outcome.Written) rerun;
        assertThat(w.reused()).isGreaterThanOrEqualTo(1);
        assertThat(w.report().documents()).hasSize(4).allMatch(DocSummary::ok);
    }

    @Test
    void anUnwritableOutputPathFailsBeforeAnyWorkWithAClearMessage(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ReportPdfs.write(in.resolve("a.pdf"), "A", 1, 1, "$1 million", null);
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Path out = blocker.resolve("report.md"); // a "folder" that is a file: not writable by anyone, root too
        assertThatThrownBy(() -> Summarize.run(List.of(in), out, 1, "extractive", summarizer, null, j -> { }))
                .isInstanceOf(ReportException.class).hasMessageContaining("choose an --out path");
    }

    @Test
    void aModelFailureLeavesKeySentencesWithANoteAndIsRetriedOnTheNextRun(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ReportPdfs.write(in.resolve("alpha.pdf"), "Alpha Energy Annual Review", 2, 1, "$4.2 million", null);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        AbstractiveSummarizer failing = new AbstractiveSummarizer() {
            @Override
            public String engine() {
                return "mllm:broken";
            }

            @Override
            public List<KeySentence> summarize(List<String> pageTexts, java.util.function.Consumer<SummaryProgress> p)
                    throws quire.models.ModelException {
                calls.incrementAndGet();
                throw new quire.models.ModelException("decoder crashed");
            }
        };
        DocumentSummarizer withModel = new DocumentSummarizer(new BgeSentenceEmbedder(bge), failing,
                ChartTables.NONE, false);
        Path json = dir.resolve("r.json");
        for (int run = 1; run <= 2; run++) {
            Summarize.Outcome o = Summarize.run(List.of(in), json, 1, "mllm:broken", withModel, null, j -> { });
            assertThat(((Summarize.Outcome.Written) o).reused()).as("run " + run).isZero();
        }
        assertThat(calls.get()).isEqualTo(2);
        JsonNode alpha = doc(new ObjectMapper().readTree(json.toFile()), "alpha.pdf");
        assertThat(alpha.get("status").asText()).isEqualTo("ok");
        assertThat(alpha.get("engine").asText()).isEqualTo("extractive");
        assertThat(alpha.get("summary_sentences").size()).isBetween(5, 8);
        assertThat(alpha.get("notes").toString()).contains("mllm:broken", "decoder crashed", "key sentences instead");
    }

    @Test
    void workersAreBoundedByCoresAndMemory() {
        assertThat(BatchJob.boundedWorkers(8, 4, 8L << 30)).isEqualTo(4);
        assertThat(BatchJob.boundedWorkers(8, 16, 1L << 30)).isEqualTo(2);
        assertThat(BatchJob.boundedWorkers(3, 16, 64L << 30)).isEqualTo(3);
        assertThat(BatchJob.boundedWorkers(8, 16, 100L << 20)).isEqualTo(1);
    }

    static JsonNode doc(JsonNode root, String suffix) {
        for (JsonNode d : root.get("documents")) {
            if (d.get("file").asText().endsWith(suffix)) {
                return d;
            }
        }
        throw new AssertionError("no document " + suffix + " in " + root);
    }

    private static void copyState(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
