package quire.pipeline.route;

import quire.pipeline.slicer.SlicerConfig;

/**
 * Switches and settings of the plan, so each part's effect can be measured ({@code --no-router --no-slicer
 * --no-merge}).
 *
 * @param router     false: the page goes whole through default processing (planned = default)
 * @param slicer     false: visual regions get the default processor's grid instead of the slicer's
 * @param merge      false: no token merging
 * @param mergeRatio share of visual tokens removed by the merger when merging is on, in [0, 1)
 * @param dpi        render resolution the visual regions are measured at
 */
public record PlanOptions(boolean router, boolean slicer, boolean merge, double mergeRatio, float dpi,
        SlicerConfig slicerConfig, RouterConfig routerConfig) {

    public static final int IMAGE_SEQ_LEN = 64;
    public static final PlanOptions DEFAULT = new PlanOptions(true, true, true, 0.5, 144, SlicerConfig.DEFAULT,
            RouterConfig.DEFAULT);

    public PlanOptions {
        if (!(mergeRatio >= 0 && mergeRatio < 1)) {
            throw new IllegalArgumentException("merge ratio must be in [0, 1): " + mergeRatio);
        }
    }

    public PlanOptions withRouter(boolean on) {
        return new PlanOptions(on, slicer, merge, mergeRatio, dpi, slicerConfig, routerConfig);
    }

    public PlanOptions withSlicer(boolean on) {
        return new PlanOptions(router, on, merge, mergeRatio, dpi, slicerConfig, routerConfig);
    }

    public PlanOptions withMerge(boolean on) {
        return new PlanOptions(router, slicer, on, mergeRatio, dpi, slicerConfig, routerConfig);
    }

    /** Visual tokens per encoder image after merging. */
    public int tokensPerImage() {
        return tokensPerImage(merge ? mergeRatio : 0);
    }

    /** Visual tokens per encoder image after merging away {@code ratio} of them. */
    public static int tokensPerImage(double ratio) {
        return IMAGE_SEQ_LEN - (int) Math.round(IMAGE_SEQ_LEN * ratio);
    }

    /**
     * The merge ratio for a visual region whose token areas are {@code flatShare} flat: at least the configured
     * ratio; where more of the region is blank or a plain fill, those near-identical tokens go too, up to
     * {@link #MAX_MERGE} so that every tile keeps a quarter of its tokens. 0 when merging is off.
     */
    public double mergeRatioFor(double flatShare) {
        return merge ? Math.max(mergeRatio, Math.min(MAX_MERGE, flatShare)) : 0;
    }

    /** The most a flat region's tokens are merged. */
    public static final double MAX_MERGE = 0.75;
}
