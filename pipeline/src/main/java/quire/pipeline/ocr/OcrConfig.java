package quire.pipeline.ocr;

/**
 * When and how pages are OCRed (Tika's AUTO rule, algorithms.md).
 *
 * @param minChars      a page with at most this many text-layer characters is OCRed
 * @param unmappedLimit too many glyphs without a Unicode mapping: a ratio of all glyphs when below 1, else a count
 * @param dpi           render resolution for OCR (grey)
 */
public record OcrConfig(int minChars, double unmappedLimit, float dpi) {

    public static final float DEFAULT_DPI = 300f;

    public OcrConfig {
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
    }

    /** Tika's defaults: at most 10 characters, or more than 10% unmapped glyphs; 300 dpi. */
    public static OcrConfig defaults() {
        return new OcrConfig(10, 0.1, DEFAULT_DPI);
    }

    public OcrConfig withDpi(float newDpi) {
        return new OcrConfig(minChars, unmappedLimit, newDpi);
    }
}
