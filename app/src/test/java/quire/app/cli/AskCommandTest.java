package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quire ask} end to end on real PDFs: cli.md's JSON, streams and exit codes. */
class AskCommandTest {

    @TempDir
    static Path dir;
    static Path pdf;
    static Path corrupt;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        System.setProperty("quire.cache", dir.resolve("cache").toString());
        pdf = dir.resolve("budget.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String text : new String[] {"The library budget for 2025 is EUR 2.7 million.",
                    "The library opened its new reading room on 3 March 2024."}) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        corrupt = Files.write(dir.resolve("corrupt.pdf"), "%PDF-1.4 broken".getBytes());
    }

    @AfterAll
    static void tearDown() {
        System.clearProperty("quire.cache");
    }

    /** Runs the command line as Main does, with stdout and stderr captured. */
    static Run run(String... args) {
        CommandLine cli = new CommandLine(new QuireCommand());
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheAskJsonOfCliMd() throws Exception {
        Run r = run("ask", pdf.toString(), "When did the new reading room open?", "--json", "--no-embeddings");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("question").asText()).isEqualTo("When did the new reading room open?");
        assertThat(json.get("found").asBoolean()).isTrue();
        assertThat(json.get("answer").asText()).isEqualTo("3 March 2024");
        assertThat(json.get("engine").asText()).isEqualTo("extractive");
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode ev = json.get("evidence").get(0);
        assertThat(ev.get("file").asText()).isEqualTo(pdf.toString());
        assertThat(ev.get("page").asInt()).isEqualTo(2);
        assertThat(ev.get("bbox")).hasSize(4);
        // y grows downwards from the top: the baseline at 700 pt from the bottom of a 792 pt page is 92 pt down
        assertThat(ev.get("bbox").get(3).asDouble()).isBetween(88.0, 97.0);
        assertThat(ev.get("text").asText()).contains("reading room");
        assertThat(json.get("timings").has("index_ms")).isTrue();
        assertThat(json.get("timings").has("answer_ms")).isTrue();
        assertThat(json.has("errors")).isFalse();
    }

    @Test
    void withoutJsonStdoutHoldsOnlyTheAnswer() {
        Run r = run("ask", pdf.toString(), "What is the library budget for 2025?", "--no-embeddings");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("EUR 2.7 million");
        assertThat(r.err()).contains("evidence: ").contains("page 1");
    }

    @Test
    void aCorruptFileAmongSeveralIsReportedAndTheOthersAnswer() throws Exception {
        Run r = run("ask", corrupt.toString(), pdf.toString(), "What is the library budget?", "--json",
                "--no-embeddings");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("corrupt.pdf");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("answer").asText()).isEqualTo("EUR 2.7 million");
        assertThat(json.get("errors").get(0).get("file").asText()).isEqualTo(corrupt.toString());
    }

    @Test
    void exitCodesForBadInput() {
        assertThat(run("ask", corrupt.toString(), "What is the budget?", "--no-embeddings").code())
                .isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run("ask", dir.resolve("missing.pdf").toString(), "What?").code())
                .isEqualTo(ExitCode.UNREADABLE_INPUT);
        Run empty = run("ask", pdf.toString(), "   ");
        assertThat(empty.code()).isEqualTo(ExitCode.USAGE);
        assertThat(empty.err()).contains("the question is empty");
        assertThat(run("ask", "only-a-question").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aOneWordQuestionGetsABestEffortAnswer() {
        Run r = run("ask", pdf.toString(), "budget", "--no-embeddings");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("EUR 2.7 million");
    }

    @Test
    void aQuestionInAnotherLanguageDoesNotCrash() throws Exception {
        Run r = run("ask", pdf.toString(), "図書館の予算はいくらですか？", "--json", "--no-embeddings");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("found").asBoolean()).isFalse();
        assertThat(json.get("answer").asText()).isEmpty();
        assertThat(json.get("evidence")).isEmpty();
    }
}
