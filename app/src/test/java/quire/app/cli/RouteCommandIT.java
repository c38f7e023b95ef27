package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire route} end to end on a generated two-page PDF: JSON shape (cli.md), text output, errors. */
class RouteCommandIT {

    @TempDir
    static Path dir;
    static Path pdf;
    String out;
    String err;

    @BeforeAll
    static void writePdf() throws IOException {
        pdf = dir.resolve("two.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(72, 760);
                cs.showText("Net revenue rose to 4.2 million in the third quarter.");
                cs.endText();
            }
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(pdf.toFile());
        }
    }

    @Test
    void jsonListsRegionsAndTokenBudgetPerPage() throws Exception {
        assertThat(quire("route", pdf.toString(), "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.get("file").asText()).endsWith("two.pdf");
        JsonNode pages = root.get("pages");
        assertThat(pages).hasSize(2);
        JsonNode first = pages.get(0);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        JsonNode region = first.get("regions").get(0);
        assertThat(region.get("bbox")).hasSize(4);
        assertThat(region.get("kind").asText()).isEqualTo("text");
        assertThat(region.get("route").asText()).isEqualTo("text-layer");
        assertThat(region.get("reason").asText()).isNotBlank();
        assertThat(first.get("token_budget").get("default").asInt()).isEqualTo(863);
        assertThat(first.get("token_budget").get("planned").asInt()).isBetween(10, 20);
        JsonNode blank = pages.get(1).get("regions").get(0);
        assertThat(Set.of(blank.get("kind").asText(), blank.get("route").asText())).containsExactlyInAnyOrder("blank",
                "skip");
        assertThat(pages.get(1).get("token_budget").get("planned").asInt()).isZero();
    }

    @Test
    void pagesOptionAndNoRouterSwitch() throws Exception {
        assertThat(quire("route", pdf.toString(), "--json", "--pages", "1", "--no-router")).isZero();
        JsonNode pages = new ObjectMapper().readTree(out).get("pages");
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).get("token_budget").get("planned").asInt()).isEqualTo(863);
    }

    @Test
    void textOutputExplainsEachRegion() {
        assertThat(quire("route", pdf.toString())).isZero();
        assertThat(out).contains("page 1:", "text-layer", "page 2:", "skip");
    }

    @Test
    void badRangeIsAUsageErrorAndAMissingFileUnreadable() {
        assertThat(quire("route", pdf.toString(), "--pages", "x-")).isEqualTo(ExitCode.USAGE);
        assertThat(quire("route", dir.resolve("missing.pdf").toString())).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(Files.exists(dir.resolve("missing.pdf"))).isFalse();
    }

    private int quire(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }
}
