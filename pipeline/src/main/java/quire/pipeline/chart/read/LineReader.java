package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.metric.Levenshtein;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Pt;

/**
 * Reads line charts: categories are the lines' vertices (vector) or the tick labels under the plot (raster, where
 * lines are dense pixel traces); each series' value at a category is its data label near the point when there is
 * one, else the calibrated axis value of the line there.
 */
final class LineReader {

    private static final int MAX_VERTICES = 80;
    private final Context ctx;

    LineReader(Context ctx) {
        this.ctx = ctx;
    }

    static List<Poly> lines(Context ctx) {
        double regionW = ctx.scene.region().width();
        return ctx.scene.lines().stream().filter(p -> !ctx.legend.samples().contains(p) && Context.isInk(p.rgb())
                && p.points().size() >= 2 && p.bbox().width() > 20
                // a short straight piece is a legend's sample of a line, not a series
                && !(p.points().size() <= 3 && p.bbox().width() < 0.12 * regionW)).toList();
    }

    Optional<ChartTable> read(List<Poly> polys, String engine) {
        if (polys.isEmpty()) {
            return Optional.empty();
        }
        BBox marks = BBox.unionOf(polys.stream().map(Poly::bbox).toList());
        Optional<ValueAxis> axis = ValueAxis.find(ctx.free(), marks, true, ctx.used);
        axis.ifPresent(a -> ctx.used.addAll(a.ticks()));
        double bottom = axis.map(a -> Math.max(marks.y1(), a.ticks().stream().mapToDouble(w -> w.bbox().y1()).max()
                .orElse(marks.y1()) - 2)).orElse(marks.y1());
        bottom = Math.max(bottom, marks.y1());
        Optional<List<Word>> catTitle = ctx.bottomTitle(bottom, marks);
        catTitle.ifPresent(ctx.used::addAll);
        Optional<List<Word>> valueTitle = ctx.leftTitle(marks);
        valueTitle.ifPresent(ctx.used::addAll);

        final double labelTop = bottom;
        List<Word> below = ctx.free().stream().filter(w -> w.bbox().y0() >= labelTop - 2
                && w.bbox().centerX() >= marks.x0() - 30 && w.bbox().centerX() <= marks.x1() + 30).toList();
        // the labels' band starts at the first row of words under the marks, however far below the lowest point
        // they are, that holds most words: a stray word (the lowest point's data label, or OCR noise made of the
        // line's end) can stand alone above the labels
        List<List<Word>> rows = Words.lines(below);
        List<Word> labelRow = rows.isEmpty() ? List.of() : rows.get(0);
        for (List<Word> r : rows.subList(0, Math.min(3, rows.size()))) {
            if (r.size() > labelRow.size()) {
                labelRow = r;
            }
        }
        double start = labelRow.stream().mapToDouble(w -> w.bbox().y0()).min().orElse(labelTop);
        below = Words.band(below.stream().filter(w -> w.bbox().y0() >= start - 4).toList(), start);
        List<Double> xs = new ArrayList<>();
        boolean sparse = polys.stream().allMatch(p -> p.points().size() <= MAX_VERTICES);
        if (sparse) {
            for (Poly p : polys) {
                for (Pt pt : p.points()) {
                    if (xs.stream().noneMatch(x -> Math.abs(x - pt.x()) < 1.5)) {
                        xs.add(pt.x());
                    }
                }
            }
        } else {
            Map<Word, Double> anchors = Words.anchors(below);
            for (List<Word> label : labelGroups(below)) {
                // slanted labels end at their tick: the topmost word's anchor
                Word top = label.stream().min(Comparator.comparingDouble(w -> w.bbox().y0())).orElseThrow();
                xs.add(anchors.get(top));
            }
        }
        xs.sort(Double::compare);
        if (xs.isEmpty()) {
            return Optional.empty();
        }
        double spacing = xs.size() > 1 ? (xs.get(xs.size() - 1) - xs.get(0)) / (xs.size() - 1) : marks.width();
        Map<Integer, List<Word>> labels = new HashMap<>();
        Map<Word, Double> anchors = Words.anchors(below);
        for (Word w : below) {
            int best = nearest(xs, anchors.get(w), 0.6 * spacing);
            if (best >= 0) {
                labels.computeIfAbsent(best, k -> new ArrayList<>()).add(w);
            }
        }
        labels.values().forEach(ctx.used::addAll);

        List<Poly> ordered = orderedSeries(polys);
        Grid grid = new Grid();
        catTitle.ifPresentOrElse(t -> grid.corner(Words.join(t), Words.box(t)), () -> grid.corner("", null));
        for (Poly p : ordered) {
            Legend.Entry e = ctx.legend.match(p.rgb());
            String name = e != null ? e.name() : ordered.size() == 1 ? loneName(valueTitle, marks)
                    : "Series " + (grid.seriesCount() + 1);
            grid.addSeries(name, e != null ? e.bbox() : null);
        }
        for (int i = 0; i < xs.size(); i++) {
            List<Word> lw = labels.getOrDefault(i, List.of());
            grid.addCategory(Words.join(lw), lw.isEmpty() ? null : Words.box(lw));
        }
        // data labels: nearest free number to each point, greedily
        record Pair(int cat, int series, Word w, double d) {
        }
        List<Pair> pairs = new ArrayList<>();
        List<Word> nums = ctx.free().stream().filter(Words::isNumber).toList();
        for (int s = 0; s < ordered.size(); s++) {
            Poly p = ordered.get(s);
            for (int i = 0; i < xs.size(); i++) {
                double x = xs.get(i);
                if (x < p.bbox().x0() - 2 || x > p.bbox().x1() + 2) {
                    continue;
                }
                double y = p.yAt(x);
                for (Word w : nums) {
                    double dx = Math.abs(w.bbox().centerX() - x);
                    double dy = Math.abs(w.bbox().centerY() - y);
                    if (dx < Math.max(0.45 * spacing, w.bbox().width() / 2 + 2) && dy < 3 * w.bbox().height()) {
                        pairs.add(new Pair(i, s, w, Math.hypot(dx, dy)));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::d));
        Set<Word> taken = new HashSet<>();
        Set<Long> filled = new HashSet<>();
        for (Pair p : pairs) {
            long key = (long) p.cat() * 1000 + p.series();
            if (filled.contains(key) || taken.contains(p.w())) {
                continue;
            }
            Poly poly = ordered.get(p.series());
            double x = xs.get(p.cat());
            if (axis.isPresent()) {
                double geom = axis.get().value(poly.yAt(x));
                double lab = Words.number(p.w()).orElseThrow();
                double range = Math.abs(axis.get().value(marks.y0()) - axis.get().value(marks.y1())) + 1e-9;
                if (Math.abs(geom - lab) > 0.2 * range) {
                    continue;
                }
            }
            filled.add(key);
            taken.add(p.w());
            double y = poly.yAt(x);
            grid.set(p.cat(), p.series(), Words.plain(p.w()), p.w().bbox().union(new BBox(x - 2, y - 2, x + 2, y + 2)));
        }
        ctx.used.addAll(taken);
        int missing = 0;
        for (int s = 0; s < ordered.size(); s++) {
            Poly p = ordered.get(s);
            for (int i = 0; i < xs.size(); i++) {
                double x = xs.get(i);
                if (filled.contains((long) i * 1000 + s) || x < p.bbox().x0() - 2 || x > p.bbox().x1() + 2) {
                    continue;
                }
                if (axis.isPresent()) {
                    double y = p.yAt(x);
                    grid.set(i, s, Words.format(axis.get().value(y), axis.get().readDecimals()),
                            new BBox(x - 2, y - 2, x + 2, y + 2));
                } else {
                    missing++;
                }
            }
        }
        if (missing > 0) {
            grid.warnings.add(missing + " points have neither a data label nor a readable value axis");
        }
        return Optional.of(grid.build(engine, "line", marks));
    }

    /**
     * The lone series' name: when the value axis title starts with the chart title's subject ("Sales (in thousand
     * units)" under "Sales (in ...), 2018 to 2022") or reads like a garbled copy of it, the subject: what the axis
     * title says without its unit, read from upright text, which OCR reads better than the turned axis title.
     */
    private String loneName(Optional<List<Word>> valueTitle, BBox marks) {
        String name = ctx.loneSeriesName(valueTitle, marks);
        String subject = ctx.title(marks).map(Words::seriesName).orElse("");
        String a = name.toLowerCase(java.util.Locale.ROOT);
        String t = subject.toLowerCase(java.util.Locale.ROOT);
        if (valueTitle.isPresent() && t.length() >= 3 && (a.startsWith(t) || Levenshtein.normalized(a, t) <= 0.5)) {
            return subject;
        }
        return name;
    }

    private List<Poly> orderedSeries(List<Poly> polys) {
        List<Poly> out = new ArrayList<>();
        for (int rgb : ctx.legend.entries().keySet()) {
            polys.stream().filter(p -> ctx.legend.matchColour(p.rgb()) == rgb && !out.contains(p)).findFirst()
                    .ifPresent(out::add);
        }
        for (Poly p : polys) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static int nearest(List<Double> xs, double x, double within) {
        int best = -1;
        double bestD = within;
        for (int i = 0; i < xs.size(); i++) {
            double d = Math.abs(xs.get(i) - x);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Words of the first row under the plot grouped into labels by horizontal gaps. */
    private static List<List<Word>> labelGroups(List<Word> below) {
        List<List<Word>> lines = Words.lines(below);
        if (lines.isEmpty()) {
            return List.of();
        }
        // the row with most labels: a stray word read from the line's own end can stand alone above it
        List<Word> row = lines.get(0);
        for (List<Word> l : lines.subList(0, Math.min(3, lines.size()))) {
            if (l.size() > row.size()) {
                row = l;
            }
        }
        List<List<Word>> out = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (Word w : row) {
            // slanted labels (boxes about as tall as wide) overlap their neighbours' boxes: one word, one label
            boolean slanted = w.bbox().height() > 0.65 * w.bbox().width() && !Words.rotated(w);
            if (!cur.isEmpty() && (slanted
                    || w.bbox().x0() - cur.get(cur.size() - 1).bbox().x1() > 0.8 * w.bbox().height())) {
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
