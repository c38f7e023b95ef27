package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.pipeline.document.PageGraphics.ImagePlacement;
import quire.pipeline.document.PageGraphics.Paint;
import quire.pipeline.document.PageGraphics.Point;
import quire.pipeline.document.PageGraphics.VectorPath;
import quire.pipeline.slicer.SliceGrid;

class VisualSamplingTest {

    private static final BBox PICTURE = new BBox(100, 100, 190, 190);

    @ParameterizedTest(name = "{0}x{1} px in 90x90 pt -> {2} dpi")
    @CsvSource({
        "120, 120, 96",
        "90, 90, 72",
        "360, 360, 288",
        // a picture turned a quarter: the same pixels per point by area
        "60, 240, 96",
    })
    void ownDpiIsPixelsPerInchOnThePage(int w, int h, double dpi) {
        assertThat(VisualSampling.ownDpi(new ImagePlacement(PICTURE, w, h))).isCloseTo(dpi, within(1e-9));
    }

    @Test
    void pictureIsSampledAtItsOwnResolutionOnlyWhenLowerAndNothingIsDrawnOverIt() {
        ImagePlacement low = new ImagePlacement(PICTURE, 120, 120);
        ImagePlacement high = new ImagePlacement(PICTURE, 400, 400);
        assertThat(VisualSampling.samplingDpi(low, List.of(), 144)).isCloseTo(96, within(1e-9));
        assertThat(VisualSampling.samplingDpi(high, List.of(), 144)).isEqualTo(144);
        VectorPath arrow = path(new BBox(120, 120, 150, 140));
        VectorPath background = path(new BBox(0, 0, 595, 842));
        VectorPath elsewhere = path(new BBox(300, 300, 320, 320));
        assertThat(VisualSampling.samplingDpi(low, List.of(arrow), 144)).isEqualTo(144);
        assertThat(VisualSampling.samplingDpi(low, List.of(background, elsewhere), 144)).isCloseTo(96, within(1e-9));
    }

    @ParameterizedTest(name = "{0}x{1} px on {2}x{3} tiles -> {4}")
    @CsvSource({
        // a small picture on one 512-pixel tile: most tile pixels repeat its pixels
        "180, 180, 1, 1, 0.8764",
        "512, 512, 1, 1, 0",
        // a tall photo just over one tile's pixels, on three tiles
        "296, 892, 3, 1, 0.6643",
        // more pixels than the tiles hold: nothing repeated
        "2000, 1500, 2, 3, 0",
    })
    void repeatedShareIsTilePixelsBeyondTheRegionsPixels(int w, int h, int rows, int cols, double share) {
        assertThat(VisualSampling.repeatedShare(w, h, new SliceGrid(rows, cols), 512)).isCloseTo(share, within(1e-4));
    }

    @Test
    void mergeRatioTakesTheLargerOfFlatAndRepeatedWithinTheLimits() {
        InkMap busy = InkMap.of(noise(600, 600));
        PlanOptions o = PlanOptions.DEFAULT;
        // 100 x 100 pt at 144 dpi: 200 x 200 pixels on one tile, 85% repeated: capped
        VisualSampling small = VisualSampling.of(new BBox(0, 0, 100, 100), 144, busy, 1, o);
        assertThat(small.grid().isSingle()).isTrue();
        assertThat(small.mergeRatio()).isEqualTo(PlanOptions.MAX_MERGE);
        // 500 x 500 pt at 144 dpi: 1000 x 1000 pixels on 2 x 2 tiles, nothing repeated, nothing flat: the base ratio
        VisualSampling large = VisualSampling.of(new BBox(0, 0, 500, 500), 144, busy, 1, o);
        assertThat(large.grid()).isEqualTo(new SliceGrid(2, 2));
        assertThat(large.mergeRatio()).isEqualTo(o.mergeRatio());
        // the same region at a picture's own 72 dpi: 500 x 500 pixels, one tile
        VisualSampling own = VisualSampling.of(new BBox(0, 0, 500, 500), 72, busy, 1, o);
        assertThat(own.grid().isSingle()).isTrue();
        assertThat(own.widthPx()).isEqualTo(500);
        assertThat(VisualSampling.of(new BBox(0, 0, 100, 100), 144, busy, 1, o.withMerge(false)).mergeRatio())
                .isZero();
    }

    private static VectorPath path(BBox b) {
        List<Point> ring = List.of(new Point(b.x0(), b.y0()), new Point(b.x1(), b.y0()), new Point(b.x1(), b.y1()),
                new Point(b.x0(), b.y0()));
        return new VectorPath(List.of(ring), b, Paint.STROKE, -1, 0, 1, 0);
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random rnd = new Random(5);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = 40 + rnd.nextInt(200);
                img.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        return img;
    }
}
