package quire.pipeline.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import quire.ocr.text.BBox;
import quire.pipeline.document.pdf.DisplayTransform;
import quire.pipeline.document.PageGraphics.ImagePlacement;
import quire.pipeline.document.PageGraphics.Paint;
import quire.pipeline.document.PageGraphics.Point;
import quire.pipeline.document.PageGraphics.VectorPath;

/**
 * Walks a page's content stream and records image placements and painted paths in displayed-page coordinates.
 * PDFBox hands path points to this engine already in page space (the CTM applied); only the CropBox offset and
 * /Rotate remain, which {@link DisplayTransform} applies. Text is not drawn here: the text layer reads it.
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {

    /** Segments per Bézier curve when flattening (pie wedges need a smooth enough arc). */
    private static final int CURVE_STEPS = 8;

    private final DisplayTransform display;
    private final PDRectangle crop;
    private final List<ImagePlacement> images = new ArrayList<>();
    private final List<VectorPath> paths = new ArrayList<>();
    private final List<List<Point>> subpaths = new ArrayList<>();
    private List<Point> current;
    private final Point2D.Float currentPoint = new Point2D.Float();
    private int rectangles;
    private boolean truncated;

    private GraphicsCollector(PDPage page) {
        super(page);
        this.display = DisplayTransform.of(page);
        this.crop = page.getCropBox();
    }

    static PageGraphics collect(PDPage page, int pageNumber) throws IOException {
        GraphicsCollector c = new GraphicsCollector(page);
        c.processPage(page);
        return new PageGraphics(pageNumber, c.display.displayWidth(), c.display.displayHeight(), c.images, c.paths,
                c.truncated);
    }

    private Point toDisplay(double x, double y) {
        double cx = x - crop.getLowerLeftX();
        double cy = y - crop.getLowerLeftY();
        return new Point(display.x(cx, cy), display.y(cx, cy));
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        List<Point> corners = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            Point2D.Float p = ctm.transformPoint(i % 2, i / 2);
            corners.add(toDisplay(p.x, p.y));
        }
        images.add(new ImagePlacement(bounds(List.of(corners)), pdImage.getWidth(), pdImage.getHeight()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point> rect = new ArrayList<>(5);
        for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
            rect.add(toDisplay(p.getX(), p.getY()));
        }
        subpaths.add(rect);
        current = null;
        rectangles++;
        currentPoint.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(toDisplay(x, y));
        subpaths.add(current);
        currentPoint.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        ensureSubpath();
        current.add(toDisplay(x, y));
        currentPoint.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        ensureSubpath();
        float x0 = currentPoint.x;
        float y0 = currentPoint.y;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = i / (double) CURVE_STEPS;
            double u = 1 - t;
            double x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
            double y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
            current.add(toDisplay(x, y));
        }
        currentPoint.setLocation(x3, y3);
    }

    private void ensureSubpath() {
        if (current == null) {
            current = new ArrayList<>();
            current.add(toDisplay(currentPoint.x, currentPoint.y));
            subpaths.add(current);
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
        current = null;
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() throws IOException {
        paint(Paint.STROKE);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(Paint.FILL);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(Paint.FILL_AND_STROKE);
    }

    @Override
    public void clip(int windingRule) {
        // the clip path is ended by endPath (n) and never painted
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // gradients carry no data marks
    }

    private void paint(Paint paint) throws IOException {
        List<List<Point>> painted = subpaths.stream().filter(s -> !s.isEmpty()).map(List::copyOf).toList();
        if (!painted.isEmpty()) {
            if (paths.size() < PageGraphics.MAX_PATHS) {
                int fill = paint == Paint.STROKE ? -1 : rgb(getGraphicsState().getNonStrokingColor());
                int stroke = paint == Paint.FILL ? -1 : rgb(getGraphicsState().getStrokingColor());
                paths.add(new VectorPath(painted, bounds(painted), paint, fill, stroke, lineWidth(), rectangles));
            } else {
                truncated = true;
            }
        }
        reset();
    }

    private void reset() {
        subpaths.clear();
        current = null;
        rectangles = 0;
    }

    /** The stroke width in page units: the CTM's scale applied to the graphics state's width. */
    private double lineWidth() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double scale = Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
        return getGraphicsState().getLineWidth() * (scale > 0 ? scale : 1);
    }

    private static int rgb(PDColor color) throws IOException {
        try {
            return color.toRGB() & 0xFFFFFF;
        } catch (IOException | UnsupportedOperationException e) {
            // pattern colours have no single RGB value
            return 0x808080;
        }
    }

    private static BBox bounds(List<List<Point>> polylines) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (List<Point> line : polylines) {
            for (Point p : line) {
                x0 = Math.min(x0, p.x());
                y0 = Math.min(y0, p.y());
                x1 = Math.max(x1, p.x());
                y1 = Math.max(y1, p.y());
            }
        }
        return new BBox(x0, y0, x1, y1);
    }
}
