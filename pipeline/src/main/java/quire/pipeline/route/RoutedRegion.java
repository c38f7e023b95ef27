package quire.pipeline.route;

import quire.ocr.text.BBox;
import quire.pipeline.slicer.SliceGrid;

/**
 * One region of a page with its verdict.
 *
 * @param bbox       displayed-page coordinates
 * @param signals    what the decision saw
 * @param route      the verdict
 * @param text       the text-layer text of the region (empty when it has none)
 * @param tokens     LM tokens Quire's plan spends on it
 * @param mergeRatio for a visual region, the share of its visual tokens the merger removes (0 when not merged)
 * @param grid       for a visual region, the grid its tiles use ({@link VisualSampling}); null for the others
 */
public record RoutedRegion(BBox bbox, RegionSignals signals, Route route, String text, int tokens,
        double mergeRatio, SliceGrid grid) {

    /** A region without visual tokens (text or skipped). */
    public RoutedRegion(BBox bbox, RegionSignals signals, Route route, String text, int tokens) {
        this(bbox, signals, route, text, tokens, 0, null);
    }
}
