package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.read.ChartScene.Wedge;

/**
 * Reads pie and donut charts: each wedge's share is its area over the whole (snapped to a printed percentage when
 * one is close), its name from the legend or the nearest non-numeric label outside the pie.
 */
final class PieReader {

    private final Context ctx;

    PieReader(Context ctx) {
        this.ctx = ctx;
    }

    Optional<ChartTable> read(List<Wedge> wedges, String engine) {
        if (wedges.size() < 2) {
            return Optional.empty();
        }
        BBox pie = BBox.unionOf(wedges.stream().map(Wedge::box).toList());
        double cx = pie.centerX(), cy = pie.centerY();
        double total = wedges.stream().mapToDouble(Wedge::area).sum();
        List<Word> nums = new ArrayList<>(ctx.free().stream().filter(Words::isNumber).toList());
        Optional<String> title = ctx.title(pie);
        Grid grid = new Grid();
        grid.corner("", null);
        grid.addSeries(title.map(Words::seriesName).filter(s -> !s.isEmpty()).orElse("Share"), null);
        Set<Word> taken = new HashSet<>();
        // percentages first, so names are looked for among what is left
        List<String> values = new ArrayList<>();
        List<BBox> valueBoxes = new ArrayList<>();
        for (Wedge w : wedges) {
            double share = 100 * w.area() / total;
            Word best = null;
            double bestD = Math.max(2.5, 0.15 * share);
            for (Word n : nums) {
                double d = Math.abs(Words.number(n).orElseThrow() - share);
                if (!taken.contains(n) && d < bestD) {
                    bestD = d;
                    best = n;
                }
            }
            if (best != null) {
                taken.add(best);
                values.add(Words.plain(best));
                valueBoxes.add(w.box().union(best.bbox()));
            } else {
                values.add(Words.format(share, 1));
                valueBoxes.add(w.box());
            }
        }
        ctx.used.addAll(taken);
        title.ifPresent(t -> ctx.used.addAll(ctx.free().stream().filter(x -> x.bbox().y1() < pie.y0()
                && Words.lines(ctx.free().stream().filter(y -> y.bbox().y1() < pie.y0()).toList()).get(0).contains(x))
                .toList()));
        List<List<Word>> outside = Words.lines(ctx.free().stream().filter(x -> !Words.isNumber(x)).toList());
        List<List<Word>> names = new ArrayList<>();
        for (List<Word> line : outside) {
            names.addAll(splitByGaps(line));
        }
        Set<List<Word>> usedNames = new HashSet<>();
        Legend.Entry[] named = legendNames(wedges);
        for (int i = 0; i < wedges.size(); i++) {
            Wedge w = wedges.get(i);
            Legend.Entry e = named[i];
            if (e != null) {
                grid.addCategory(e.name(), e.bbox());
            } else {
                double ang = Math.atan2(w.cy() - cy, w.cx() - cx);
                List<Word> best = null;
                double bestD = Math.PI / 4;
                for (List<Word> n : names) {
                    BBox b = Words.box(n);
                    double a = Math.atan2(b.centerY() - cy, b.centerX() - cx);
                    double d = Math.abs(Math.atan2(Math.sin(a - ang), Math.cos(a - ang)));
                    if (!usedNames.contains(n) && d < bestD) {
                        bestD = d;
                        best = n;
                    }
                }
                if (best != null) {
                    usedNames.add(best);
                    grid.addCategory(Words.join(best), Words.box(best));
                } else {
                    grid.addCategory("", null);
                }
            }
            grid.set(i, 0, values.get(i), valueBoxes.get(i));
        }
        return Optional.of(grid.build(engine, "pie", pie));
    }

    /**
     * Each wedge's legend entry: pairs of wedge and entry colours nearest first, each used once (the shades of one
     * hue a pie is often drawn in differ little, and a wedge's averaged colour is a shade off its swatch's).
     */
    private Legend.Entry[] legendNames(List<Wedge> wedges) {
        Legend.Entry[] out = new Legend.Entry[wedges.size()];
        record Pair(int wedge, int colour, int d) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < wedges.size(); i++) {
            for (int c : ctx.legend.entries().keySet()) {
                int d = Legend.distance(c, wedges.get(i).rgb());
                if (d < 90) {
                    pairs.add(new Pair(i, c, d));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(Pair::d));
        Set<Integer> takenColours = new HashSet<>();
        for (Pair p : pairs) {
            if (out[p.wedge()] == null && takenColours.add(p.colour())) {
                out[p.wedge()] = ctx.legend.entries().get(p.colour());
            }
        }
        return out;
    }

    private static List<List<Word>> splitByGaps(List<Word> line) {
        List<List<Word>> out = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (Word w : line) {
            if (!cur.isEmpty() && w.bbox().x0() - cur.get(cur.size() - 1).bbox().x1() > 0.8 * w.bbox().height()) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(w);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }
}
