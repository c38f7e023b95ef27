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
}
