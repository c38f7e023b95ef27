package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire summarize --model} end to end on the tiny random-weight Idefics3 fixture, and its fallback. */
class SummarizeWithModelCommandTest {

    static final Path MODEL = Path.of(System.getProperty("quire.root", ".."),
            "models/src/test/resources/tiny-idefics3");

    @Test
    void aModelFolderGivesAbstractiveSummariesNamedInEveryFormatAndARerunReusesThem(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        SummarizeCommandTest.pdf(in.resolve("a.pdf"));
        SummarizeCommandTest.pdf(in.resolve("b.pdf"));
        Files.writeString(in.resolve("b.pdf"), "% other bytes, another hash\n", java.nio.file.StandardOpenOption.APPEND);
        Path json = dir.resolve("r.json");
        String[] args = {"summarize", in.toString(), "--out", json.toString(), "--quiet", "--model",
                MODEL.toString(), "--max-prompt-tokens", "600", "--max-tokens", "8"};

        CliRun r = CliRun.of(args);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("documents")).hasSize(2).allSatisfy(d -> {
            assertThat(d.get("engine").asText()).isEqualTo("mllm:tiny-idefics3");
            assertThat(d.get("summary_sentences")).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.get("page").asInt()).isEqualTo(1));
        });
        assertThat(root.get("overview").get("engines").get(0).asText()).isEqualTo("mllm:tiny-idefics3 (2)");

        CliRun again = CliRun.of(args);
        assertThat(again.err()).contains("2 reused");
        Path md = dir.resolve("r.md");
        CliRun markdown = CliRun.of("summarize", in.toString(), "--out", md.toString(), "--quiet", "--model",
                MODEL.toString(), "--max-prompt-tokens", "600", "--max-tokens", "8");
        assertThat(markdown.code()).as(markdown.err()).isZero();
        assertThat(Files.readString(md)).contains("### Summary (mllm:tiny-idefics3)")
                .contains("**Summary engines:** mllm:tiny-idefics3 (2)").contains("**Cited pages:** p. 1");
        // another engine is another summary: nothing is reused
        CliRun extractive = CliRun.of("summarize", in.toString(), "--out", json.toString(), "--quiet");
        assertThat(extractive.err()).contains("0 reused");
    }

    @Test
    void aModelThatCannotBeLoadedIsOneWarningAndTheBatchGoesOnExtractive(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        SummarizeCommandTest.pdf(in.resolve("a.pdf"));
        Path broken = Files.createDirectories(dir.resolve("not-a-model"));
        Files.writeString(broken.resolve("config.json"), "{}");
        Path json = dir.resolve("r.json");

        CliRun r = CliRun.of("summarize", in.toString(), "--out", json.toString(), "--quiet", "--model",
                broken.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("warning"))).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("cannot load --model").contains("extractive"));
        JsonNode doc = new ObjectMapper().readTree(json.toFile()).get("documents").get(0);
        assertThat(doc.get("status").asText()).isEqualTo("ok");
        assertThat(doc.get("engine").asText()).isEqualTo("extractive");
        assertThat(doc.get("summary_sentences")).isNotEmpty();
    }

    @Test
    void tooSmallABudgetIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        SummarizeCommandTest.pdf(in.resolve("a.pdf"));
        CliRun r = CliRun.of("summarize", in.toString(), "--out", dir.resolve("r.md").toString(), "--quiet",
                "--model", MODEL.toString(), "--max-prompt-tokens", "10");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--max-prompt-tokens");
    }
}
