package quire.pipeline.ocr;

import java.util.Locale;
import quire.pipeline.document.PageStats;

/**
 * Whether a page needs OCR, as a pure function of its statistics: Apache Tika's AUTO rule (OCR when the text layer
 * has at most {@code minChars} characters, or too many glyphs lack a Unicode mapping).
 *
 * @param ocr    true when the page should be OCRed
 * @param reason why, in a few words (for logs and {@code quire route})
 */
public record OcrDecision(boolean ocr, String reason) {

    public static OcrDecision needsOcr(PageStats stats, OcrConfig config) {
        if (stats.chars() <= config.minChars()) {
            return new OcrDecision(true, "text layer has " + stats.chars() + " characters (at most "
                    + config.minChars() + ")");
        }
        int unmapped = stats.unmappedGlyphs();
        if (config.unmappedLimit() < 1) {
            double ratio = (double) unmapped / (stats.chars() + unmapped);
            if (ratio > config.unmappedLimit()) {
                return new OcrDecision(true, String.format(Locale.ROOT,
                        "%.0f%% of glyphs have no Unicode mapping (limit %.0f%%)", ratio * 100,
                        config.unmappedLimit() * 100));
            }
        } else if (unmapped > config.unmappedLimit()) {
            return new OcrDecision(true, unmapped + " glyphs have no Unicode mapping (limit "
                    + (long) config.unmappedLimit() + ")");
        }
        return new OcrDecision(false, "text layer has " + stats.chars() + " characters");
    }
}
