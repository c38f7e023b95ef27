package quire.pipeline.route.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.detect.ChartDetector;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PageStats;
import quire.pipeline.document.RenderOptions;
import quire.pipeline.route.InkMap;
import quire.pipeline.route.PagePlan;
import quire.pipeline.route.PageRouter;
import quire.pipeline.route.PlanExperts;
import quire.pipeline.route.PlanOptions;
import quire.pipeline.route.PromptPlan;
import quire.pipeline.route.TokenBudget;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.ocr.OcrEngine;
import quire.ocr.auto.OcrEngines;
import quire.pipeline.route.RouteKind;
import quire.pipeline.route.RoutedRegion;
import quire.pipeline.slicer.Slicer;

/**
 * Benchmark (not a test) over the docs-dev PDFs: the token budget (each document's median planned/default over its
 * pages, then the median over documents) and the router + slicer time per page given the page rendered at 144 dpi,
 * its text layer, drawing and chart candidates (the downscale for the ink estimate, region finding, routing and
 * slicing of visual regions are timed; rendering, text extraction and chart detection are not).
 * Arguments: DOCS_DEV_DIR [max pages per document] [--no-router] [--no-slicer] [--no-merge] [--experts].
 * With {@code --experts} the OCR agent and the chart engine also run on the regions routed to them and the plan is
 * priced by what they returned (the prompt as sent), not by the router's estimate; that part is not timed.
 */
public final class RouteBench {

    private static final int REPEATS = 3;

    private RouteBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/docs-dev");
        int maxPages = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        List<String> flags = Arrays.asList(args);
        PlanOptions options = PlanOptions.DEFAULT.withRouter(!flags.contains("--no-router"))
                .withSlicer(!flags.contains("--no-slicer")).withMerge(!flags.contains("--no-merge"));
        PageRouter router = new PageRouter(options);
        boolean experts = flags.contains("--experts");
        OcrEngine ocr = experts ? OcrEngines.open(OcrEngines.Kind.AUTO) : null;
        ChartToTable chartEngine = experts ? new ChartToTable(new RasterChartEngine(new TesseractChartOcr())) : null;
        List<Double> estimated = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Slicer slicer = new Slicer(options.slicerConfig());
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<Double> docMedians = new ArrayList<>();
        List<Double> docFloors = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        List<Double> inkMs = new ArrayList<>();
        List<Double> planMs = new ArrayList<>();
        List<Double> sliceMs = new ArrayList<>();
        long words = 0;
        long wordsKept = 0;
        for (Path pdf : pdfs) {
            List<Double> ratios = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            try (Document doc = Documents.open(pdf)) {
                int n = Math.min(doc.pageCount(), maxPages);
                for (int p = 1; p <= n; p++) {
                    PageGeometry g = doc.geometry(p);
                    PageText text = doc.textLayer(p);
                    PageStats stats = doc.stats(p);
                    PageGraphics graphics = doc.graphics(p);
                    List<ChartCandidate> charts = ChartDetector.detect(doc, p);
                    BufferedImage page = doc.render(p, RenderOptions.rgb(options.dpi()).withDownscale(true));
                    PagePlan plan = null;
                    long[] best = null;
                    // the same page REPEATS times, keeping the fastest: the JIT warms up and a loaded machine's
                    // stalls are not counted; thread CPU time, not wall time
                    for (int rep = 0; rep < REPEATS; rep++) {
                        long t0 = threads.getCurrentThreadCpuTime();
                        InkMap ink = InkMap.of(InkMap.halfGrey(page));
                        long t1 = threads.getCurrentThreadCpuTime();
                        plan = router.plan(g, text, stats, graphics, charts, ink);
                        long t2 = threads.getCurrentThreadCpuTime();
                        double scale = page.getWidth() / g.width();
                        for (RoutedRegion r : plan.regions()) {
                            if (r.route().route() == RouteKind.VISUAL) {
                                BufferedImage crop = crop(page, r.bbox(), scale);
                                if (crop != null) {
                                    slicer.slice(crop, r.bbox(), r.grid());
                                }
                            }
                        }
                        long t3 = threads.getCurrentThreadCpuTime();
                        long[] cur = {t3 - t0, t1 - t0, t2 - t1, t3 - t2};
                        if (best == null || cur[0] < best[0]) {
                            best = cur;
                        }
                    }
                    times.add(best[0] / 1e6);
                    inkMs.add(best[1] / 1e6);
                    planMs.add(best[2] / 1e6);
                    sliceMs.add(best[3] / 1e6);
                    if (experts && options.router()) {
                        PromptPlan filled = PlanExperts.fill(PromptPlan.of(plan, options, router), doc, ocr,
                                chartEngine);
                        int sent = TokenBudget.prompt(filled, options);
                        estimated.add(plan.ratio());
                        measured.add((double) sent / plan.defaultTokens());
                        ratios.add((double) sent / plan.defaultTokens());
                    } else {
                        ratios.add(plan.ratio());
                    }
                    floors.add(textFloor(plan));
                    long[] kept = keptWords(text, plan);
                    words += kept[0];
                    wordsKept += kept[1];
                }
            } catch (Exception e) {
                System.out.println("doc " + dir.relativize(pdf) + " FAILED: " + e);
                continue;
            }
            double m = median(ratios);
            docMedians.add(m);
            docFloors.add(median(floors));
            System.out.printf(Locale.ROOT, "doc %-40s pages=%3d median planned/default=%.3f%n",
                    dir.relativize(pdf), ratios.size(), m);
        }
        if (experts) {
            System.out.printf(Locale.ROOT, "experts ran: median page ratio measured %.3f vs router estimate %.3f%n",
                    median(measured), median(estimated));
            ocr.close();
        }
        double[] sorted = docMedians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "per-document medians (%d documents), sorted: %s%n", sorted.length,
                Arrays.stream(sorted).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
        System.out.printf(Locale.ROOT, "documents at or under 0.5: %d of %d%n",
                Arrays.stream(sorted).filter(v -> v <= 0.5).count(), sorted.length);
        System.out.printf(Locale.ROOT, "text alone (every word as text, no visual tokens): median over documents %.3f%n",
                median(docFloors));
        System.out.printf(Locale.ROOT, "median ms per page: downscale + ink map %.2f, regions + routing %.2f,"
                + " slicing %.2f; pages %d%n", median(inkMs), median(planMs), median(sliceMs), times.size());
        System.out.printf(Locale.ROOT, "text-layer words sent as text: %d of %d (%.2f%%)%n",
                wordsKept, words, 100.0 * wordsKept / Math.max(1, words));
        System.out.printf(Locale.ROOT, "BENCH %s: quire=%.3f peer=- ratio=- planned/default%n",
                experts ? "token_budget_ratio_experts" : "token_budget_ratio", median(docMedians));
        System.out.printf(Locale.ROOT, "BENCH route_slice_ms: quire=%.2f peer=- ratio=- ms/page (thread CPU)%n", median(times));
    }

    /**
     * [words, words sent as text]: a word is sent when its centre lies in a region that sends text, or, for text
     * drawn off the displayed page (printer's marks outside the crop box; the router cuts such a block's box to the
     * page edge but sends its text), when a text-layer region's text holds it.
     */
    private static long[] keptWords(PageText text, PagePlan plan) {
        long all = 0;
        long kept = 0;
        java.util.Set<String> offPageText = new java.util.HashSet<>();
        for (RoutedRegion r : plan.regions()) {
            if (r.route().route() == RouteKind.TEXT_LAYER) {
                offPageText.addAll(Arrays.asList(r.text().split("\\s+")));
            }
        }
        for (var w : text.words()) {
            all++;
            boolean offPage = w.bbox().centerX() < 0 || w.bbox().centerY() < 0 || w.bbox().centerX() > plan.width()
                    || w.bbox().centerY() > plan.height();
            if (offPage && offPageText.contains(w.text())) {
                kept++;
                continue;
            }
            for (RoutedRegion r : plan.regions()) {
                RouteKind k = r.route().route();
                boolean asText = k == RouteKind.TEXT_LAYER || k == RouteKind.OCR || k == RouteKind.CHART_EXPERT;
                BBox b = r.bbox();
                if (asText && w.bbox().centerX() >= b.x0() - 1 && w.bbox().centerX() <= b.x1() + 1
                        && w.bbox().centerY() >= b.y0() - 1 && w.bbox().centerY() <= b.y1() + 1) {
                    kept++;
                    break;
                }
            }
        }
        return new long[] {all, kept};
    }

    /** Tokens the plan spends on text alone (text, OCR and chart regions and their frame) over the default. */
    private static double textFloor(PagePlan plan) {
        int tokens = 0;
        int parts = 0;
        for (RoutedRegion r : plan.regions()) {
            RouteKind k = r.route().route();
            if (k == RouteKind.TEXT_LAYER || k == RouteKind.OCR || k == RouteKind.CHART_EXPERT) {
                tokens += r.tokens();
                parts++;
            }
        }
        return (double) (tokens + TokenBudget.textFrame(parts)) / plan.defaultTokens();
    }

    private static BufferedImage crop(BufferedImage page, BBox b, double scale) {
        int x0 = (int) Math.max(0, Math.floor(b.x0() * scale));
        int y0 = (int) Math.max(0, Math.floor(b.y0() * scale));
        int x1 = (int) Math.min(page.getWidth(), Math.ceil(b.x1() * scale));
        int y1 = (int) Math.min(page.getHeight(), Math.ceil(b.y1() * scale));
        return x1 - x0 < 2 || y1 - y0 < 2 ? null : page.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
