package quire.pipeline.route;

import java.util.ArrayList;
import java.util.List;

import quire.ocr.text.BBox;
import quire.pipeline.document.PageGraphics.VectorPath;

/** Vector paths clustered into drawings, and rulings (thin straight lines, cell borders) counted per box. */
public final class Drawings {

    /** Paths closer than this (points) belong to one drawing. */
    private static final double GAP = 6;
    /** Paths covering more of the page than this are backgrounds and frames, not drawings. */
    private static final double BACKGROUND_SHARE = 0.6;

    private Drawings() {
    }

    /** Boxes of path clusters, ignoring page backgrounds and paths inside {@code exclude} boxes. */
    public static List<BBox> clusters(List<VectorPath> paths, double pageArea, List<BBox> exclude) {
        List<BBox> boxes = new ArrayList<>();
        for (VectorPath p : paths) {
            BBox b = p.bbox();
            if (b.area() > BACKGROUND_SHARE * pageArea || isRuling(p) || insideAny(b, exclude)) {
                continue;
            }
            boxes.add(b);
        }
        // greedy union of boxes within GAP until stable; path counts are bounded by PageGraphics.MAX_PATHS
        List<BBox> merged = new ArrayList<>();
        for (BBox b : boxes) {
            BBox cur = b;
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = merged.size() - 1; i >= 0; i--) {
                    if (near(cur, merged.get(i))) {
                        cur = cur.union(merged.remove(i));
                        grew = true;
                    }
                }
            }
            merged.add(cur);
        }
        return merged;
    }

    /** Rulings crossing or inside {@code box}: thin horizontal/vertical lines and thin rectangles. */
    public static int rulings(List<VectorPath> paths, BBox box) {
        int n = 0;
        for (VectorPath p : paths) {
            if (isRuling(p) && p.bbox().intersects(grow(box, 1))) {
                n++;
            }
        }
        return n;
    }

    static boolean isRuling(VectorPath p) {
        BBox b = p.bbox();
        double thin = Math.min(b.width(), b.height());
        double longSide = Math.max(b.width(), b.height());
        return thin <= 2.5 && longSide >= 8;
    }

    private static boolean insideAny(BBox b, List<BBox> boxes) {
        for (BBox e : boxes) {
            if (b.intersectionArea(e) >= 0.8 * Math.max(b.area(), 1e-9) || (b.area() == 0 && contains(e, b))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(BBox outer, BBox inner) {
        return inner.x0() >= outer.x0() && inner.x1() <= outer.x1() && inner.y0() >= outer.y0()
                && inner.y1() <= outer.y1();
    }

    private static boolean near(BBox a, BBox b) {
        return a.x0() - GAP <= b.x1() && b.x0() - GAP <= a.x1() && a.y0() - GAP <= b.y1() && b.y0() - GAP <= a.y1();
    }

    static BBox grow(BBox b, double d) {
        return new BBox(b.x0() - d, b.y0() - d, b.x1() + d, b.y1() + d);
    }
}
