package quire.pipeline.route;

import java.util.List;

import quire.ocr.text.BBox;
import quire.pipeline.document.PageGraphics.ImagePlacement;
import quire.pipeline.document.PageGraphics.VectorPath;
import quire.pipeline.slicer.SliceGrid;

/**
 * How a visual region is sampled for the encoder: the resolution its pixels are taken at, the grid its tiles use,
 * and the share of each of its images' tokens the merger removes.
 * <ul>
 *   <li><b>Resolution.</b> The plan's render resolution, or a placed picture's own when it has fewer pixels than
 *   that: sampling a picture above its own pixels only repeats them, so it would buy tiles, not information. Not when
 *   vector paths are drawn over the picture (their lines and labels need the render's resolution).</li>
 *   <li><b>Merging.</b> The larger of two shares of the region's tokens that carry nothing of their own: the flat
 *   token areas (blank or one fill), and, when the grid's tiles hold more pixels than the region has, the share
 *   that only repeats pixels ({@code 1 − region pixels / tile pixels}: a 180 × 180 picture shown on one 512-pixel
 *   tile is eight tile pixels per pixel). At least the configured ratio, at most {@link PlanOptions#MAX_MERGE}.</li>
 * </ul>
 *
 * @param dpi      the resolution the region's pixels are counted at
 * @param widthPx  the region's width in those pixels
 * @param heightPx the region's height in those pixels
 */
public record VisualSampling(double dpi, int widthPx, int heightPx, SliceGrid grid, double mergeRatio) {

    /** Visual tokens along a tile's side: 64 per tile after the encoder's pixel shuffle, 8 × 8. */
    static final int TOKENS_ACROSS_TILE = 8;
    /** Grey levels a token area may span and still be flat (paper noise and anti-aliasing stay under it). */
    static final int FLAT_RANGE = 12;
    /** A path whose box is at least this share of the picture's is a frame or background, not drawn over it. */
    private static final double BACKGROUND_SHARE = 0.9;

    /**
     * @param box      the region on the page (points)
     * @param dpi      the resolution its pixels are counted at ({@link #samplingDpi})
     * @param ink      the page's ink map, {@code inkScale} pixels per point
     */
    public static VisualSampling of(BBox box, double dpi, InkMap ink, double inkScale, PlanOptions options) {
        int w = px(box.width(), dpi);
        int h = px(box.height(), dpi);
        SliceGrid grid = TokenBudget.visualGrid(w, h, options);
        if (!options.merge()) {
            return new VisualSampling(dpi, w, h, grid, 0);
        }
        double flat = ink.flatShare(box.x0() * inkScale, box.y0() * inkScale, box.x1() * inkScale,
                box.y1() * inkScale, TOKENS_ACROSS_TILE * grid.cols(), TOKENS_ACROSS_TILE * grid.rows(), FLAT_RANGE);
        double repeated = repeatedShare(w, h, grid, options.slicerConfig().tileSize());
        return new VisualSampling(dpi, w, h, grid, options.mergeRatioFor(Math.max(flat, repeated)));
    }

    /** The share of the grid's tile pixels that repeat the region's {@code widthPx × heightPx} pixels (0 when none). */
    static double repeatedShare(int widthPx, int heightPx, SliceGrid grid, int tileSize) {
        double tilePixels = (double) grid.tiles() * tileSize * tileSize;
        return Math.max(0, 1 - (double) widthPx * heightPx / tilePixels);
    }

    /** The resolution a placed picture is sampled at: its own when lower than {@code planDpi} and nothing is drawn over it. */
    static double samplingDpi(ImagePlacement image, List<VectorPath> paths, double planDpi) {
        double own = ownDpi(image);
        return own < planDpi && !drawnOver(image.bbox(), paths) ? own : planDpi;
    }

    /** A placed picture's pixels per inch on the page (by area, so a turned picture gets the same). */
    static double ownDpi(ImagePlacement image) {
        double area = image.bbox().area();
        if (area <= 0 || image.pixelWidth() < 1 || image.pixelHeight() < 1) {
            return Double.POSITIVE_INFINITY;
        }
        return 72 * Math.sqrt((double) image.pixelWidth() * image.pixelHeight() / area);
    }

    /** Vector paths whose centre lies on the picture and that are not its frame or a background behind it. */
    static boolean drawnOver(BBox picture, List<VectorPath> paths) {
        for (VectorPath p : paths) {
            BBox b = p.bbox();
            if (b.area() < BACKGROUND_SHARE * picture.area() && b.centerX() > picture.x0()
                    && b.centerX() < picture.x1() && b.centerY() > picture.y0() && b.centerY() < picture.y1()) {
                return true;
            }
        }
        return false;
    }

    /** Points to pixels at {@code dpi} (at least one pixel). */
    static int px(double points, double dpi) {
        return Math.max(1, (int) Math.round(points * dpi / 72.0));
    }
}
