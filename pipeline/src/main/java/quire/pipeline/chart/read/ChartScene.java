package quire.pipeline.chart.read;

import java.util.List;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * What a chart engine sees of one chart, whatever it came from (vector paths or pixels): filled rectangles,
 * coloured polylines, pie wedges and the words around them, all in one coordinate system (y down).
 * {@link ChartReader} turns a scene into a table.
 */
public record ChartScene(BBox region, List<Rect> rects, List<Poly> lines, List<Wedge> wedges, List<Word> words) {

    public ChartScene {
        rects = List.copyOf(rects);
        lines = List.copyOf(lines);
        wedges = List.copyOf(wedges);
        words = List.copyOf(words);
    }

    /** A filled axis-aligned rectangle (a bar, a stacked segment or a legend swatch) of colour 0xRRGGBB. */
    public record Rect(BBox box, int rgb) {
    }

    /** A point of a polyline. */
    public record Pt(double x, double y) {
    }

    /** A data line of one colour, its points sorted by x. */
    public record Poly(List<Pt> points, int rgb) {

        public Poly {
            points = List.copyOf(points);
        }

        public BBox bbox() {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Pt p : points) {
                x0 = Math.min(x0, p.x());
                y0 = Math.min(y0, p.y());
                x1 = Math.max(x1, p.x());
                y1 = Math.max(y1, p.y());
            }
            return new BBox(x0, y0, x1, y1);
        }

        /** y of the line at x (linear between neighbours, clamped at the ends). */
        public double yAt(double x) {
            Pt prev = points.get(0);
            if (x <= prev.x()) {
                return prev.y();
            }
            for (Pt p : points) {
                if (p.x() >= x) {
                    double span = p.x() - prev.x();
                    return span <= 1e-9 ? p.y() : prev.y() + (p.y() - prev.y()) * (x - prev.x()) / span;
                }
                prev = p;
            }
            return prev.y();
        }
    }

    /** A pie or donut slice: its box, colour, area and centroid. */
    public record Wedge(BBox box, int rgb, double area, double cx, double cy) {
    }
}
