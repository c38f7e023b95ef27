package quire.ocr.tesseract;

import java.util.List;
import quire.ocr.text.Word;

/**
 * Decides from a first, as-is reading whether a page needs orientation detection at all. Text read the right way up
 * comes back with high word confidences (about 0.9 on noisy 200 dpi scans); the same page turned 90° or 180° comes
 * back as garbage near 0.3. Only pages that read badly, or have too little text to tell, pay for Tesseract's OSD
 * pass and a second reading.
 */
public final class OrientationCheck {

    /** Fewer characters than this say nothing about orientation. */
    static final int MIN_CHARS = 20;
    /** A character-weighted mean word confidence from this up means the page was read upright. */
    static final double UPRIGHT_CONF = 0.70;

    private OrientationCheck() {
    }

    /** True when the reading is good enough that the page needs no orientation detection. */
    public static boolean readsUpright(List<List<Word>> lines) {
        return chars(lines) >= MIN_CHARS && meanConf(lines) >= UPRIGHT_CONF;
    }

    /** Mean word confidence weighted by characters (0 when nothing was read). */
    public static double meanConf(List<List<Word>> lines) {
        double sum = 0;
        int chars = 0;
        for (List<Word> line : lines) {
            for (Word w : line) {
                sum += w.conf() * w.text().length();
                chars += w.text().length();
            }
        }
        return chars == 0 ? 0 : sum / chars;
    }

    private static int chars(List<List<Word>> lines) {
        return lines.stream().flatMap(List::stream).mapToInt(w -> w.text().length()).sum();
    }
}
