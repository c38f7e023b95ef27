package quire.pipeline.route;

/**
 * What the router knows about one region; everything is measured before the decision, which is pure.
 *
 * @param source        how the region was found
 * @param areaShare     region area / page area, 0..1
 * @param chars         text-layer characters inside the region (whitespace excluded)
 * @param unmappedShare share 0..1 of the region's glyphs drawn without a Unicode mapping
 * @param inkShare      share 0..1 of dark pixels in the region on the downscaled grey render
 * @param textLikeShare share 0..1 of the region's ink in glyph-sized connected components
 * @param glyphs        glyph-sized connected components (an estimate of the characters in pixels)
 * @param chartScore    0..1 from the chart detector, 0 when the region is not a chart candidate
 * @param rulings       thin horizontal/vertical vector lines and cell rectangles inside the region
 */
public record RegionSignals(RegionSource source, double areaShare, int chars, double unmappedShare, double inkShare,
        double textLikeShare, int glyphs, double chartScore, int rulings) {
}
