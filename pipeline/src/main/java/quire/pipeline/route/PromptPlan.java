package quire.pipeline.route;

import java.util.ArrayList;
import java.util.List;

import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.pipeline.slicer.SliceGrid;

/**
 * What the MLLM prompt for one page is made of, following the router: text parts (text-layer text now, OCR and
 * chart-expert output once those engines have run on their boxes), and visual regions with the grid their slicer
 * tiles use and the share of visual tokens the merger removes.
 *
 * @param mergeRatio share of each tile's visual tokens the merger removes (0 = no merging)
 */
public record PromptPlan(int page, List<TextPart> texts, List<VisualPart> visuals, double mergeRatio) {

    public PromptPlan {
        texts = List.copyOf(texts);
        visuals = List.copyOf(visuals);
    }

    /**
     * A region sent as text.
     *
     * @param route TEXT_LAYER (text filled in), OCR or CHART_EXPERT (text empty until the engine has run on bbox)
     * @param lines the words with their page boxes the text was made from, once the experts have run (empty before;
     *              a chart table's rows with the cells that have a place), so an answer can be found on the page
     */
    public record TextPart(BBox bbox, RouteKind route, String text, List<Line> lines) {

        public TextPart {
            lines = List.copyOf(lines);
        }

        public TextPart(BBox bbox, RouteKind route, String text) {
            this(bbox, route, text, List.of());
        }

        public boolean pending() {
            return route != RouteKind.TEXT_LAYER;
        }
    }

    /**
     * A region sent as visual tokens: the slicer's grid (1×1 = the region as one image) and the share of each of its
     * images' tokens the merger removes.
     */
    public record VisualPart(BBox bbox, SliceGrid grid, double mergeRatio) {
    }

    /** The plan of a routed page; with the router off, the whole page is one visual part on the default grid. */
    public static PromptPlan of(PagePlan page, PlanOptions options, PageRouter router) {
        double ratio = options.merge() ? options.mergeRatio() : 0;
        if (!options.router()) {
            BBox all = new BBox(0, 0, page.width(), page.height());
            SliceGrid grid = TokenBudget.visualGrid(router.px(page.width()), router.px(page.height()),
                    options.withSlicer(false));
            return new PromptPlan(page.page(), List.of(), List.of(new VisualPart(all, grid, ratio)), ratio);
        }
        List<TextPart> texts = new ArrayList<>();
        List<VisualPart> visuals = new ArrayList<>();
        for (RoutedRegion r : page.regions()) {
            switch (r.route().route()) {
                case TEXT_LAYER -> texts.add(new TextPart(r.bbox(), RouteKind.TEXT_LAYER, r.text()));
                case OCR, CHART_EXPERT -> texts.add(new TextPart(r.bbox(), r.route().route(), ""));
                case VISUAL -> visuals.add(new VisualPart(r.bbox(), r.grid(), r.mergeRatio()));
                case SKIP -> { }
            }
        }
        return new PromptPlan(page.page(), texts, visuals, ratio);
    }

    /** The text the prompt carries for this page, one part per paragraph, in the page's reading order. */
    public String promptText() {
        StringBuilder sb = new StringBuilder();
        for (TextPart t : texts) {
            if (!t.pending() && !t.text().isBlank()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
