package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;
import quire.pipeline.chart.read.ChartReader;
import quire.pipeline.chart.read.ChartScene;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Pt;
import quire.pipeline.chart.read.ChartScene.Rect;
import quire.pipeline.chart.read.ChartScene.Wedge;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PageGraphics.Point;
import quire.pipeline.document.PageGraphics.VectorPath;

/**
 * Engine a: charts the PDF draws as vector paths. Bars are the filled rectangles, lines the stroked polylines that
 * are not axis-parallel rules, wedges the filled polygons with curved (many-vertex) outlines; words come from the
 * text layer, so tick and data labels are exact. A pure function of the page's graphics and text.
 */
public final class VectorChartEngine {

    public static final String NAME = "vector";

    private VectorChartEngine() {
    }

    public static Optional<ChartTable> read(PageGraphics graphics, PageText text, BBox region) {
        return ChartReader.read(scene(graphics, text, region), NAME);
    }

    static ChartScene scene(PageGraphics graphics, PageText text, BBox region) {
        List<Rect> rects = new ArrayList<>();
        List<Poly> lines = new ArrayList<>();
        List<Wedge> wedges = new ArrayList<>();
        for (VectorPath p : graphics.paths()) {
            BBox b = p.bbox();
            if (!inside(b, region)) {
                continue;
            }
            for (List<Point> sub : p.subpaths()) {
                if (sub.size() < 2) {
                    continue;
                }
                if (p.filled() && p.fillRgb() >= 0 && sub.size() >= 4) {
                    BBox sb = box(sub);
                    if (isRectangle(sub, sb)) {
                        rects.add(new Rect(sb, p.fillRgb()));
                    } else if (sub.size() >= 6 && sb.area() > 150) {
                        wedges.add(wedge(sub, sb, p.fillRgb()));
                    }
                } else if (p.stroked() && !p.filled() && p.strokeRgb() >= 0) {
                    BBox sb = box(sub);
                    boolean rule = sb.width() < 0.5 || sb.height() < 0.5;
                    boolean sample = sb.width() <= 40 && sb.height() <= 3;
                    if (!rule || sample) {
                        List<Pt> pts = new ArrayList<>(sub.stream().map(q -> new Pt(q.x(), q.y())).toList());
                        pts.sort(Comparator.comparingDouble(Pt::x));
                        lines.add(new Poly(pts, p.strokeRgb()));
                    }
                }
            }
        }
        List<Word> words = text == null ? List.of() : text.words().stream()
                .filter(w -> w.bbox().intersectionArea(region) > 0.3 * w.bbox().area())
                .toList();
        return new ChartScene(region, rects, lines, wedges, words);
    }

    private static boolean inside(BBox b, BBox region) {
        return b.x0() >= region.x0() - 1 && b.x1() <= region.x1() + 1 && b.y0() >= region.y0() - 1
                && b.y1() <= region.y1() + 1;
    }

    private static BBox box(List<Point> pts) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Point p : pts) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        return new BBox(x0, y0, x1, y1);
    }

    /** Every vertex on a corner of the box: an axis-aligned rectangle. */
    private static boolean isRectangle(List<Point> pts, BBox b) {
        if (pts.size() > 6 || b.width() <= 0 || b.height() <= 0) {
            return false;
        }
        for (Point p : pts) {
            boolean onX = Math.abs(p.x() - b.x0()) < 0.5 || Math.abs(p.x() - b.x1()) < 0.5;
            boolean onY = Math.abs(p.y() - b.y0()) < 0.5 || Math.abs(p.y() - b.y1()) < 0.5;
            if (!onX || !onY) {
                return false;
            }
        }
        return true;
    }

    private static Wedge wedge(List<Point> pts, BBox b, int rgb) {
        double a = 0, cx = 0, cy = 0;
        int n = pts.size();
        for (int i = 0; i < n; i++) {
            Point p = pts.get(i), q = pts.get((i + 1) % n);
            double cross = p.x() * q.y() - q.x() * p.y();
            a += cross;
            cx += (p.x() + q.x()) * cross;
            cy += (p.y() + q.y()) * cross;
        }
        if (Math.abs(a) < 1e-9) {
            return new Wedge(b, rgb, 0, b.centerX(), b.centerY());
        }
        return new Wedge(b, rgb, Math.abs(a / 2), cx / (3 * a), cy / (3 * a));
    }
}
