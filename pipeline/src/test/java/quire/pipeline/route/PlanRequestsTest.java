package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.models.mllm.FeatureTransform;
import quire.models.mllm.GenerationOptions;
import quire.models.mllm.MllmRequest;
import quire.models.mllm.image.Idefics3ImageProcessor;
import quire.models.mllm.image.ImageProcessorConfig;
import quire.ocr.text.BBox;
import quire.pipeline.slicer.SliceGrid;

/** The request follows the plan's grids, whatever resolution the page was rendered at. */
class PlanRequestsTest {

    private final Idefics3ImageProcessor processor = new Idefics3ImageProcessor(ImageProcessorConfig.idefics3Defaults());

    @Test
    void eachVisualRegionIsCutOnThePlansGrid() {
        // a 600 x 400 pt picture rendered at 2 px/pt: 1200 x 800 pixels, which the slicer alone would cut in four
        BufferedImage page = new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(100, 100, 1200, 800);
        g.dispose();
        BBox picture = new BBox(50, 50, 650, 450);
        PromptPlan single = plan(new PromptPlan.VisualPart(picture, new SliceGrid(1, 1), 0.75));
        MllmRequest one = PlanRequests.build(single, page, 2, "What is shown?", processor, GenerationOptions.greedy(4));
        assertThat(one.images()).singleElement().satisfies(im -> {
            assertThat(im.tiles()).isEqualTo(1);
            assertThat(im.rows()).isZero();
        });
        assertThat(one.transform()).isNotSameAs(FeatureTransform.IDENTITY);
        PromptPlan grid = plan(new PromptPlan.VisualPart(picture, new SliceGrid(1, 3), 0));
        MllmRequest three = PlanRequests.build(grid, page, 2, "What is shown?", processor, GenerationOptions.greedy(4));
        assertThat(three.images()).singleElement().satisfies(im -> {
            assertThat(im.tiles()).isEqualTo(4);
            assertThat(im.rows()).isEqualTo(1);
            assertThat(im.cols()).isEqualTo(3);
        });
        assertThat(three.transform()).isSameAs(FeatureTransform.IDENTITY);
    }

    private static PromptPlan plan(PromptPlan.VisualPart part) {
        return new PromptPlan(1, List.of(), List.of(part), part.mergeRatio());
    }
}
