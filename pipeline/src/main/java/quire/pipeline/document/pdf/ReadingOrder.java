package quire.pipeline.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;

/**
 * Orders lines for reading with a recursive XY-cut: a region splits at its widest empty horizontal band when that
 * band is clearly wider than the gap between ordinary lines, else at its widest empty vertical band (a column
 * gutter), else at any horizontal band; a region that cannot be cut reads top to bottom, left to right.
 */
public final class ReadingOrder {

    /** A horizontal band this much of the median line height wide separates blocks rather than lines. */
    private static final double BLOCK_GAP = 0.6;
    /** A vertical band this much of the median line height wide is a gutter. */
    private static final double GUTTER = 0.8;

    private ReadingOrder() {
    }

    public static List<Line> sort(List<Line> lines) {
        if (lines.size() < 2) {
            return List.copyOf(lines);
        }
        double[] heights = lines.stream().mapToDouble(l -> l.bbox().height()).sorted().toArray();
        double median = Math.max(1e-3, heights[heights.length / 2]);
        List<Line> out = new ArrayList<>(lines.size());
        cut(new ArrayList<>(lines), median, out);
        return out;
    }

    private static void cut(List<Line> region, double median, List<Line> out) {
        if (region.size() == 1) {
            out.add(region.get(0));
            return;
        }
        Gap h = widestGap(region, true);
        Gap v = widestGap(region, false);
        Gap chosen;
        if (h.width >= BLOCK_GAP * median) {
            chosen = h;
        } else if (v.width >= GUTTER * median) {
            chosen = v;
        } else if (h.width > 0) {
            chosen = h;
        } else {
            List<Line> rest = new ArrayList<>(region);
            rest.sort(Comparator.comparingDouble((Line l) -> l.bbox().y0()).thenComparingDouble(l -> l.bbox().x0()));
            out.addAll(rest);
            return;
        }
        List<Line> before = new ArrayList<>();
        List<Line> after = new ArrayList<>();
        for (Line l : region) {
            double c = chosen.horizontal ? l.bbox().centerY() : l.bbox().centerX();
            (c < chosen.at ? before : after).add(l);
        }
        cut(before, median, out);
        cut(after, median, out);
    }

    /** An empty band: where its middle is, how wide it is, and whether it runs horizontally (splits top/bottom). */
    private record Gap(double at, double width, boolean horizontal) {
    }

    private static Gap widestGap(List<Line> region, boolean horizontal) {
        List<BBox> boxes = new ArrayList<>(region.size());
        for (Line l : region) {
            boxes.add(l.bbox());
        }
        boxes.sort(Comparator.comparingDouble(b -> horizontal ? b.y0() : b.x0()));
        double reach = horizontal ? boxes.get(0).y1() : boxes.get(0).x1();
        Gap best = new Gap(0, 0, horizontal);
        for (int i = 1; i < boxes.size(); i++) {
            BBox b = boxes.get(i);
            double start = horizontal ? b.y0() : b.x0();
            if (start - reach > best.width) {
                best = new Gap((start + reach) / 2, start - reach, horizontal);
            }
            reach = Math.max(reach, horizontal ? b.y1() : b.x1());
        }
        return best;
    }
}
