package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.ocr.OcrEngine;
import quire.ocr.auto.OcrEngines;
import quire.pipeline.document.Document;
import quire.pipeline.chart.ChartFixtures;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.pipeline.document.Documents;

class PlanExpertsIT {

    @TempDir
    Path dir;

    /** A scanned page has no text layer: its text reaches the prompt only through the OCR agent. */
    @Test
    void ocr_regions_of_a_scan_reach_the_prompt_as_text() throws Exception {
        BufferedImage scan = new BufferedImage(1700, 2200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1700, 2200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        String[] lines = {"Quarterly statement", "Opening balance 1250 dollars", "Closing balance 1875 dollars",
            "Interest paid in March", "The account holder is Clara Jensen"};
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 150, 300 + i * 90);
        }
        g.dispose();
        Path png = dir.resolve("scan.png");
        ImageIO.write(scan, "png", png.toFile());

        try (Document doc = Documents.open(png); OcrEngine ocr = OcrEngines.open(OcrEngines.Kind.TESSERACT)) {
            PageRouter router = new PageRouter(PlanOptions.DEFAULT);
            PromptPlan plan = PromptPlan.of(router.plan(doc, 1), PlanOptions.DEFAULT, router);
            assertThat(plan.texts()).anyMatch(PromptPlan.TextPart::pending);
            assertThat(plan.promptText()).isEmpty();

            PromptPlan filled = PlanExperts.fill(plan, doc, ocr);
            assertThat(filled.texts()).noneMatch(PromptPlan.TextPart::pending);
            assertThat(filled.promptText()).contains("Closing balance 1875").contains("Clara Jensen");
        }
    }

    /** A vector chart reaches the prompt as the chart engine's table (CSV), not as OCR'd labels. */
    @Test
    void chart_regions_reach_the_prompt_as_the_chart_engines_table() throws Exception {
        Path pdf = ChartFixtures.groupedColumns(dir.resolve("chart.pdf"));
        try (Document doc = Documents.open(pdf); OcrEngine ocr = OcrEngines.open(OcrEngines.Kind.TESSERACT)) {
            PageRouter router = new PageRouter(PlanOptions.DEFAULT);
            PromptPlan plan = PromptPlan.of(router.plan(doc, 1), PlanOptions.DEFAULT, router);
            assertThat(plan.texts()).anyMatch(t -> t.route() == RouteKind.CHART_EXPERT);

            PromptPlan filled = PlanExperts.fill(plan, doc, ocr,
                    new ChartToTable(new RasterChartEngine(new TesseractChartOcr())));
            String text = filled.promptText();
            assertThat(text).contains("Chart table:\n");
            // the header row names the series, each data row a year with its values (apples 87.5 in 2022)
            assertThat(text).containsPattern("(?i)apples").containsPattern("2022,87\\.5");
            PromptPlan.TextPart chart = filled.texts().stream().filter(t -> t.text().startsWith("Chart table"))
                    .findFirst().orElseThrow();
            assertThat(chart.lines()).isNotEmpty();
            assertThat(chart.lines().get(0).bbox().x0()).isBetween(chart.bbox().x0() - 60, chart.bbox().x1());
        }
    }
}
