package quire.ocr.geom;

import java.util.List;
import quire.ocr.text.BBox;

/**
 * A convex quadrilateral with its corners in reading order: top-left, top-right, bottom-right, bottom-left of the
 * text it holds (so "top-left" is where reading starts, even when the text is rotated on the page).
 */
public record Quad(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {

    /** Length of the top edge (the reading direction). */
    public double width() {
        return Math.max(Math.hypot(x1 - x0, y1 - y0), Math.hypot(x2 - x3, y2 - y3));
    }

    /** Length of the left edge. */
    public double height() {
        return Math.max(Math.hypot(x3 - x0, y3 - y0), Math.hypot(x2 - x1, y2 - y1));
    }

    /** The point at fractions (u along the top edge, v down the left edge), as a parallelogram from top-left. */
    public double[] at(double u, double v) {
        return new double[] {x0 + u * (x1 - x0) + v * (x3 - x0), y0 + u * (y1 - y0) + v * (y3 - y0)};
    }

    /** The part between fractions {@code u0..u1} of the reading direction, full height. */
    public Quad slice(double u0, double u1) {
        double[] a = at(u0, 0);
        double[] b = at(u1, 0);
        double[] c = at(u1, 1);
        double[] d = at(u0, 1);
        return new Quad(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
    }

    /** The part between fractions {@code u0..u1} along and {@code v0..v1} across. */
    public Quad sub(double u0, double u1, double v0, double v1) {
        double[] a = at(u0, v0);
        double[] b = at(u1, v0);
        double[] c = at(u1, v1);
        double[] d = at(u0, v1);
        return new Quad(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
    }

    /** The same region read after turning it {@code quarterTurns} × 90° counter-clockwise (np.rot90). */
    public Quad turnCounterClockwise(int quarterTurns) {
        Quad q = this;
        for (int i = 0; i < Math.floorMod(quarterTurns, 4); i++) {
            // rot90: the old top-right corner becomes the top-left one
            q = new Quad(q.x1, q.y1, q.x2, q.y2, q.x3, q.y3, q.x0, q.y0);
        }
        return q;
    }

    /** Angle of the reading direction in degrees, 0 = left to right, positive = clockwise on screen (y down). */
    public double angleDegrees() {
        return Math.toDegrees(Math.atan2(y1 - y0, x1 - x0));
    }

    public Quad scale(double factor) {
        return new Quad(x0 * factor, y0 * factor, x1 * factor, y1 * factor, x2 * factor, y2 * factor,
                x3 * factor, y3 * factor);
    }

    public Quad scale(double fx, double fy) {
        return new Quad(x0 * fx, y0 * fy, x1 * fx, y1 * fy, x2 * fx, y2 * fy, x3 * fx, y3 * fy);
    }

    public BBox bbox() {
        return new BBox(Math.min(Math.min(x0, x1), Math.min(x2, x3)), Math.min(Math.min(y0, y1), Math.min(y2, y3)),
                Math.max(Math.max(x0, x1), Math.max(x2, x3)), Math.max(Math.max(y0, y1), Math.max(y2, y3)));
    }

    public double centerX() {
        return (x0 + x1 + x2 + x3) / 4;
    }

    public double centerY() {
        return (y0 + y1 + y2 + y3) / 4;
    }

    /** Corners rounded to two decimals, for JSON polygons. */
    public List<double[]> polygon() {
        return List.of(r(x0, y0), r(x1, y1), r(x2, y2), r(x3, y3));
    }

    /** True when the point lies inside (or on) this convex quad. */
    public boolean contains(double x, double y) {
        double[] xs = {x0, x1, x2, x3};
        double[] ys = {y0, y1, y2, y3};
        boolean pos = false;
        boolean neg = false;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            double cross = (xs[j] - xs[i]) * (y - ys[i]) - (ys[j] - ys[i]) * (x - xs[i]);
            pos |= cross > 1e-9;
            neg |= cross < -1e-9;
        }
        return !(pos && neg);
    }

    private static double[] r(double x, double y) {
        return new double[] {Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0};
    }
}
