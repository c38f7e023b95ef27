package quire.pipeline.document.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream counting what the router needs: glyphs, the non-blank characters they map
 * to, glyphs without a Unicode mapping, image placements and the share of the page they cover, and vector path operations. Nothing is drawn.
 */
public final class PageStatsEngine extends PDFGraphicsStreamEngine {

    /** Image coverage is measured on this grid over the CropBox, so overlapping images count once. */
    private static final int GRID = 128;

    /** What one pass found. */
    public record Counts(int chars, int glyphs, int unmappedGlyphs, int imageCount, double imageArea, int pathOps) {
    }

    private final PDRectangle crop;
    private final boolean[] covered = new boolean[GRID * GRID];
    private final Point2D.Float current = new Point2D.Float();
    private int glyphs;
    private int chars;
    private int unmapped;
    private int images;
    private int pathOps;

    private PageStatsEngine(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    public static Counts count(PDPage page) throws IOException {
        PageStatsEngine engine = new PageStatsEngine(page);
        engine.processPage(page);
        int cells = 0;
        for (boolean c : engine.covered) {
            if (c) {
                cells++;
            }
        }
        return new Counts(engine.chars, engine.glyphs, engine.unmapped, engine.images, cells / (double) (GRID * GRID),
                engine.pathOps);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        glyphs++;
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unmapped++;
        } else {
            chars += (int) unicode.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        // the image fills the unit square in its own space; mark the grid cells its bounding box covers
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            Point2D.Float p = ctm.transformPoint(i % 2, i / 2);
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        mark(minX, minY, maxX, maxY);
    }

    private void mark(double minX, double minY, double maxX, double maxY) {
        double w = crop.getWidth();
        double h = crop.getHeight();
        if (!(w > 0 && h > 0)) {
            return;
        }
        int c0 = cell((minX - crop.getLowerLeftX()) / w);
        int c1 = cell((maxX - crop.getLowerLeftX()) / w);
        int r0 = cell((minY - crop.getLowerLeftY()) / h);
        int r1 = cell((maxY - crop.getLowerLeftY()) / h);
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                covered[r * GRID + c] = true;
            }
        }
    }

    private static int cell(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * GRID);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        pathOps++;
        current.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        pathOps++;
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        pathOps++;
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        pathOps++;
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        pathOps++;
    }

    @Override
    public void endPath() {
        // discards the path without painting: not an operation the router counts
    }

    @Override
    public void strokePath() {
        pathOps++;
    }

    @Override
    public void fillPath(int windingRule) {
        pathOps++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        pathOps++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping paints nothing
    }

    @Override
    public void shadingFill(COSName shadingName) {
        pathOps++;
    }
}
