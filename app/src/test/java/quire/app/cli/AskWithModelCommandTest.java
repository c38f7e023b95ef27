package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.Main;

/** {@code quire ask} end to end on the tiny random-weight Idefics3 fixture of the models module. */
class AskWithModelCommandTest {

    static final Path MODEL = Path.of(System.getProperty("quire.root", ".."),
            "models/src/test/resources/tiny-idefics3");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) { }

    private Run quire(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path image() throws Exception {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                img.setRGB(x, y, ((x * 255 / 300) << 16) | ((y * 255 / 200) << 8) | 90);
            }
        }
        Path png = tmp.resolve("chart.png");
        ImageIO.write(img, "png", png.toFile());
        return png;
    }

    @Test
    void answersAsJsonWithTheMllmEngine() throws Exception {
        Run r = quire("ask", image().toString(), "What is shown?", "--model", MODEL.toString(), "--json",
                "--max-tokens", "8");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("question").asText()).isEqualTo("What is shown?");
        assertThat(json.get("engine").asText()).isEqualTo("mllm:tiny-idefics3");
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("timings").get("answer_tokens").asInt()).isBetween(1, 8);
        assertThat(json.get("evidence").isArray()).isTrue();
    }

    @Test
    void streamsPlainTextWithoutJson() throws Exception {
        Run r = quire("ask", image().toString(), "What is shown?", "--model", MODEL.toString(), "--max-tokens", "4");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).endsWith(System.lineSeparator());
        assertThat(r.out()).doesNotStartWith("{");
    }

    @Test
    void readsPageOneOfAPdf() throws Exception {
        Path pdf = tmp.resolve("one.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(pdf.toFile());
        }
        BufferedImage page = MllmAnswer.firstPage(pdf);
        assertThat(Math.max(page.getWidth(), page.getHeight())).isBetween(2040, 2050);
        Run r = quire("ask", pdf.toString(), "What?", "--model", MODEL.toString(), "--json", "--max-tokens", "3");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void unknownPrecisionIsAUsageError() throws Exception {
        Run r = quire("ask", image().toString(), "What?", "--model", MODEL.toString(), "--precision", "fp7");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void modelThatIsNotInstalledExitsWith4AndSaysHowToGetIt() throws Exception {
        Run r = quire("ask", image().toString(), "What?", "--model", "smolvlm-256m");
        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.err()).contains("quire models pull smolvlm-256m");
    }

    @Test
    void missingInputExitsWith3() {
        Run r = quire("ask", tmp.resolve("none.png").toString(), "What?", "--model", MODEL.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE_INPUT);
    }

    @Test
    void followsTheRouterPlanWithFewerPromptTokensThanTheWholePage() throws Exception {
        Path pdf = tmp.resolve("planned.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            BufferedImage photo = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 150; y++) {
                for (int x = 0; x < 200; x++) {
                    photo.setRGB(x, y, ((x * 255 / 200) << 16) | ((y * 255 / 150) << 8) | 90);
                }
            }
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                         new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(72, 700);
                cs.showText("Revenue was 4.2 million in 2023.");
                cs.endText();
                cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, photo),
                        150, 300, 200, 150);
            }
            doc.save(pdf.toFile());
        }
        Run planned = quire("ask", pdf.toString(), "Revenue?", "--model", MODEL.toString(), "--json",
                "--max-tokens", "2");
        assertThat(planned.code()).as(planned.err()).isZero();
        Run whole = quire("ask", pdf.toString(), "Revenue?", "--model", MODEL.toString(), "--json",
                "--max-tokens", "2", "--no-router");
        assertThat(whole.code()).as(whole.err()).isZero();
        Run unmerged = quire("ask", pdf.toString(), "Revenue?", "--model", MODEL.toString(), "--json",
                "--max-tokens", "2", "--no-merge");
        assertThat(unmerged.code()).as(unmerged.err()).isZero();
        int p = new ObjectMapper().readTree(planned.out()).get("timings").get("prompt_tokens").asInt();
        int w = new ObjectMapper().readTree(whole.out()).get("timings").get("prompt_tokens").asInt();
        int u = new ObjectMapper().readTree(unmerged.out()).get("timings").get("prompt_tokens").asInt();
        assertThat(p).isLessThan(u).isLessThan(w / 4);
    }

    /** Two pages; the revenue sentence is on page 2, under a heading, beside filler on page 1. */
    private Path twoPageReport() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            String[][] pages = {{"Company overview", "The company makes bicycles and sells them in Europe."},
                {"Financial results", "Revenue was 4.2 million in 2023, up from 3.9 million."}};
            for (String[] lines : pages) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(lines[0]);
                    cs.newLineAtOffset(0, -16);
                    cs.showText(lines[1]);
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void looksAtThePageRetrievalRanksFirst() throws Exception {
        Path pdf = twoPageReport();
        assertThat(MllmAnswer.pageFor(pdf, "What was the revenue in 2023?")).isEqualTo(2);
        assertThat(MllmAnswer.pageFor(pdf, "Where does the company sell bicycles?")).isEqualTo(1);
        assertThat(MllmAnswer.pageFor(image(), "What is shown?")).isEqualTo(1);
    }

    /**
     * The tiny model's answers are noise, so evidence (tested as a pure function in EvidenceLocatorTest) is usually
     * empty here; what must hold is the shape: every item a file, a page, a 4-number box and text, and only what
     * the answer's words support.
     */
    @Test
    void evidenceInTheJsonHasTheAskShape() throws Exception {
        Path pdf = twoPageReport();
        for (String flag : new String[] {"--no-merge", "--no-router"}) {
            Run r = quire("ask", pdf.toString(), "What was the revenue?", "--model", MODEL.toString(), "--json",
                    "--max-tokens", "6", flag);
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.get("evidence").isArray()).isTrue();
            String answer = json.get("answer").asText();
            for (JsonNode e : json.get("evidence")) {
                assertThat(e.get("file").asText()).isEqualTo(pdf.toString());
                assertThat(e.get("page").asInt()).isEqualTo(2);
                assertThat(e.get("bbox")).hasSize(4);
                assertThat(e.get("text").asText()).isNotBlank();
            }
            if (quire.pipeline.ask.EvidenceLocator.terms(answer).isEmpty()) {
                assertThat(json.get("evidence")).as("no answer terms, no evidence").isEmpty();
            }
        }
    }
}
