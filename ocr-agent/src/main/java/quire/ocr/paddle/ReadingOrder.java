package quire.ocr.paddle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.ocr.geom.Quad;

/**
 * Puts text lines in reading order, in the page's own frame (its dominant reading direction, so pages scanned at
 * 90/180/270° or slightly skewed read right): a recursive XY-cut that splits at the widest gap, rows before
 * columns, and splits into columns only where both sides hold running text (long lines) — table cells stay in
 * rows. A band without gaps is one row, read along the reading direction.
 */
public final class ReadingOrder {

    /** Lines at least this many times longer than high count as running text (table cells are shorter). */
    static final double TEXT_LINE_ASPECT = 8;

    private ReadingOrder() {
    }

    /** The page's orientation in quarter turns clockwise (0 upright, 1 text rotated 90° clockwise, ...). */
    public static int quarterTurns(List<Quad> lines) {
        double[] weight = new double[4];
        for (Quad q : lines) {
            weight[quarter(q)] += q.width();
        }
        int best = 0;
        for (int k = 1; k < 4; k++) {
            if (weight[k] > weight[best]) {
                best = k;
            }
        }
        return best;
    }

    static int quarter(Quad q) {
        return Math.floorMod((int) Math.round(q.angleDegrees() / 90.0), 4);
    }

    /** A line's extent in the page frame: along the reading direction (a) and down the page (d). */
    private record Extent(int index, double a0, double a1, double d0, double d1, double aspect) {
    }

    /** Indices of {@code lines} in reading order. */
    public static List<Integer> order(List<Quad> lines) {
        int k = quarterTurns(lines);
        double rx = 0, ry = 0;
        for (Quad q : lines) {
            if (quarter(q) == k) {
                double w = Math.max(1e-9, Math.hypot(q.x1() - q.x0(), q.y1() - q.y0()));
                rx += (q.x1() - q.x0()) / w * q.width();
                ry += (q.y1() - q.y0()) / w * q.width();
            }
        }
        double len = Math.hypot(rx, ry);
        if (len < 1e-9) {
            rx = 1;
            ry = 0;
        } else {
            rx /= len;
            ry /= len;
        }
        // "down" in the text's own frame: the reading direction turned 90° clockwise on screen (y down)
        double dx = -ry, dy = rx;
        List<Extent> extents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Quad q = lines.get(i);
            double[] xs = {q.x0(), q.x1(), q.x2(), q.x3()};
            double[] ys = {q.y0(), q.y1(), q.y2(), q.y3()};
            double a0 = Double.MAX_VALUE, a1 = -Double.MAX_VALUE, d0 = Double.MAX_VALUE, d1 = -Double.MAX_VALUE;
            for (int c = 0; c < 4; c++) {
                double a = xs[c] * rx + ys[c] * ry;
                double d = xs[c] * dx + ys[c] * dy;
                a0 = Math.min(a0, a);
                a1 = Math.max(a1, a);
                d0 = Math.min(d0, d);
                d1 = Math.max(d1, d);
            }
            // shrink the across-extent a little: DB boxes of neighbouring lines may touch
            double h = d1 - d0;
            extents.add(new Extent(i, a0, a1, d0 + 0.15 * h, d1 - 0.15 * h, (a1 - a0) / Math.max(1e-6, h)));
        }
        List<Integer> out = new ArrayList<>();
        cut(extents, out);
        return out;
    }

    private static void cut(List<Extent> lines, List<Integer> out) {
        if (lines.size() <= 1) {
            lines.forEach(e -> out.add(e.index()));
            return;
        }
        double[] rowCut = widestGap(lines, true);
        double[] colCut = widestGap(lines, false);
        if (colCut != null && columnsOfText(lines, colCut[0]) && (rowCut == null || colCut[1] > rowCut[1])) {
            split(lines, colCut[0], false, out);
        } else if (rowCut != null) {
            split(lines, rowCut[0], true, out);
        } else {
            List<Extent> row = new ArrayList<>(lines);
            row.sort(Comparator.comparingDouble(Extent::a0));
            row.forEach(e -> out.add(e.index()));
        }
    }

    private static void split(List<Extent> lines, double at, boolean down, List<Integer> out) {
        List<Extent> before = new ArrayList<>();
        List<Extent> after = new ArrayList<>();
        for (Extent e : lines) {
            (((down ? e.d1() : e.a1()) <= at) ? before : after).add(e);
        }
        cut(before, out);
        cut(after, out);
    }

    /** {position, width} of the widest gap between the lines' extents on one axis, or null when none. */
    private static double[] widestGap(List<Extent> lines, boolean down) {
        List<Extent> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(e -> down ? e.d0() : e.a0()));
        double reach = down ? sorted.get(0).d1() : sorted.get(0).a1();
        double[] best = null;
        for (int i = 1; i < sorted.size(); i++) {
            Extent e = sorted.get(i);
            double start = down ? e.d0() : e.a0();
            if (start > reach && (best == null || start - reach > best[1])) {
                best = new double[] {reach, start - reach};
            }
            reach = Math.max(reach, down ? e.d1() : e.a1());
        }
        return best;
    }

    /** True when both sides of a column cut hold at least two lines and their lines are mostly running text. */
    private static boolean columnsOfText(List<Extent> lines, double at) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        for (Extent e : lines) {
            (e.a1() <= at ? left : right).add(e.aspect());
        }
        return left.size() >= 2 && right.size() >= 2 && median(left) >= TEXT_LINE_ASPECT
                && median(right) >= TEXT_LINE_ASPECT;
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }
}
