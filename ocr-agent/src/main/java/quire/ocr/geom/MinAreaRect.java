package quire.ocr.geom;

import java.util.Arrays;

/**
 * The minimum-area rectangle around a point set (rotating calipers over the convex hull), and DB's "unclip"
 * expansion. Corners come out ordered like PP-OCR's {@code get_mini_boxes}: top-left, top-right, bottom-right,
 * bottom-left in image orientation.
 */
public final class MinAreaRect {

    private MinAreaRect() {
    }

    /** @param xs x coordinates, {@code ys} y coordinates, the same length, at least one point */
    public static Quad of(double[] xs, double[] ys) {
        double[][] hull = ConvexHull.of(xs, ys);
        double[] hx = hull[0];
        double[] hy = hull[1];
        int n = hx.length;
        if (n == 1) {
            return order(new double[] {hx[0], hx[0], hx[0], hx[0]}, new double[] {hy[0], hy[0], hy[0], hy[0]});
        }
        double bestArea = Double.MAX_VALUE;
        double[] best = null;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = hx[j] - hx[i];
            double ey = hy[j] - hy[i];
            double len = Math.hypot(ex, ey);
            if (len < 1e-12) {
                continue;
            }
            double ux = ex / len;
            double uy = ey / len;
            double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
            for (int k = 0; k < n; k++) {
                double u = hx[k] * ux + hy[k] * uy;
                double v = -hx[k] * uy + hy[k] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea - 1e-9) {
                bestArea = area;
                best = new double[] {ux, uy, minU, maxU, minV, maxV};
            }
        }
        double ux = best[0], uy = best[1];
        double[] us = {best[2], best[3], best[3], best[2]};
        double[] vs = {best[4], best[4], best[5], best[5]};
        double[] cx = new double[4];
        double[] cy = new double[4];
        for (int k = 0; k < 4; k++) {
            cx[k] = us[k] * ux - vs[k] * uy;
            cy[k] = us[k] * uy + vs[k] * ux;
        }
        return order(cx, cy);
    }

    /** Orders four corners: the two leftmost give top-left/bottom-left (by y), the two rightmost the others. */
    public static Quad order(double[] cx, double[] cy) {
        Integer[] idx = {0, 1, 2, 3};
        Arrays.sort(idx, (a, b) -> Double.compare(cx[a], cx[b]));
        int tl = cy[idx[0]] <= cy[idx[1]] ? idx[0] : idx[1];
        int bl = tl == idx[0] ? idx[1] : idx[0];
        int tr = cy[idx[2]] <= cy[idx[3]] ? idx[2] : idx[3];
        int br = tr == idx[2] ? idx[3] : idx[2];
        return new Quad(cx[tl], cy[tl], cx[tr], cy[tr], cx[br], cy[br], cx[bl], cy[bl]);
    }

    /**
     * DB's unclip: grows the rectangle by {@code d = area × ratio / perimeter} on every side (what a polygon offset
     * of a rectangle gives, without its rounded corners).
     */
    public static Quad unclip(Quad rect, double ratio) {
        double w = Math.hypot(rect.x1() - rect.x0(), rect.y1() - rect.y0());
        double h = Math.hypot(rect.x3() - rect.x0(), rect.y3() - rect.y0());
        if (w < 1e-9 || h < 1e-9) {
            return rect;
        }
        double d = w * h * ratio / (2 * (w + h));
        double ux = (rect.x1() - rect.x0()) / w, uy = (rect.y1() - rect.y0()) / w;
        double vx = (rect.x3() - rect.x0()) / h, vy = (rect.y3() - rect.y0()) / h;
        double x0 = rect.x0() - d * ux - d * vx, y0 = rect.y0() - d * uy - d * vy;
        double W = w + 2 * d, H = h + 2 * d;
        double[] cx = {x0, x0 + W * ux, x0 + W * ux + H * vx, x0 + H * vx};
        double[] cy = {y0, y0 + W * uy, y0 + W * uy + H * vy, y0 + H * vy};
        return order(cx, cy);
    }
}
