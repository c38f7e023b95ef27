package quire.pipeline.chart.detect;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.ocr.text.BBox;
import quire.pipeline.chart.detect.ChartCandidate.Origin;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PixelRegion;
import quire.pipeline.document.RenderOptions;

/**
 * The one chart detector, shared by the router and chart-to-table: vector charts from the page's drawing, raster
 * charts from placed images (or the whole page of an image document) judged by {@link RasterChartClassifier}.
 * Largest first.
 */
public final class ChartDetector {

    /** Images smaller than this share of the page, or than 60 × 40 points, are icons and logos. */
    private static final double MIN_IMAGE_SHARE = 0.02;
    private static final float CLASSIFY_DPI = 72;

    private ChartDetector() {
    }

    public static List<ChartCandidate> detect(Document doc, int page) throws DocumentException {
        PageGraphics graphics = doc.graphics(page);
        List<ChartCandidate> out = new ArrayList<>(VectorChartDetector.detect(graphics, doc.textLayer(page)));
        PageGeometry geometry = doc.geometry(page);
        List<BBox> images = graphics.images().stream().map(PageGraphics.ImagePlacement::bbox)
                .filter(b -> isSizeable(b, geometry)).toList();
        if (!images.isEmpty()) {
            BufferedImage rendered = doc.render(page, RenderOptions.rgb(CLASSIFY_DPI).withDownscale(true));
            double scale = rendered.getWidth() / geometry.width();
            for (BBox box : images) {
                java.util.Optional<BufferedImage> crop = PixelRegion.crop(rendered, box, scale, 8);
                if (crop.isEmpty()) {
                    continue;
                }
                RasterChartClassifier.Verdict v = RasterChartClassifier.classify(crop.get());
                if (v.chart() && out.stream().noneMatch(c -> c.bbox().intersectionArea(box) > 0.5 * box.area())) {
                    out.add(new ChartCandidate(box, Origin.RASTER, "other", v.score(), v.reason()));
                }
            }
        }
        out.sort(Comparator.comparingDouble((ChartCandidate c) -> c.bbox().area()).reversed());
        return out;
    }

    private static boolean isSizeable(BBox b, PageGeometry g) {
        return b.width() >= 60 && b.height() >= 40 && b.area() >= MIN_IMAGE_SHARE * g.width() * g.height();
    }

}
