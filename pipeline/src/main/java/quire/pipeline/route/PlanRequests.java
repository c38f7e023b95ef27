package quire.pipeline.route;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import quire.models.mllm.FeatureTransform;
import quire.models.mllm.GenerationOptions;
import quire.models.mllm.MllmRequest;
import quire.models.mllm.image.Idefics3ImageProcessor;
import quire.models.mllm.image.ProcessedImage;
import quire.models.mllm.image.RgbImage;
import quire.models.mllm.prompt.ChatTemplate.Part;
import quire.ocr.text.BBox;
import quire.pipeline.slicer.Slicer;
import quire.pipeline.slicer.SlicerConfig;
import quire.pipeline.slicer.Slicing;
import quire.pipeline.slicer.Tile;

/**
 * Turns a {@link PromptPlan} into an MLLM request: each visual region as pre-cut slicer tiles (the runtime's
 * {@code fromTiles} hook), the page's text parts as text, then the question; merging as a feature transform.
 */
public final class PlanRequests {

    private PlanRequests() {
    }

    /**
     * @param page the page rendered at {@code scale} pixels per point
     */
    public static MllmRequest build(PromptPlan plan, BufferedImage page, double scale, String question,
                                    Idefics3ImageProcessor processor, GenerationOptions options) {
        List<Part> content = new ArrayList<>();
        List<ProcessedImage> images = new ArrayList<>();
        Slicer slicer = new Slicer(SlicerConfig.DEFAULT);
        for (PromptPlan.VisualPart v : plan.visuals()) {
            BufferedImage crop = crop(page, v.bbox(), scale);
            Slicing s = slicer.slice(crop, v.bbox());
            // the plan's grid may be the default processor's (--no-slicer): cut that grid instead
            if (!s.grid().equals(v.grid())) {
                s = new Slicer(new SlicerConfig(512, v.grid().tiles(), v.grid().rows(), v.grid().cols()))
                        .slice(crop, v.bbox());
            }
            List<RgbImage> tiles = s.tiles().stream().map(Tile::image).map(RgbImage::of).toList();
            int rows = s.grid().isSingle() ? 0 : s.grid().rows();
            int cols = s.grid().isSingle() ? 0 : s.grid().cols();
            images.add(processor.fromTiles(tiles, rows, cols, RgbImage.of(s.global().image())));
            content.add(new Part.Image());
        }
        StringBuilder text = new StringBuilder();
        String pageText = plan.promptText();
        if (!pageText.isBlank()) {
            text.append("Text of the page:\n").append(pageText).append("\n\n");
        }
        text.append(question);
        content.add(new Part.Text(text.toString()));
        FeatureTransform transform = plan.mergeRatio() > 0 ? new MergeTransform(plan.mergeRatio())
                : FeatureTransform.IDENTITY;
        return new MllmRequest(content, images, options, transform, false);
    }

    private static BufferedImage crop(BufferedImage page, BBox b, double scale) {
        int x0 = (int) Math.max(0, Math.min(page.getWidth() - 1, Math.floor(b.x0() * scale)));
        int y0 = (int) Math.max(0, Math.min(page.getHeight() - 1, Math.floor(b.y0() * scale)));
        int x1 = (int) Math.max(x0 + 1, Math.min(page.getWidth(), Math.ceil(b.x1() * scale)));
        int y1 = (int) Math.max(y0 + 1, Math.min(page.getHeight(), Math.ceil(b.y1() * scale)));
        return page.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }
}
