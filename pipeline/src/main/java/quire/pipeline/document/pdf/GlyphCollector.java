package quire.pipeline.document.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import quire.ocr.text.BBox;

/**
 * Runs PDFBox's text stripper over one page and keeps every glyph it emits, in its output order, with an exact
 * displayed-page quad computed from the glyph's text rendering matrix and the font's ascent and descent (the
 * stripper's own heights and widths are deliberately approximate, so they are not used for boxes).
 */
final class GlyphCollector extends PDFTextStripper {

    private final DisplayTransform transform;
    private final List<Glyph> glyphs = new ArrayList<>();

    private GlyphCollector(DisplayTransform transform) {
        this.transform = transform;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of page {@code page} (from 1). */
    static List<Glyph> collect(PDDocument doc, int page) throws IOException {
        GlyphCollector c = new GlyphCollector(DisplayTransform.of(doc.getPage(page - 1)));
        c.setStartPage(page);
        c.setEndPage(page);
        c.writeText(doc, Writer.nullWriter());
        return c.glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        // the stripper's own chunks are not trusted as word breaks: on rotated pages it splits words apart
        for (TextPosition tp : positions) {
            Glyph g = toGlyph(tp);
            if (g != null) {
                glyphs.add(g);
            }
        }
    }

    private Glyph toGlyph(TextPosition tp) {
        String unicode = tp.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return null;
        }
        Matrix m = tp.getTextMatrix();
        PDFont font = tp.getFont();
        double advance = 0;
        for (int code : tp.getCharacterCodes()) {
            advance += advanceOf(font, code);
        }
        double[] ascDesc = ascentDescent(font);
        double a = ascDesc[0];
        double d = ascDesc[1];
        // the quad's corners in text space, then to user space, then to the displayed page
        double[][] text = {{0, d}, {advance, d}, {advance, a}, {0, a}};
        double[] corners = new double[8];
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double[] p = toDisplay(m, text[i][0], text[i][1]);
            corners[2 * i] = p[0];
            corners[2 * i + 1] = p[1];
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double[] o = toDisplay(m, 0, 0);
        double[] e = toDisplay(m, 1, 0);
        double[] up = toDisplay(m, 0, 1);
        double ex = e[0] - o[0];
        double ey = e[1] - o[1];
        double unit = Math.hypot(ex, ey);
        if (!(unit > 1e-6)) {
            return null; // degenerate matrix: invisible text
        }
        double size = Math.hypot(up[0] - o[0], up[1] - o[1]);
        return new Glyph(unicode, new BBox(minX, minY, maxX, maxY), corners, o[0], o[1], ex / unit, ey / unit,
                advance * unit, size, tp.getWidthOfSpace());
    }

    private double[] toDisplay(Matrix m, double tx, double ty) {
        double ux = m.getScaleX() * tx + m.getShearX() * ty + m.getTranslateX();
        double uy = m.getShearY() * tx + m.getScaleY() * ty + m.getTranslateY();
        return new double[] {transform.x(ux, uy), transform.y(ux, uy)};
    }

    /** Horizontal advance of one code in text space (em units). */
    private static double advanceOf(PDFont font, int code) {
        try {
            if (font.isVertical()) {
                return font.getWidth(code) / 1000.0;
            }
            return font.getDisplacement(code).getX();
        } catch (IOException | RuntimeException e) {
            return 0.5;
        }
    }

    /** Ascent and descent in text space (em units), with sane fallbacks for fonts that lie. */
    private static double[] ascentDescent(PDFont font) {
        double a = 0.8;
        double d = -0.2;
        if (font instanceof PDType3Font) {
            return new double[] {a, d};
        }
        PDFontDescriptor fd = font.getFontDescriptor();
        if (fd != null) {
            double asc = fd.getAscent() / 1000.0;
            double desc = fd.getDescent() / 1000.0;
            if (asc > 0.3 && asc < 1.5) {
                a = asc;
            }
            if (desc < 0 && desc > -0.8) {
                d = desc;
            }
        }
        return new double[] {a, d};
    }
}
