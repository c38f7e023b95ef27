package quire.pipeline.document.pdf;

import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * Groups glyphs (in the stripper's order) into words: a word ends at whitespace, where the baseline turns or jumps,
 * and at a gap wider than half the font's space (kept between 0.1 and 0.3 em), so spaces made by positioning alone
 * still separate words while kerning does not.
 */
final class WordBuilder {

    static final double MAX_GAP_EM = 0.3;
    static final double MIN_GAP_EM = 0.1;
    private static final double MAX_ANGLE_DEG = 8;

    private WordBuilder() {
    }

    /** A word with the geometry line building needs. */
    record PlacedWord(Word word, double angle, double dirX, double dirY, double startAlong, double endAlong,
                      double baselineAcross, double size) {
    }

    static List<PlacedWord> build(List<Glyph> glyphs) {
        List<PlacedWord> words = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.isBlank()) {
                flush(current, words);
                continue;
            }
            if (!current.isEmpty() && breaksBefore(current.get(current.size() - 1), g)) {
                flush(current, words);
            }
            current.add(g);
        }
        flush(current, words);
        return words;
    }

    private static boolean breaksBefore(Glyph prev, Glyph g) {
        if (angleDiff(prev.angle(), g.angle()) > MAX_ANGLE_DEG) {
            return true;
        }
        double size = Math.max(1e-3, Math.max(prev.size(), g.size()));
        double gap = prev.along(g.originX(), g.originY()) - prev.endAlong();
        double shift = Math.abs(prev.across(g.originX(), g.originY()) - prev.baselineAcross());
        // superscripts and subscripts shift by less than half an em and stay in the word
        double maxGap = Math.max(MIN_GAP_EM * size, Math.min(MAX_GAP_EM * size, 0.5 * prev.spaceWidth()));
        return gap > maxGap || gap < -0.5 * size || shift > 0.5 * size;
    }

    static double angleDiff(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }

    private static void flush(List<Glyph> glyphs, List<PlacedWord> out) {
        if (glyphs.isEmpty()) {
            return;
        }
        Glyph first = glyphs.get(0);
        Glyph last = glyphs.get(glyphs.size() - 1);
        StringBuilder text = new StringBuilder();
        BBox box = first.box();
        double size = 0;
        for (Glyph g : glyphs) {
            text.append(g.text());
            box = box.union(g.box());
            size = Math.max(size, g.size());
        }
        double angle = first.angle();
        List<double[]> polygon = Math.abs(angle) < 0.5 ? List.of() : polygon(glyphs, first);
        Word word = new Word(text.toString().strip(), box, 1.0, TextSource.TEXT_LAYER, polygon);
        out.add(new PlacedWord(word, angle, first.dirX(), first.dirY(), first.startAlong(),
                first.along(last.originX(), last.originY()) + last.advance(), first.baselineAcross(), size));
        glyphs.clear();
    }

    /** The rotated rectangle around the glyph quads, in the word's own baseline frame, as four corners. */
    private static List<double[]> polygon(List<Glyph> glyphs, Glyph frame) {
        double minA = Double.MAX_VALUE, maxA = -Double.MAX_VALUE, minC = Double.MAX_VALUE, maxC = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            double[] c = g.corners();
            for (int i = 0; i < 8; i += 2) {
                double a = frame.along(c[i], c[i + 1]);
                double x = frame.across(c[i], c[i + 1]);
                minA = Math.min(minA, a);
                maxA = Math.max(maxA, a);
                minC = Math.min(minC, x);
                maxC = Math.max(maxC, x);
            }
        }
        double dx = frame.dirX();
        double dy = frame.dirY();
        // inverse of (along, across) = (x dx + y dy, -x dy + y dx)
        double[][] frameCorners = {{minA, maxC}, {maxA, maxC}, {maxA, minC}, {minA, minC}};
        List<double[]> out = new ArrayList<>(4);
        for (double[] p : frameCorners) {
            double x = p[0] * dx - p[1] * dy;
            double y = p[0] * dy + p[1] * dx;
            out.add(new double[] {Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0});
        }
        return out;
    }
}
