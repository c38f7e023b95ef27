package quire.pipeline.document;

/**
 * Per-page signals the router and Tika's AUTO OCR rule use (algorithms.md).
 *
 * @param chars          characters in the text layer (whitespace excluded)
 * @param unmappedGlyphs glyphs drawn without a Unicode mapping
 * @param imageCount     image placements on the page
 * @param imageArea      fraction 0..1 of the page area covered by images (overlaps counted once at most up to 1)
 * @param pathOps        vector path construction and painting operations
 */
public record PageStats(int page, int chars, int unmappedGlyphs, int imageCount, double imageArea, int pathOps) {
}
