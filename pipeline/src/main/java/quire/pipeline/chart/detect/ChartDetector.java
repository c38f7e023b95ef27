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
                BufferedImage crop = crop(rendered, box, scale);
                if (crop == null) {
                    continue;
                }
                RasterChartClassifier.Verdict v = RasterChartClassifier.classify(crop);
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

    static BufferedImage crop(BufferedImage page, BBox box, double scale) {
        int x0 = (int) Math.max(0, Math.floor(box.x0() * scale));
        int y0 = (int) Math.max(0, Math.floor(box.y0() * scale));
        int x1 = (int) Math.min(page.getWidth(), Math.ceil(box.x1() * scale));
        int y1 = (int) Math.min(page.getHeight(), Math.ceil(box.y1() * scale));
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return null;
        }
        return page.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }
}
