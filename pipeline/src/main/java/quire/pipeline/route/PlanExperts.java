package quire.pipeline.route;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.models.ModelException;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PixelRegion;
import quire.pipeline.document.RenderOptions;

/**
 * Runs the experts the router called on their regions and fills the plan's pending text parts: the OCR agent reads
 * OCR regions; chart-expert regions get the OCR agent's reading of their labels and numbers until the chart engine
 * answers with a table. The page is rendered once, in grey, at the OCR resolution.
 */
public final class PlanExperts {

    /** The OCR agent reads at this resolution (algorithms.md: Tika renders 300 dpi grey). */
    private static final float OCR_DPI = 300;

    private PlanExperts() {
    }

    public static PromptPlan fill(PromptPlan plan, Document doc, OcrEngine ocr)
            throws DocumentException, ModelException, OcrException {
        if (plan.texts().stream().noneMatch(PromptPlan.TextPart::pending)) {
            return plan;
        }
        BufferedImage page = doc.render(plan.page(), RenderOptions.gray(OCR_DPI).withDownscale(true));
        double pxPerPoint = page.getWidth() / doc.geometry(plan.page()).width();
        List<PromptPlan.TextPart> filled = new ArrayList<>();
        for (PromptPlan.TextPart t : plan.texts()) {
            if (!t.pending()) {
                filled.add(t);
                continue;
            }
            java.util.Optional<BufferedImage> crop = PixelRegion.crop(page, t.bbox(), pxPerPoint, 8);
            String text = "";
            if (crop.isPresent()) {
                PageText read = ocr.read(crop.get(), plan.page(), 1 / pxPerPoint);
                text = read.lines().stream().map(Line::text).reduce((a, b) -> a + "\n" + b).orElse("");
            }
            // the expert has run: the part is text now, whatever it found
            filled.add(new PromptPlan.TextPart(t.bbox(), RouteKind.TEXT_LAYER, text));
        }
        return new PromptPlan(plan.page(), filled, plan.visuals(), plan.mergeRatio());
    }

}
