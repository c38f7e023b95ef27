package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Rect;

/**
 * The legend: small swatches (or short line samples) each followed on its right by a name. Maps colours to series
 * names in legend order.
 */
record Legend(Map<Integer, Entry> entries, Set<Rect> swatches, Set<Poly> samples, Set<Word> words) {

    /** One legend entry: the series name and where it is written. */
    record Entry(String name, BBox bbox) {
    }

    static Legend find(ChartScene scene) {
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        Set<Rect> swatches = new java.util.HashSet<>();
        Set<Poly> samples = new java.util.HashSet<>();
        Set<Word> used = new java.util.HashSet<>();
        List<Rect> small = new ArrayList<>(scene.rects().stream()
                .filter(r -> r.box().width() <= 30 && r.box().height() <= 20 && r.box().width() >= 2
                        && r.box().height() >= 2)
                .toList());
        small.sort(java.util.Comparator.comparingDouble((Rect r) -> r.box().y0())
                .thenComparingDouble(r -> r.box().x0()));
        for (Rect r : small) {
            List<Word> name = nameRightOf(r.box(), scene.words(), used);
            if (!name.isEmpty() && !entries.containsKey(r.rgb())) {
                entries.put(r.rgb(), new Entry(Words.join(name), Words.box(name)));
                swatches.add(r);
                used.addAll(name);
            }
        }
        for (Poly p : scene.lines()) {
            BBox b = p.bbox();
            if (b.width() >= 14 && b.width() <= 70 && b.height() <= 3 && p.points().size() <= 3) {
                List<Word> name = nameRightOf(b, scene.words(), used);
                if (!name.isEmpty() && !entries.containsKey(p.rgb())) {
                    entries.put(p.rgb(), new Entry(Words.join(name), Words.box(name)));
                    samples.add(p);
                    used.addAll(name);
                }
            }
        }
        for (Word w : scene.words()) {
            // a swatch read as a character ("=", "|") is not text of the chart
            if (!used.contains(w) && w.text().strip().length() <= 2 && swatches.stream().anyMatch(
                    r -> overlap(r.box(), w.bbox()) > 0.5 * w.bbox().width() * w.bbox().height())) {
                used.add(w);
            }
        }
        return new Legend(entries, swatches, samples, used);
    }

    /**
     * The entry drawn in the colour nearest {@code rgb}: marks and their swatches differ by a shade once
     * anti-aliased edges are averaged in. Null when no entry's colour is close.
     */
    Entry match(int rgb) {
        Entry exact = entries.get(rgb);
        if (exact != null) {
            return exact;
        }
        Entry best = null;
        int bestD = 90;
        for (Map.Entry<Integer, Entry> e : entries.entrySet()) {
            int d = distance(e.getKey(), rgb);
            if (d < bestD) {
                bestD = d;
                best = e.getValue();
            }
        }
        return best;
    }

    /** The legend colour {@link #match} pairs with {@code rgb}, or -1. */
    int matchColour(int rgb) {
        Entry e = match(rgb);
        if (e == null) {
            return -1;
        }
        return entries.entrySet().stream().filter(x -> x.getValue() == e).findFirst().orElseThrow().getKey();
    }

    static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private static double overlap(BBox a, BBox b) {
        double w = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
        double h = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static List<Word> nameRightOf(BBox sw, List<Word> words, Set<Word> used) {
        double cy = sw.centerY();
        Word first = null;
        for (Word w : words) {
            BBox b = w.bbox();
            if (used.contains(w) || Words.rotated(w)) {
                continue;
            }
            double gap = b.x0() - sw.x1();
            if (gap >= -1 && gap <= Math.max(12, 1.2 * b.height()) && Math.abs(b.centerY() - cy) <= b.height() / 2 + 1
                    && (first == null || b.x0() < first.bbox().x0())) {
                first = w;
            }
        }
        if (first == null) {
            return List.of();
        }
        List<Word> out = new ArrayList<>();
        out.add(first);
        Word last = first;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Word w : words) {
                BBox b = w.bbox();
                double gap = b.x0() - last.bbox().x1();
                // x-height words ("cars") are shorter than the line: measure by the taller of the two
                double lh = Math.max(b.height(), last.bbox().height());
                if (!out.contains(w) && !used.contains(w) && gap >= -1 && gap <= 0.6 * lh
                        && Math.abs(b.centerY() - last.bbox().centerY()) <= lh / 3) {
                    out.add(w);
                    last = w;
                    grown = true;
                    break;
                }
            }
        }
        return out;
    }
}
