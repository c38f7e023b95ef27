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
        return merge ? IMAGE_SEQ_LEN - (int) Math.round(IMAGE_SEQ_LEN * mergeRatio) : IMAGE_SEQ_LEN;
    }
}
