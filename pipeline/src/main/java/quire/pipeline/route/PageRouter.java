package quire.pipeline.route;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.detect.ChartDetector;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PageStats;
import quire.pipeline.document.RenderOptions;

/**
 * Finds a page's regions (chart candidates, text-layer blocks, placed images split into text and picture areas by
 * the ink estimate, vector drawing clusters), measures their signals, routes each with {@link Router} and prices the
 * plan with {@link TokenBudget}.
 */
public final class PageRouter {

    /** The ink estimate's render resolution (one pixel per point). */
    static final float INK_DPI = 72;
    /** Placed images at least this share of the page are split into text and picture areas. */
    private static final double SPLIT_SHARE = 0.15;
    /** Drawings and images smaller than this share of the page are not reported (rules, bullets, specks). */
    private static final double MIN_SHARE = 0.003;
    /** A drawing whose box is this much text-layer text is a frame or a ruled layout around text. */
    private static final double FRAME_TEXT_SHARE = 0.25;
    /** A visual region with this share of its area inside a larger visual region is part of it. */
    private static final double NESTED_SHARE = 0.6;

    private final PlanOptions options;

    public PageRouter(PlanOptions options) {
        this.options = options;
    }

    public PagePlan plan(Document doc, int page) throws DocumentException {
        PageGeometry g = doc.geometry(page);
        PageText text = doc.textLayer(page);
        PageStats stats = doc.stats(page);
        PageGraphics graphics = doc.graphics(page);
        BufferedImage grey = doc.render(page, RenderOptions.gray(INK_DPI).withDownscale(true));
        InkMap ink = InkMap.of(grey);
        return plan(g, text, stats, graphics, ChartDetector.detect(doc, page), ink);
    }

    /** The plan from measured inputs (the benchmark times this part). */
    public PagePlan plan(PageGeometry g, PageText text, PageStats stats, PageGraphics graphics,
                         List<ChartCandidate> charts, InkMap ink) {
        double pageArea = Math.max(1e-9, g.width() * g.height());
        double scale = ink.width() / g.width();
        RouterConfig rc = options.routerConfig();
        double unmapped = stats.chars() + stats.unmappedGlyphs() == 0 ? 0
                : (double) stats.unmappedGlyphs() / (stats.chars() + stats.unmappedGlyphs());
        List<Candidate> found = new ArrayList<>();
        List<BBox> chartBoxes = charts.stream().map(ChartCandidate::bbox).toList();
        for (ChartCandidate c : charts) {
            BBox box = clip(c.bbox(), g);
            if (box != null) {
                found.add(new Candidate(box, RegionSource.CHART, charsInside(text.lines(), c.bbox()), unmapped,
                        c.score(), 0, ""));
            }
        }
        List<Line> free = text.lines().stream().filter(l -> !mostlyInside(l.bbox(), chartBoxes)).toList();
        List<TextBlocks.Block> blocks = TextBlocks.group(free);
        List<BBox> blockBoxes = blocks.stream().map(TextBlocks.Block::bbox).toList();
        for (TextBlocks.Block b : blocks) {
            // text drawn partly off the page still counts; its box is cut to the page
            BBox box = clip(b.bbox(), g);
            if (box == null) {
                box = new BBox(Math.max(0, Math.min(g.width() - 1, b.bbox().x0())),
                        Math.max(0, Math.min(g.height() - 1, b.bbox().y0())), 0, 0);
                box = new BBox(box.x0(), box.y0(), box.x0() + 1, box.y0() + 1);
            }
            int rulings = Drawings.rulings(graphics.paths(), b.bbox());
            found.add(new Candidate(box, RegionSource.TEXT_BLOCK, b.chars(), unmapped, 0, rulings, b.text()));
        }
        List<BBox> taken = new ArrayList<>(chartBoxes);
        for (PageGraphics.ImagePlacement im : graphics.images()) {
            BBox box = clip(im.bbox(), g);
            // an image drawn twice at one place (soft masks, stencils) is one region
            if (box == null || box.area() < MIN_SHARE * pageArea || mostlyInside(box, chartBoxes)
                    || sameAsAny(box, taken)) {
                continue;
            }
            taken.add(box);
            double dpi = VisualSampling.samplingDpi(im, graphics.paths(), options.dpi());
            if (box.area() < SPLIT_SHARE * pageArea) {
                found.add(new Candidate(box, RegionSource.IMAGE, 0, 0, 0, 0, "", dpi));
                continue;
            }
            for (RasterSplitter.Area a : RasterSplitter.split(ink, (int) Math.floor(box.x0() * scale / InkMap.CELL),
                    (int) Math.floor(box.y0() * scale / InkMap.CELL), (int) Math.ceil(box.x1() * scale / InkMap.CELL),
                    (int) Math.ceil(box.y1() * scale / InkMap.CELL))) {
                BBox area = clip(new BBox(a.c0() * InkMap.CELL / scale, a.r0() * InkMap.CELL / scale,
                        a.c1() * InkMap.CELL / scale, a.r1() * InkMap.CELL / scale), box);
                // text the text layer already carries (an OCRed scan) is not read twice
                if (area == null || (a.text() && coveredBy(area, blockBoxes))) {
                    continue;
                }
                found.add(new Candidate(area, RegionSource.RASTER_AREA, 0, 0, 0, 0, "", dpi));
            }
        }
        List<BBox> exclude = new ArrayList<>(taken);
        exclude.addAll(blockBoxes);
        for (BBox d : Drawings.clusters(graphics.paths(), pageArea, exclude)) {
            BBox box = clip(d, g);
            // frames and rules around text are layout, not a drawing: the text inside is sent as text already
            if (box != null && box.area() >= MIN_SHARE * pageArea && !coveredBy(box, blockBoxes, FRAME_TEXT_SHARE)) {
                found.add(new Candidate(box, RegionSource.DRAWING, 0, 0, 0, Drawings.rulings(graphics.paths(), box),
                        ""));
            }
        }
        found = dropNested(found);
        if (found.isEmpty()) {
            found.add(new Candidate(new BBox(0, 0, g.width(), g.height()), RegionSource.PAGE, 0, 0, 0, 0, ""));
        }
        found.sort(Comparator.comparingDouble((Candidate c) -> c.box.y0()).thenComparingDouble(c -> c.box.x0()));
        List<RoutedRegion> regions = new ArrayList<>();
        int planned = 0;
        for (Candidate c : found) {
            InkMap.Ink measured = ink.box(c.box.x0() * scale, c.box.y0() * scale, c.box.x1() * scale,
                    c.box.y1() * scale);
            RegionSignals s = new RegionSignals(c.source, c.box.area() / pageArea, c.chars, c.unmapped,
                    measured.inkShare(), measured.textLikeShare(), measured.glyphs(), c.chartScore, c.rulings);
            Route r = Router.route(s, rc);
            if (r.route() == RouteKind.VISUAL) {
                double dpi = Double.isNaN(c.dpi) ? options.dpi() : c.dpi;
                VisualSampling v = VisualSampling.of(c.box, dpi, ink, scale, options);
                if (dpi < options.dpi()) {
                    r = new Route(r.kind(), r.route(), r.reason() + String.format(Locale.ROOT,
                            ", at the picture's own %.0f dpi", dpi));
                }
                regions.add(new RoutedRegion(c.box, s, r, c.text, TokenBudget.visual(v.grid(),
                        PlanOptions.tokensPerImage(v.mergeRatio())), v.mergeRatio(), v.grid()));
            } else {
                regions.add(new RoutedRegion(c.box, s, r, c.text, tokens(r, s, c, measured)));
            }
        }
        regions = withoutNestedVisuals(regions);
        int textParts = 0;
        for (RoutedRegion r : regions) {
            planned += r.tokens();
            RouteKind k = r.route().route();
            textParts += k == RouteKind.TEXT_LAYER || k == RouteKind.OCR || k == RouteKind.CHART_EXPERT ? 1 : 0;
        }
        planned += TokenBudget.textFrame(textParts);
        int def = TokenBudget.defaultPage(px(g.width()), px(g.height()));
        return new PagePlan(g.page(), g.width(), g.height(), regions, def, options.router() ? planned : def);
    }

    /**
     * A visual region lying mostly inside a larger visual region (a raster area of a picture that is itself drawn
     * over a bigger picture) is carried by the larger one's tiles: it is skipped rather than paid for twice.
     */
    static List<RoutedRegion> withoutNestedVisuals(List<RoutedRegion> regions) {
        List<RoutedRegion> out = new ArrayList<>(regions.size());
        for (RoutedRegion r : regions) {
            RoutedRegion keep = r;
            if (r.route().route() == RouteKind.VISUAL) {
                for (RoutedRegion o : regions) {
                    if (o != r && o.route().route() == RouteKind.VISUAL && o.bbox().area() > r.bbox().area()
                            && o.bbox().intersectionArea(r.bbox()) >= NESTED_SHARE * r.bbox().area()) {
                        keep = new RoutedRegion(r.bbox(), r.signals(), new Route(r.route().kind(), RouteKind.SKIP,
                                "inside a larger visual region: its tiles carry these pixels"), r.text(), 0);
                        break;
                    }
                }
            }
            out.add(keep);
        }
        return out;
    }

    /** Tokens of a region sent as text (estimated before the experts run) or skipped. */
    private static int tokens(Route r, RegionSignals s, Candidate c, InkMap.Ink ink) {
        return switch (r.route()) {
            case TEXT_LAYER -> TokenBudget.text(c.text);
            case OCR -> TokenBudget.ocr(ink.glyphSpan(), s.chars());
            case CHART_EXPERT -> TokenBudget.chartTable(Math.max(s.chars(), s.glyphs()));
            case VISUAL, SKIP -> 0;
        };
    }

    /** Points to pixels at the plan's render resolution (at least one pixel). */
    public int px(double points) {
        return Math.max(1, (int) Math.round(points * options.dpi() / 72.0));
    }

    /**
     * Pictures and drawings lying mostly inside a chart or a larger picture/drawing are part of it (an image in a
     * figure's frame, a chart's own parts): charts are kept first, then the others largest first.
     */
    private static List<Candidate> dropNested(List<Candidate> found) {
        List<Candidate> visual = new ArrayList<>(found.stream().filter(c -> c.source != RegionSource.TEXT_BLOCK)
                .toList());
        visual.sort(Comparator.comparing((Candidate c) -> c.source != RegionSource.CHART)
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.box.area()).reversed()));
        List<Candidate> kept = new ArrayList<>(found.stream().filter(c -> c.source == RegionSource.TEXT_BLOCK)
                .toList());
        List<BBox> keptBoxes = new ArrayList<>();
        for (Candidate c : visual) {
            boolean nested = c.source != RegionSource.CHART && c.source != RegionSource.RASTER_AREA
                    && keptBoxes.stream().anyMatch(k -> k.intersectionArea(c.box) >= 0.6 * c.box.area());
            if (!nested) {
                kept.add(c);
                keptBoxes.add(c.box);
            }
        }
        return kept;
    }

    private static int charsInside(List<Line> lines, BBox box) {
        int n = 0;
        for (Line l : lines) {
            if (box.intersectionArea(l.bbox()) >= 0.5 * l.bbox().area()) {
                n += l.text().replaceAll("\\s", "").length();
            }
        }
        return n;
    }

    private static boolean mostlyInside(BBox b, List<BBox> boxes) {
        for (BBox o : boxes) {
            if (o.intersectionArea(b) >= 0.5 * Math.max(b.area(), 1e-9)) {
                return true;
            }
        }
        return false;
    }

    /** True when the boxes together cover at least half of {@code b} (overlaps between them ignored). */
    private static boolean coveredBy(BBox b, List<BBox> boxes) {
        return coveredBy(b, boxes, 0.5);
    }

    private static boolean coveredBy(BBox b, List<BBox> boxes, double share) {
        double covered = 0;
        for (BBox o : boxes) {
            covered += o.intersectionArea(b);
        }
        return covered >= share * Math.max(b.area(), 1e-9);
    }

    private static boolean sameAsAny(BBox b, List<BBox> boxes) {
        for (BBox o : boxes) {
            double inter = o.intersectionArea(b);
            if (inter >= 0.9 * b.area() && inter >= 0.9 * o.area()) {
                return true;
            }
        }
        return false;
    }

    private static BBox clip(BBox b, PageGeometry g) {
        return clip(b, new BBox(0, 0, g.width(), g.height()));
    }

    private static BBox clip(BBox b, BBox frame) {
        double x0 = Math.max(b.x0(), frame.x0());
        double y0 = Math.max(b.y0(), frame.y0());
        double x1 = Math.min(b.x1(), frame.x1());
        double y1 = Math.min(b.y1(), frame.y1());
        return x1 - x0 < 1 || y1 - y0 < 1 ? null : new BBox(x0, y0, x1, y1);
    }

    /** @param dpi the resolution a visual region's pixels are counted at (a placed picture's own when lower) */
    private record Candidate(BBox box, RegionSource source, int chars, double unmapped, double chartScore,
                             int rulings, String text, double dpi) {

        Candidate(BBox box, RegionSource source, int chars, double unmapped, double chartScore, int rulings,
                  String text) {
            this(box, source, chars, unmapped, chartScore, rulings, text, Double.NaN);
        }
    }
}
