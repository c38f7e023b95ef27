package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/** What every mark reader shares: the scene, its legend and the words already given a role. */
final class Context {

    final ChartScene scene;
    final Legend legend;
    final Set<Word> used = new HashSet<>();

    Context(ChartScene scene) {
        this.scene = scene;
        this.legend = Legend.find(scene);
        used.addAll(legend.words());
    }

    List<Word> free() {
        return scene.words().stream().filter(w -> !used.contains(w)).toList();
    }

    /** The chart's title: the topmost line of words above the marks, when there is one. */
    Optional<String> title(BBox marks) {
        List<Word> above = free().stream().filter(w -> w.bbox().y1() < marks.y0() && !Words.rotated(w)).toList();
        List<List<Word>> lines = Words.lines(above);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Word> top = lines.get(0);
        if (top.stream().allMatch(Words::isNumber)) {
            return Optional.empty();
        }
        return Optional.of(Words.join(top));
    }

    /** Rotated words left of the marks: the vertical axis title. */
    Optional<List<Word>> leftTitle(BBox marks) {
        List<Word> rot = free().stream().filter(w -> Words.rotated(w) && w.bbox().x1() <= marks.x0()).toList();
        if (rot.isEmpty()) {
            return Optional.empty();
        }
        double minX = rot.stream().mapToDouble(w -> w.bbox().x0()).min().orElse(0);
        double maxX = rot.stream().filter(w -> w.bbox().x0() <= minX + 3).mapToDouble(w -> w.bbox().x1()).max()
                .orElse(0);
        // short words of the title ("(in") are not tall enough to look rotated: take the whole column
        List<Word> col = free().stream().filter(w -> w.bbox().x0() >= minX - 2 && w.bbox().x1() <= maxX + 2
                && w.bbox().x1() <= marks.x0()).toList();
        return Optional.of(col);
    }

    /**
     * The lowest line of words below {@code bottom} when it stands apart from the words above it (tick labels):
     * the horizontal axis title.
     */
    Optional<List<Word>> bottomTitle(double bottom, BBox marks) {
        List<Word> below = free().stream().filter(w -> w.bbox().y0() >= bottom - 2 && !Words.rotated(w)
                && w.bbox().x1() >= marks.x0() - 20 && w.bbox().x0() <= marks.x1() + 20).toList();
        if (below.size() < 2) {
            return Optional.empty();
        }
        List<List<Word>> lines = Words.lines(below);
        List<Word> last = lines.get(lines.size() - 1);
        double top = last.stream().mapToDouble(w -> w.bbox().y0()).min().orElse(0);
        double othersBottom = below.stream().filter(w -> !last.contains(w)).mapToDouble(w -> w.bbox().y1())
                .max().orElse(Double.NaN);
        if (Double.isNaN(othersBottom) || top < othersBottom - 1 || last.stream().allMatch(Words::isNumber)) {
            return Optional.empty();
        }
        // a title is one centred phrase: its words sit close together
        List<Word> sorted = new ArrayList<>(last);
        sorted.sort(Comparator.comparingDouble(w -> w.bbox().x0()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).bbox().x0() - sorted.get(i - 1).bbox().x1() > 1.2 * sorted.get(i).bbox().height()) {
                return Optional.empty();
            }
        }
        return Optional.of(last);
    }

    /**
     * The first line of words starting below {@code y} (at most two line heights lower) when it reads as one
     * phrase: the title under a row of tick labels. Footers further down are not it.
     */
    Optional<List<Word>> titleBelow(double y, double lineHeight, BBox marks) {
        List<Word> below = free().stream().filter(w -> w.bbox().y0() >= y - 1 && !Words.rotated(w)
                && w.bbox().y0() <= y + 2.5 * lineHeight && w.bbox().x1() >= marks.x0() - 20
                && w.bbox().x0() <= marks.x1() + 20).toList();
        List<List<Word>> lines = Words.lines(below);
        if (lines.isEmpty() || lines.get(0).stream().allMatch(Words::isNumber)) {
            return Optional.empty();
        }
        List<Word> first = lines.get(0);
        for (int i = 1; i < first.size(); i++) {
            if (first.get(i).bbox().x0() - first.get(i - 1).bbox().x1() > 1.2 * first.get(i).bbox().height()) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }

    /** Name of a lone series: legend, value axis title, the chart title's subject, or "Value". */
    String loneSeriesName(Optional<List<Word>> axisTitle, BBox marks) {
        if (axisTitle.isPresent()) {
            String n = Words.seriesName(Words.join(axisTitle.get()));
            if (!n.isEmpty()) {
                return n;
            }
        }
        Optional<String> t = title(marks);
        if (t.isPresent()) {
            String n = Words.seriesName(t.get());
            if (!n.isEmpty()) {
                return n;
            }
        }
        return "Value";
    }

    static boolean isInk(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        boolean grey = max - min < 16;
        return !(grey && (max > 235 || max < 40));
    }
}
