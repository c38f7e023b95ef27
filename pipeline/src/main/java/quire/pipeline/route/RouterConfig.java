package quire.pipeline.route;

/**
 * Thresholds of the routing decision. The defaults were set on docs-dev (real PDFs and scans).
 *
 * @param blankInk        below this ink share a region without text is blank
 * @param minAreaShare    smaller regions without text (specks, bullets, logos) are skipped
 * @param chartScore      chart candidates at or above this score go to the chart expert
 * @param minChars        a region with this many text-layer characters is born-digital text
 * @param maxUnmapped     above this share of unmapped glyphs the text layer is not trusted and the region is OCRed
 * @param tableRulings    a text block crossing at least this many rulings is a table
 * @param textLikeShare   raster regions with at least this share of glyph-sized ink are text
 * @param minGlyphs       ... and at least this many glyph-sized components
 */
public record RouterConfig(double blankInk, double minAreaShare, double chartScore, int minChars, double maxUnmapped,
        int tableRulings, double textLikeShare, int minGlyphs) {

    public static final RouterConfig DEFAULT = new RouterConfig(0.004, 0.002, 0.5, 1, 0.3, 6, 0.5, 12);
}
