package quire.pipeline.chart.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;
import quire.pipeline.chart.detect.ChartCandidate.Origin;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PageGraphics.VectorPath;

/**
 * Finds charts drawn as vector paths: bars on a shared baseline, sloped data polylines, pie wedges. Each group of
 * marks is grown by the axis rules and the words (tick labels, legend, title) around it into one chart region.
 * A pure function of the page's graphics and text layer.
 */
public final class VectorChartDetector {

    /** Bars must reach this length (points) somewhere in a group: legend swatches and table shading do not. */
    private static final double MIN_BAR_LENGTH = 15;
    /** How far around the marks axis labels and legends are looked for, as a share of the marks' size. */
    private static final double LABEL_MARGIN = 0.25;
    private static final double MIN_LABEL_MARGIN = 24;

    private VectorChartDetector() {
    }

    public static List<ChartCandidate> detect(PageGraphics graphics, PageText text) {
        VectorMarks marks = VectorMarks.of(graphics);
        List<Word> words = text == null ? List.of() : text.words();
        AxisEvidence axes = new AxisEvidence(marks.rules(), words);
        List<ChartCandidate> found = new ArrayList<>();
        found.addAll(barGroups(marks.bars(), words, b -> round(b.y1()), BBox::height, BBox::width, "bar").stream()
                .filter(axes::supportsColumns).toList());
        found.addAll(barGroups(marks.bars(), words, b -> round(b.x0()), BBox::width, BBox::height, "hbar").stream()
                .filter(axes::supportsHorizontalBars).toList());
        found.addAll(lineCharts(marks.polylines()).stream().filter(axes::supportsLines).toList());
        found.addAll(pieCharts(marks.wedges()));
        List<ChartCandidate> merged = mergeOverlapping(found);
        List<ChartCandidate> grown = new ArrayList<>();
        for (ChartCandidate c : merged) {
            grown.add(grow(c, marks.rules(), words, graphics));
        }
        return grown;
    }

    private static double round(double v) {
        return Math.round(v * 2) / 2.0;
    }

    /** Bars standing on one baseline (same bottom for columns, same left edge for horizontal bars) with varied lengths. */
    private static List<ChartCandidate> barGroups(List<BBox> bars, List<Word> words, ToDoubleFunction<BBox> baseline,
            ToDoubleFunction<BBox> length, ToDoubleFunction<BBox> thickness, String kind) {
        Map<Double, List<BBox>> byBase = new TreeMap<>();
        for (BBox b : bars) {
            byBase.computeIfAbsent(baseline.applyAsDouble(b), k -> new ArrayList<>()).add(b);
        }
        List<ChartCandidate> out = new ArrayList<>();
        for (List<BBox> group : byBase.values()) {
            if (group.size() < 2) {
                continue;
            }
            double max = group.stream().mapToDouble(length).max().orElse(0);
            double min = group.stream().mapToDouble(length).min().orElse(0);
            if (max < MIN_BAR_LENGTH || max < min * 1.05) {
                continue; // equal lengths: table shading or a legend, not data
            }
            double thick = group.stream().mapToDouble(thickness).max().orElse(0);
            double thin = group.stream().mapToDouble(thickness).min().orElse(0);
            if (thin < thick * 0.9) {
                continue; // a chart draws its bars equally thick; form fields and layout boxes vary
            }
            if (AxisEvidence.wordyBoxes(group, words) * 2 > group.size()) {
                continue; // shaded table rows and form fields hold words; bars hold at most a number
            }
            double score = Math.min(1.0, 0.5 + 0.1 * group.size());
            out.add(new ChartCandidate(BBox.unionOf(group), Origin.VECTOR, kind, score,
                    group.size() + " vector bars on a common baseline"));
        }
        return out;
    }

    private static List<ChartCandidate> lineCharts(List<VectorPath> polylines) {
        List<ChartCandidate> out = new ArrayList<>();
        for (VectorPath p : polylines) {
            int points = p.subpaths().stream().mapToInt(List::size).sum();
            if (points >= 3 && p.bbox().width() >= 40 && isFunctionOfX(p)) {
                out.add(new ChartCandidate(p.bbox(), Origin.VECTOR, "line", Math.min(1.0, 0.5 + 0.05 * points),
                        "a vector data line with " + points + " points"));
            }
        }
        return out;
    }

    /** A data series moves one way along x: every subpath's x never turns back (diagrams and arrows do). */
    private static boolean isFunctionOfX(VectorPath p) {
        for (List<PageGraphics.Point> sub : p.subpaths()) {
            int direction = 0;
            for (int i = 1; i < sub.size(); i++) {
                double dx = sub.get(i).x() - sub.get(i - 1).x();
                if (Math.abs(dx) < 0.01) {
                    continue;
                }
                int d = dx > 0 ? 1 : -1;
                if (direction != 0 && d != direction) {
                    return false;
                }
                direction = d;
            }
        }
        return true;
    }

    /** Wedges meeting at one centre: the first point of a pie slice path is usually the centre, so compare boxes. */
    private static List<ChartCandidate> pieCharts(List<VectorPath> wedges) {
        List<ChartCandidate> out = new ArrayList<>();
        if (wedges.size() >= 2 && shareACentre(wedges)) {
            BBox all = BBox.unionOf(wedges.stream().map(VectorPath::bbox).toList());
            double aspect = all.width() / Math.max(1e-6, all.height());
            if (aspect > 0.7 && aspect < 1.4) {
                out.add(new ChartCandidate(all, Origin.VECTOR, "pie", Math.min(1.0, 0.5 + 0.1 * wedges.size()),
                        wedges.size() + " vector wedges forming a disc"));
            }
        }
        return out;
    }

    /** Pie slices all touch the pie's centre: some vertex of the first wedge lies on every other wedge. */
    private static boolean shareACentre(List<VectorPath> wedges) {
        for (PageGraphics.Point p : wedges.get(0).subpaths().get(0)) {
            boolean all = true;
            for (int i = 1; i < wedges.size() && all; i++) {
                all = wedges.get(i).subpaths().stream().flatMap(List::stream)
                        .anyMatch(q -> Math.abs(q.x() - p.x()) < 1 && Math.abs(q.y() - p.y()) < 1);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<ChartCandidate> mergeOverlapping(List<ChartCandidate> candidates) {
        List<ChartCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(ChartCandidate::score).reversed());
        List<ChartCandidate> out = new ArrayList<>();
        for (ChartCandidate c : sorted) {
            boolean absorbed = false;
            for (int i = 0; i < out.size(); i++) {
                ChartCandidate o = out.get(i);
                if (o.bbox().intersects(c.bbox())) {
                    out.set(i, new ChartCandidate(o.bbox().union(c.bbox()), Origin.VECTOR, o.kind(),
                            Math.max(o.score(), c.score()), o.reason()));
                    absorbed = true;
                    break;
                }
            }
            if (!absorbed) {
                out.add(c);
            }
        }
        return out;
    }

    /** Adds the axis rules and the words near the marks, which tick labels, legends and titles are. */
    private static ChartCandidate grow(ChartCandidate c, List<BBox> rules, List<Word> words, PageGraphics g) {
        BBox marks = c.bbox();
        double mx = Math.max(MIN_LABEL_MARGIN, LABEL_MARGIN * marks.width());
        double my = Math.max(MIN_LABEL_MARGIN, LABEL_MARGIN * marks.height());
        BBox zone = new BBox(Math.max(0, marks.x0() - mx), Math.max(0, marks.y0() - my),
                Math.min(g.width(), marks.x1() + mx), Math.min(g.height(), marks.y1() + my));
        BBox region = marks;
        int labels = 0;
        for (BBox r : rules) {
            // axes and grid lines overlap the zone and are not much longer than the chart
            if (zone.intersects(r) && r.width() <= zone.width() * 1.2 && r.height() <= zone.height() * 1.2) {
                region = region.union(r);
            }
        }
        for (Word w : words) {
            if (contains(zone, w.bbox())) {
                region = region.union(w.bbox());
                labels++;
            }
        }
        double score = Math.min(1.0, c.score() + (labels > 0 ? 0.1 : 0));
        return new ChartCandidate(region, c.origin(), c.kind(), score,
                c.reason() + (labels > 0 ? ", " + labels + " label words around" : ""));
    }

    private static boolean contains(BBox outer, BBox inner) {
        return inner.x0() >= outer.x0() && inner.x1() <= outer.x1() && inner.y0() >= outer.y0()
                && inner.y1() <= outer.y1();
    }
}
