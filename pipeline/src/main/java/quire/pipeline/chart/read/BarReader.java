package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.read.ChartScene.Rect;

/**
 * Reads bar charts (columns or horizontal bars; grouped and stacked): bars are grouped into category slots along
 * the category axis, each bar's value comes from its data label when one sits at its end, else from the calibrated
 * value axis.
 */
final class BarReader {

    private final Context ctx;
    private final boolean vertical;

    BarReader(Context ctx, boolean vertical) {
        this.ctx = ctx;
        this.vertical = vertical;
    }

    static List<Rect> bars(Context ctx) {
        double regionArea = ctx.scene.region().area();
        return ctx.scene.rects().stream().filter(r -> !ctx.legend.swatches().contains(r) && Context.isInk(r.rgb())
                && r.box().area() < 0.6 * regionArea && Math.min(r.box().width(), r.box().height()) >= 1
                && !isMarker(r, ctx.scene.lines())).toList();
    }

    private static boolean near(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff)) < 60;
    }

    /** A small square sitting on a line of its colour is a line marker, not a bar. */
    private static boolean isMarker(Rect r, List<ChartScene.Poly> lines) {
        BBox b = r.box();
        if (b.width() > 14 || b.height() > 14) {
            return false;
        }
        for (ChartScene.Poly p : lines) {
            if (near(p.rgb(), r.rgb()) && p.bbox().width() > 20 && b.centerX() >= p.bbox().x0() - 2
                    && b.centerX() <= p.bbox().x1() + 2 && Math.abs(p.yAt(b.centerX()) - b.centerY()) < 4) {
                return true;
            }
        }
        return false;
    }

    /** True when more bars share a left edge than a bottom edge. */
    static boolean horizontal(List<Rect> bars) {
        int v = maxShared(bars, true);
        int h = maxShared(bars, false);
        if (h != v) {
            return h > v;
        }
        double w = bars.stream().mapToDouble(r -> r.box().width()).average().orElse(0);
        double hh = bars.stream().mapToDouble(r -> r.box().height()).average().orElse(0);
        return w > hh;
    }

    private static int maxShared(List<Rect> bars, boolean bottom) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Rect r : bars) {
            counts.merge(Math.round(bottom ? r.box().y1() : r.box().x0()), 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    Optional<ChartTable> read(List<Rect> all, String engine) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        // bars of a chart are about equally thick; much thinner boxes are icons, swatches or specks
        double[] thick = all.stream().mapToDouble(r -> vertical ? r.box().width() : r.box().height()).sorted()
                .toArray();
        double median = thick[thick.length / 2];
        List<Rect> bars = all.stream().filter(r -> (vertical ? r.box().width() : r.box().height()) >= 0.5 * median)
                .toList();
        BBox marks = BBox.unionOf(bars.stream().map(Rect::box).toList());
        Optional<ValueAxis> axis = ValueAxis.find(ctx.free(), marks, vertical, ctx.used);
        axis.ifPresent(a -> ctx.used.addAll(a.ticks()));
        List<List<Rect>> slots = slots(bars);
        List<Integer> colours = seriesColours(bars, slots);
        boolean lone = colours.size() == 1;
        double base = baseline(bars);

        // category labels: beyond the baseline, nearest slot
        double spacing = spacing(slots);
        Optional<List<Word>> catTitle = vertical ? ctx.bottomTitle(base, marks) : ctx.leftTitle(marks);
        catTitle.ifPresent(ctx.used::addAll);
        Optional<List<Word>> valueTitle = vertical ? ctx.leftTitle(marks) : axis.flatMap(a -> {
            BBox ticks = Words.box(a.ticks());
            return ctx.titleBelow(ticks.y1(), ticks.height(), marks);
        }).or(() -> ctx.bottomTitle(base, marks));
        valueTitle.ifPresent(ctx.used::addAll);
        Map<Integer, List<Word>> labels = new HashMap<>();
        List<Word> candidates = ctx.free().stream().filter(w -> vertical ? w.bbox().y0() >= base - 2
                : w.bbox().x1() <= base + 2 && !Words.rotated(w)).toList();
        if (vertical) {
            candidates = Words.band(candidates, base);
        }
        Map<Word, Double> anchors = vertical ? Words.anchors(candidates) : Map.of();
        for (Word w : candidates) {
            BBox b = w.bbox();
            double pos = vertical ? anchors.get(w) : b.centerY();
            int best = -1;
            double bestD = 0.75 * spacing;
            for (int i = 0; i < slots.size(); i++) {
                double d = Math.abs(center(slots.get(i)) - pos);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            if (best >= 0) {
                labels.computeIfAbsent(best, k -> new ArrayList<>()).add(w);
            }
        }
        labels.values().forEach(ctx.used::addAll);

        // data labels: numbers at the bars' ends
        Map<Rect, Word> dataLabels = dataLabels(bars, axis);

        Grid grid = new Grid();
        catTitle.ifPresentOrElse(t -> grid.corner(Words.join(t), Words.box(t)), () -> grid.corner("", null));
        Map<Integer, Integer> seriesIndex = new LinkedHashMap<>();
        for (int rgb : colours) {
            Legend.Entry e = ctx.legend.entries().get(rgb);
            String name = e != null ? e.name() : lone ? ctx.loneSeriesName(valueTitle, marks) : "Series " + (seriesIndex.size() + 1);
            seriesIndex.put(rgb, grid.addSeries(name, e != null ? e.bbox() : valueTitle.map(Words::box).orElse(null)));
        }
        int missing = 0;
        for (int i = 0; i < slots.size(); i++) {
            List<Word> lw = labels.getOrDefault(i, List.of());
            int row = grid.addCategory(Words.join(lw), lw.isEmpty() ? null : Words.box(lw));
            for (Rect r : slots.get(i)) {
                int s = lone ? 0 : seriesIndex.get(r.rgb());
                Word label = dataLabels.get(r);
                if (label != null) {
                    grid.set(row, s, Words.plain(label), r.box().union(label.bbox()));
                } else if (axis.isPresent()) {
                    grid.set(row, s, Words.format(value(r, axis.get()), axis.get().readDecimals()), r.box());
                } else {
                    missing++;
                }
            }
        }
        if (missing > 0) {
            grid.warnings.add(missing + " bars have neither a data label nor a readable value axis");
        }
        if (labels.size() < slots.size()) {
            grid.warnings.add((slots.size() - labels.size()) + " categories have no label");
        }
        return Optional.of(grid.build(engine, vertical ? "bar" : "hbar", marks));
    }

    private double value(Rect r, ValueAxis axis) {
        BBox b = r.box();
        double zero = axis.log() ? Double.NaN : axis.position(0);
        // a bar standing on the zero line ends there: its last pixel rows hide under the axis line or blur
        if (!Double.isNaN(zero) && vertical && Math.abs(b.y1() - zero) <= 2.5) {
            b = new BBox(b.x0(), b.y0(), b.x1(), Math.max(b.y0() + 0.5, zero));
        } else if (!Double.isNaN(zero) && !vertical && Math.abs(b.x0() - zero) <= 2.5) {
            b = new BBox(Math.min(zero, b.x1() - 0.5), b.y0(), b.x1(), b.y1());
        }
        if (vertical) {
            boolean negative = !Double.isNaN(zero) && b.y0() >= zero - 1 && b.y1() > zero + 1;
            return negative ? axis.value(b.y1()) - axis.value(b.y0()) : axis.value(b.y0())
                    - (axis.log() ? 0 : axis.value(b.y1()));
        }
        boolean negative = !Double.isNaN(zero) && b.x1() <= zero + 1 && b.x0() < zero - 1;
        return negative ? axis.value(b.x0()) - axis.value(b.x1()) : axis.value(b.x1())
                - (axis.log() ? 0 : axis.value(b.x0()));
    }

    /** Greedy nearest assignment of free numeric words to bar ends (inside the bar counts as nearest). */
    private Map<Rect, Word> dataLabels(List<Rect> bars, Optional<ValueAxis> axis) {
        record Pair(Rect bar, Word word, double d) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Word w : ctx.free()) {
            if (!Words.isNumber(w)) {
                continue;
            }
            BBox l = w.bbox();
            for (Rect r : bars) {
                BBox b = r.box();
                double along = vertical ? l.centerX() : l.centerY();
                double lo = vertical ? b.x0() : b.y0();
                double hi = vertical ? b.x1() : b.y1();
                if (along < lo - 1 || along > hi + 1) {
                    continue;
                }
                double p = vertical ? l.centerY() : l.centerX();
                double end = vertical ? b.y0() : b.x1();
                double start = vertical ? b.y1() : b.x0();
                boolean inside = vertical ? p >= b.y0() && p <= b.y1() : p >= b.x0() && p <= b.x1();
                double d = inside ? 0 : Math.abs(p - end);
                double reach = 2.5 * (vertical ? l.height() : l.width()) + 4;
                if (!inside && (d > reach || Math.abs(p - start) < d)) {
                    continue;
                }
                if (axis.isPresent()) {
                    double geom = Math.abs(value(r, axis.get()));
                    double lab = Math.abs(Words.number(w).orElseThrow());
                    double range = axisRange(axis.get());
                    if (Math.abs(geom - lab) > 0.15 * range + 1e-9) {
                        continue; // a total above a stack, or a label of something else
                    }
                }
                pairs.add(new Pair(r, w, d));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::d));
        Map<Rect, Word> out = new HashMap<>();
        Set<Word> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.bar()) && !taken.contains(p.word())) {
                out.put(p.bar(), p.word());
                taken.add(p.word());
            }
        }
        ctx.used.addAll(taken);
        return out;
    }

    private static double axisRange(ValueAxis axis) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (Word t : axis.ticks()) {
            double v = Words.number(t).orElseThrow();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    private double baseline(List<Rect> bars) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Rect r : bars) {
            counts.merge(Math.round(vertical ? r.box().y1() : r.box().x0()), 1, Integer::sum);
        }
        long best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // the bars' far side of the baseline: the lowest bottom (columns) or leftmost left edge (bars)
        return vertical ? Math.max(best, bars.stream().mapToDouble(r -> r.box().y1()).max().orElse(best))
                : Math.min(best, bars.stream().mapToDouble(r -> r.box().x0()).min().orElse(best));
    }

    /** Bars in category order; a new slot starts at a gap or when a colour repeats. */
    private List<List<Rect>> slots(List<Rect> bars) {
        List<Rect> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingDouble(r -> vertical ? r.box().x0() : r.box().y0()));
        double thick = sorted.stream().mapToDouble(r -> vertical ? r.box().width() : r.box().height()).sorted()
                .skip(sorted.size() / 2).findFirst().orElse(1);
        List<List<Rect>> slots = new ArrayList<>();
        List<Rect> cur = new ArrayList<>();
        double curEnd = -Double.MAX_VALUE;
        for (Rect r : sorted) {
            double s = vertical ? r.box().x0() : r.box().y0();
            double e = vertical ? r.box().x1() : r.box().y1();
            boolean repeat = cur.stream().anyMatch(c -> c.rgb() == r.rgb() && overlap(c, r) < 0.5);
            if (!cur.isEmpty() && (s - curEnd > 0.2 * thick || repeat)) {
                slots.add(cur);
                cur = new ArrayList<>();
                curEnd = -Double.MAX_VALUE;
            }
            cur.add(r);
            curEnd = Math.max(curEnd, e);
        }
        if (!cur.isEmpty()) {
            slots.add(cur);
        }
        return slots;
    }

    private double overlap(Rect a, Rect b) {
        double lo = Math.max(vertical ? a.box().x0() : a.box().y0(), vertical ? b.box().x0() : b.box().y0());
        double hi = Math.min(vertical ? a.box().x1() : a.box().y1(), vertical ? b.box().x1() : b.box().y1());
        double w = Math.min(vertical ? a.box().width() : a.box().height(), vertical ? b.box().width() : b.box().height());
        return w <= 0 ? 0 : Math.max(0, hi - lo) / w;
    }

    private double center(List<Rect> slot) {
        return slot.stream().mapToDouble(r -> vertical ? r.box().centerX() : r.box().centerY()).average().orElse(0);
    }

    private double spacing(List<List<Rect>> slots) {
        if (slots.size() < 2) {
            BBox b = slots.get(0).get(0).box();
            return 2 * (vertical ? b.width() : b.height());
        }
        return Math.abs(center(slots.get(slots.size() - 1)) - center(slots.get(0))) / (slots.size() - 1);
    }

    /** Series colours: legend order first, then by first appearance; one series when no slot holds two bars. */
    private List<Integer> seriesColours(List<Rect> bars, List<List<Rect>> slots) {
        boolean single = slots.stream().allMatch(s -> s.size() == 1);
        List<Integer> out = new ArrayList<>();
        for (int rgb : ctx.legend.entries().keySet()) {
            if (bars.stream().anyMatch(r -> r.rgb() == rgb)) {
                out.add(rgb);
            }
        }
        if (single && out.size() <= 1) {
            return List.of(out.isEmpty() ? slots.get(0).get(0).rgb() : out.get(0));
        }
        for (List<Rect> s : slots) {
            for (Rect r : s) {
                if (!out.contains(r.rgb())) {
                    out.add(r.rgb());
                }
            }
        }
        return out;
    }
}
