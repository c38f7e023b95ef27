package quire.ocr.paddle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.ocr.geom.Quad;

/**
 * Puts text lines in reading order: the page's dominant reading direction (from the lines' own directions, so a
 * page scanned at 90/180/270° or slightly skewed reads right), rows along the perpendicular, left to right in a row.
 */
public final class ReadingOrder {

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
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            idx.add(i);
        }
        double[] along = new double[lines.size()];
        double[] down = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Quad q = lines.get(i);
            along[i] = q.centerX() * rx + q.centerY() * ry;
            down[i] = q.centerX() * dx + q.centerY() * dy;
        }
        idx.sort(Comparator.comparingDouble(i -> down[i]));
        List<Integer> out = new ArrayList<>();
        int start = 0;
        while (start < idx.size()) {
            int end = start + 1;
            double rowDown = down[idx.get(start)];
            double tol = 0.5 * lines.get(idx.get(start)).height();
            while (end < idx.size() && down[idx.get(end)] - rowDown < Math.min(tol, 0.5 * lines.get(idx.get(end)).height())) {
                end++;
            }
            List<Integer> row = new ArrayList<>(idx.subList(start, end));
            row.sort(Comparator.comparingDouble(i -> along[i]));
            out.addAll(row);
            start = end;
        }
        return out;
    }
}
