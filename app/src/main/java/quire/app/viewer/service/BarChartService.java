package quire.app.viewer.service;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.app.viewer.task.Cancellation;
import quire.ocr.text.BBox;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.detect.ChartDetector;
import quire.pipeline.document.Document;
import quire.pipeline.document.RenderOptions;

/**
 * Charts are found by the pipeline's {@link ChartDetector}; their tables are read by a deliberately small raster
 * reader for vertical bar charts, standing in for the pipeline's chart-to-table job: bars are
 * runs of columns of saturated colour; a bar's value is its height above the common baseline, in points
 * (no axis reading). Good enough to drive the panel end to end; the real engine replaces it.
 */
public final class BarChartService implements ChartService {

    private static final int MIN_BAR_WIDTH = 3;
    private static final int MIN_BAR_HEIGHT = 3;

    /** The pipeline's chart detector first (vector and raster charts); this class's bar finder when it sees none. */
    @Override
    public List<BBox> detect(Document document, int page, Cancellation cancellation) throws Exception {
        List<BBox> found = ChartDetector.detect(document, page).stream().map(ChartCandidate::bbox).toList();
        cancellation.throwIfCancelled();
        return found.isEmpty() ? detectBars(document, page, cancellation) : found;
    }

    private List<BBox> detectBars(Document document, int page, Cancellation cancellation) throws Exception {
        BufferedImage img = document.render(page, RenderOptions.rgb(72));
        List<BBox> bars = bars(img, 0, 0, img.getWidth(), img.getHeight(), cancellation);
        if (bars.size() < 2) {
            return List.of();
        }
        BBox all = BBox.unionOf(bars);
        double pad = 8;
        return List.of(new BBox(Math.max(0, all.x0() - pad), Math.max(0, all.y0() - pad),
                Math.min(img.getWidth(), all.x1() + pad), Math.min(img.getHeight(), all.y1() + pad)));
    }

    @Override
    public ChartTable extract(Document document, int page, BBox region, Cancellation cancellation) throws Exception {
        BufferedImage img = document.render(page, RenderOptions.rgb(72)); // 72 dpi: one pixel per point
        int x0 = clamp((int) Math.floor(region.x0()), img.getWidth());
        int y0 = clamp((int) Math.floor(region.y0()), img.getHeight());
        int x1 = clamp((int) Math.ceil(region.x1()), img.getWidth());
        int y1 = clamp((int) Math.ceil(region.y1()), img.getHeight());
        List<BBox> bars = bars(img, x0, y0, x1, y1, cancellation);
        List<String> warnings = new ArrayList<>();
        if (bars.isEmpty()) {
            warnings.add("no bars found in the region");
        }
        warnings.add("values are bar heights in points; axis labels are not read by this engine");
        double baseline = bars.stream().mapToDouble(BBox::y1).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        List<ChartTable.Cell> cells = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            BBox bar = bars.get(i);
            rows.add(List.of("Bar " + (i + 1), String.format(java.util.Locale.ROOT, "%.1f", baseline - bar.y0())));
            cells.add(new ChartTable.Cell(i + 1, 0, new BBox(bar.x0(), bar.y1(), bar.x1(), Math.min(img.getHeight(), bar.y1() + 12))));
            cells.add(new ChartTable.Cell(i + 1, 1, bar));
        }
        return new ChartTable("raster-bars", "bar", new BBox(x0, y0, x1, y1), List.of("Bar", "Height (pt)"), rows,
                cells, warnings);
    }

    /**
     * Bars left to right inside the given pixel rectangle: per column the longest vertical run of bar colour, runs of
     * neighbouring columns with the same top grouped into bars, and only bars standing on the common baseline kept
     * (icons, coloured text and legends stand elsewhere).
     */
    static List<BBox> bars(BufferedImage img, int x0, int y0, int x1, int y1, Cancellation cancellation) {
        int n = Math.max(0, x1 - x0);
        int[] top = new int[n];
        int[] bottom = new int[n];
        for (int x = x0; x < x1; x++) {
            if ((x & 63) == 0) {
                cancellation.throwIfCancelled();
            }
            int bestStart = -1;
            int bestLen = 0;
            int start = -1;
            for (int y = y0; y <= y1; y++) {
                boolean on = y < y1 && isBarColour(img.getRGB(x, y));
                if (on && start < 0) {
                    start = y;
                } else if (!on && start >= 0) {
                    if (y - start > bestLen) {
                        bestLen = y - start;
                        bestStart = start;
                    }
                    start = -1;
                }
            }
            top[x - x0] = bestLen >= MIN_BAR_HEIGHT ? bestStart : -1;
            bottom[x - x0] = bestStart + bestLen - 1;
        }
        List<BBox> candidates = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean on = i < n && top[i] >= 0 && (start < 0 || (Math.abs(top[i] - top[start]) <= 2
                    && Math.abs(bottom[i] - bottom[start]) <= 2));
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                if (i - start >= MIN_BAR_WIDTH) {
                    int t = Integer.MAX_VALUE;
                    int b = 0;
                    for (int k = start; k < i; k++) {
                        t = Math.min(t, top[k]);
                        b = Math.max(b, bottom[k]);
                    }
                    candidates.add(new BBox(x0 + start, t, x0 + i, b + 1));
                }
                start = i < n && top[i] >= 0 ? i : -1;
            }
        }
        return onBaseline(candidates);
    }

    /** The bars whose bottom is within 3 pixels of the bottom most of their width shares. */
    private static List<BBox> onBaseline(List<BBox> candidates) {
        java.util.Map<Long, Double> widthByBottom = new java.util.HashMap<>();
        for (BBox c : candidates) {
            widthByBottom.merge(Math.round(c.y1()), c.width(), Double::sum);
        }
        double bestWidth = 0;
        long baseline = 0;
        for (var e : widthByBottom.entrySet()) {
            double w = 0;
            for (var f : widthByBottom.entrySet()) {
                if (Math.abs(f.getKey() - e.getKey()) <= 3) {
                    w += f.getValue();
                }
            }
            if (w > bestWidth) {
                bestWidth = w;
                baseline = e.getKey();
            }
        }
        List<BBox> out = new ArrayList<>();
        for (BBox c : candidates) {
            if (Math.abs(Math.round(c.y1()) - baseline) <= 3) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isBarColour(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max - min > 60 && max > 80; // saturated colour: not text, not grid lines, not background
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
