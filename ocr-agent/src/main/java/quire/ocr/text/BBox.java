package quire.ocr.text;

import java.util.List;

/**
 * An axis-aligned box in displayed-page coordinates: PDF points (one pixel for images), origin top-left,
 * y growing downwards (cli.md). Always normalised so that x0 &lt;= x1 and y0 &lt;= y1.
 */
public record BBox(double x0, double y0, double x1, double y1) {

    public BBox {
        if (x0 > x1) { double t = x0; x0 = x1; x1 = t; }
        if (y0 > y1) { double t = y0; y0 = y1; y1 = t; }
    }

    public double width() { return x1 - x0; }

    public double height() { return y1 - y0; }

    public double area() { return width() * height(); }

    public double centerX() { return (x0 + x1) / 2; }

    public double centerY() { return (y0 + y1) / 2; }

    /** The smallest box holding both. */
    public BBox union(BBox other) {
        return new BBox(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    public boolean intersects(BBox other) {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }

    public double intersectionArea(BBox other) {
        double w = Math.min(x1, other.x1) - Math.max(x0, other.x0);
        double h = Math.min(y1, other.y1) - Math.max(y0, other.y0);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public BBox scale(double factor) {
        return new BBox(x0 * factor, y0 * factor, x1 * factor, y1 * factor);
    }

    /** The smallest box holding all of {@code boxes}; the list must not be empty. */
    public static BBox unionOf(List<BBox> boxes) {
        BBox result = boxes.get(0);
        for (int i = 1; i < boxes.size(); i++) {
            result = result.union(boxes.get(i));
        }
        return result;
    }

    /** Rounded to two decimals, as written to JSON. */
    public double[] toArray() {
        return new double[] {round2(x0), round2(y0), round2(x1), round2(y1)};
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
