package quire.ocr.geom;

import java.util.Arrays;

/** Andrew's monotone chain; returns the hull counter-clockwise (in y-up terms) without repeated points. */
public final class ConvexHull {

    private ConvexHull() {
    }

    /** @return {xs, ys} of the hull; a single point when all input points coincide */
    public static double[][] of(double[] xs, double[] ys) {
        int n = xs.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> xs[a] != xs[b] ? Double.compare(xs[a], xs[b]) : Double.compare(ys[a], ys[b]));
        int[] hull = new int[2 * n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(xs, ys, hull[k - 2], hull[k - 1], idx[i]) <= 0) {
                k--;
            }
            hull[k++] = idx[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(xs, ys, hull[k - 2], hull[k - 1], idx[i]) <= 0) {
                k--;
            }
            hull[k++] = idx[i];
        }
        int m = Math.max(1, k - 1);
        double[] hx = new double[m];
        double[] hy = new double[m];
        for (int i = 0; i < m; i++) {
            hx[i] = xs[hull[i]];
            hy[i] = ys[hull[i]];
        }
        return new double[][] {hx, hy};
    }

    private static double cross(double[] xs, double[] ys, int o, int a, int b) {
        return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
    }
}
