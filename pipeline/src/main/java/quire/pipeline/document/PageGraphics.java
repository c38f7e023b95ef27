package quire.pipeline.document;

import java.util.List;
import quire.ocr.text.BBox;

/**
 * What a page draws besides text, in displayed-page coordinates: where images are placed and the painted vector
 * paths. The router reads it for image coverage and drawing density; the chart engines read bars, polylines and
 * wedges from it.
 *
 * @param truncated true when the page drew more paths than {@link #MAX_PATHS} and the rest were dropped
 */
public record PageGraphics(int page, double width, double height, List<ImagePlacement> images, List<VectorPath> paths,
        boolean truncated) {

    /** Pages that draw more paths than this (maps, scanned vector noise) are cut off to keep memory bounded. */
    public static final int MAX_PATHS = 50_000;

    public PageGraphics {
        images = List.copyOf(images);
        paths = List.copyOf(paths);
    }

    /** An image drawn on the page. */
    public record ImagePlacement(BBox bbox, int pixelWidth, int pixelHeight) {
    }

    /** A point on the displayed page. */
    public record Point(double x, double y) {
    }

    /** How a path was painted. */
    public enum Paint { FILL, STROKE, FILL_AND_STROKE }

    /**
     * One painted path. Curves are flattened into short segments, so every subpath is a polyline.
     *
     * @param subpaths   the polylines, each closed when its last point repeats its first
     * @param fillRgb    0xRRGGBB of the fill, or -1 when not filled
     * @param strokeRgb  0xRRGGBB of the stroke, or -1 when not stroked
     * @param lineWidth  the stroke width in points
     * @param rectangles how many subpaths were drawn with the {@code re} operator (bars usually are)
     */
    public record VectorPath(List<List<Point>> subpaths, BBox bbox, Paint paint, int fillRgb, int strokeRgb,
            double lineWidth, int rectangles) {

        public VectorPath {
            subpaths = subpaths.stream().map(List::copyOf).toList();
        }

        public boolean filled() {
            return paint != Paint.STROKE;
        }

        public boolean stroked() {
            return paint != Paint.FILL;
        }
    }
}
