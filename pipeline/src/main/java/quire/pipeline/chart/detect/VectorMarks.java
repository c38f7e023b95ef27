package quire.pipeline.chart.detect;

import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PageGraphics.Point;
import quire.pipeline.document.PageGraphics.VectorPath;

/**
 * Sorts a page's painted paths into the shapes charts are drawn with: filled axis-aligned rectangles (bars, legend
 * swatches), stroked polylines with sloped segments (data lines), filled curved closed shapes (pie wedges) and
 * straight axis-aligned strokes (axes, ticks, grid lines). Page-sized backgrounds are ignored.
 */
public record VectorMarks(List<BBox> bars, List<VectorPath> polylines, List<VectorPath> wedges, List<BBox> rules) {

    /** Filled boxes thinner than this (points) are rules, not bars. */
    private static final double MIN_BAR_THICKNESS = 2.0;

    /** Near-white fills are backgrounds, not data. */
    private static final int WHITE_LEVEL = 0xF4;

    public static VectorMarks of(PageGraphics g) {
        double pageArea = g.width() * g.height();
        List<BBox> bars = new ArrayList<>();
        List<VectorPath> polylines = new ArrayList<>();
        List<VectorPath> wedges = new ArrayList<>();
        List<BBox> rules = new ArrayList<>();
        for (VectorPath p : g.paths()) {
            BBox b = p.bbox();
            if (b.area() > 0.5 * pageArea) {
                continue;
            }
            if (p.filled() && !isNearWhite(p.fillRgb())) {
                if (isAxisAlignedBox(p)) {
                    if (Math.min(b.width(), b.height()) < MIN_BAR_THICKNESS) {
                        rules.add(b); // hairlines filled as boxes: underlines, table rules, axes
                    } else {
                        bars.add(b);
                    }
                } else if (hasCurvedOutline(p) && b.width() > 8 && b.height() > 8) {
                    wedges.add(p);
                }
            } else if (p.stroked() && !p.filled()) {
                if (hasSlopedSegments(p)) {
                    polylines.add(p);
                } else {
                    rules.add(b);
                }
            }
        }
        return new VectorMarks(bars, polylines, wedges, rules);
    }

    static boolean isNearWhite(int rgb) {
        return ((rgb >> 16) & 0xFF) >= WHITE_LEVEL && ((rgb >> 8) & 0xFF) >= WHITE_LEVEL && (rgb & 0xFF) >= WHITE_LEVEL;
    }

    /** One closed subpath whose every segment is horizontal or vertical and that fills its bounding box. */
    static boolean isAxisAlignedBox(VectorPath p) {
        if (p.subpaths().size() != 1) {
            return false;
        }
        List<Point> pts = p.subpaths().get(0);
        if (pts.size() < 4 || pts.size() > 6) {
            return false;
        }
        for (int i = 1; i < pts.size(); i++) {
            double dx = Math.abs(pts.get(i).x() - pts.get(i - 1).x());
            double dy = Math.abs(pts.get(i).y() - pts.get(i - 1).y());
            if (dx > 0.01 && dy > 0.01) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSlopedSegments(VectorPath p) {
        for (List<Point> sub : p.subpaths()) {
            for (int i = 1; i < sub.size(); i++) {
                double dx = Math.abs(sub.get(i).x() - sub.get(i - 1).x());
                double dy = Math.abs(sub.get(i).y() - sub.get(i - 1).y());
                if (dx > 0.5 && dy > 0.5) {
                    return sub.size() >= 3;
                }
            }
        }
        return false;
    }

    /** Many short segments in several directions: the flattened Bézier arcs of a wedge or a circle. */
    private static boolean hasCurvedOutline(VectorPath p) {
        int sloped = 0;
        for (List<Point> sub : p.subpaths()) {
            for (int i = 1; i < sub.size(); i++) {
                double dx = Math.abs(sub.get(i).x() - sub.get(i - 1).x());
                double dy = Math.abs(sub.get(i).y() - sub.get(i - 1).y());
                if (dx > 0.05 && dy > 0.05) {
                    sloped++;
                }
            }
        }
        return sloped >= 6;
    }
}
