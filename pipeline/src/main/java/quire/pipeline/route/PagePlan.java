package quire.pipeline.route;

import java.util.List;

/**
 * The router's plan for one page.
 *
 * @param defaultTokens LM tokens of the rendered page under default SmolVLM processing
 * @param plannedTokens LM tokens of Quire's plan (sum over regions)
 */
public record PagePlan(int page, double width, double height, List<RoutedRegion> regions, int defaultTokens,
        int plannedTokens) {

    public PagePlan {
        regions = List.copyOf(regions);
    }

    /** planned / default (1 when the default is 0). */
    public double ratio() {
        return defaultTokens == 0 ? 1 : (double) plannedTokens / defaultTokens;
    }
}
