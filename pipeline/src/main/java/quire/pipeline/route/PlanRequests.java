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
import quire.pipeline.document.PixelRegion;
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
            BufferedImage crop = PixelRegion.crop(page, v.bbox(), scale, 1).orElseThrow();
            // the plan's grid: the slicer's for the region's own pixels, or the default processor's (--no-slicer)
            Slicing s = slicer.slice(crop, v.bbox(), v.grid());
            List<RgbImage> tiles = s.tiles().stream().map(Tile::image).map(RgbImage::of).toList();
            int rows = s.grid().isSingle() ? 0 : s.grid().rows();
            int cols = s.grid().isSingle() ? 0 : s.grid().cols();
            images.add(processor.fromTiles(tiles, rows, cols, RgbImage.of(s.global().image())));
            content.add(new Part.Image());
        }
        StringBuilder text = new StringBuilder();
        String pageText = plan.promptText();
        if (!pageText.isBlank()) {
            text.append(TokenBudget.TEXT_HEADER).append(pageText).append("\n\n");
        }
        text.append(question);
        content.add(new Part.Text(text.toString()));
        double[] ratios = plan.visuals().stream().mapToDouble(PromptPlan.VisualPart::mergeRatio).toArray();
        FeatureTransform transform = java.util.Arrays.stream(ratios).anyMatch(r -> r > 0)
                ? MergeTransform.perImage(ratios) : FeatureTransform.IDENTITY;
        return new MllmRequest(content, images, options, transform, false);
    }

}
