package quire.ocr.paddle;

import java.util.List;

/**
 * What the recognizer read on one line crop.
 *
 * @param text   decoded text (spaces included)
 * @param conf   mean probability of the kept characters, 0..1
 * @param glyphs the kept characters with their positions as fractions of the line's width (0 = reading start)
 * @param ink    the crop's ink pixels as the recognizer saw it (48 rows), for word gaps and tight word boxes
 */
public record LineReading(String text, double conf, List<Glyph> glyphs, LineInk ink) {

    public LineReading {
        glyphs = List.copyOf(glyphs);
    }

    public LineReading(String text, double conf, List<Glyph> glyphs) {
        this(text, conf, glyphs, LineInk.none());
    }

    public LineReading withInk(LineInk lineInk) {
        return new LineReading(text, conf, glyphs, lineInk);
    }

    /** One decoded character: centre of its first CTC step, the span of its run, its probability. */
    public record Glyph(String text, double center, double start, double end, double prob) {
        public boolean isSpace() {
            return text.isBlank();
        }
    }

    public static LineReading empty() {
        return new LineReading("", 0, List.of());
    }
}
