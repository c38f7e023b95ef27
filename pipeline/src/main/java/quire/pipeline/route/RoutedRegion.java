package quire.pipeline.route;

import quire.ocr.text.BBox;

/**
 * One region of a page with its verdict.
 *
 * @param bbox    displayed-page coordinates
 * @param signals what the decision saw
 * @param route   the verdict
 * @param text    the text-layer text of the region (empty when it has none)
 * @param tokens  LM tokens Quire's plan spends on it
 */
public record RoutedRegion(BBox bbox, RegionSignals signals, Route route, String text, int tokens) {
}
