package quire.pipeline.chart.detect;

import java.util.List;
import java.util.regex.Pattern;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * Whether marks sit in a chart frame: an axis rule along their baseline, grid lines, or numbers beside them (tick
 * labels or data labels). Forms, diagrams and page decoration have shapes like bars and lines but no such frame.
 */
final class AxisEvidence {

    private static final Pattern NUMBER = Pattern.compile("[-+(]?[$€£¥]?\\d[\\d,.]*%?[)]?[kKmMbB%]?");
    /** How far from the marks (points) an axis rule or label still belongs to them. */
    private static final double NEAR = 30;

    private final List<BBox> rules;
    private final List<Word> numbers;

    AxisEvidence(List<BBox> rules, List<Word> words) {
        this.rules = rules;
        this.numbers = words.stream().filter(w -> NUMBER.matcher(w.text()).matches()).toList();
    }

    /** Columns stand on a horizontal rule that spans them, or have numbers beside or above them. */
    boolean supportsColumns(ChartCandidate c) {
        BBox b = c.bbox();
        boolean baseRule = rules.stream().anyMatch(r -> r.height() < 2 && Math.abs(r.y0() - b.y1()) < 3
                && r.x0() <= b.x0() + 2 && r.x1() >= b.x1() - 2);
        return baseRule || numbersNear(b) >= 2;
    }

    /** Horizontal bars start at a vertical rule that spans them, or have numbers beside them. */
    boolean supportsHorizontalBars(ChartCandidate c) {
        BBox b = c.bbox();
        boolean baseRule = rules.stream().anyMatch(r -> r.width() < 2 && Math.abs(r.x0() - b.x0()) < 3
                && r.y0() <= b.y0() + 2 && r.y1() >= b.y1() - 2);
        return baseRule || numbersNear(b) >= 2;
    }

    /** A data line has an axis or grid line under or beside it and numbers on at least one axis. */
    boolean supportsLines(ChartCandidate c) {
        BBox b = c.bbox();
        BBox zone = grow(b);
        boolean rule = rules.stream().anyMatch(r -> r.intersects(zone)
                && (r.width() >= 0.5 * b.width() || r.height() >= 0.5 * b.height()));
        return rule && numbersNear(b) >= 2;
    }

    /** How many of the boxes hold a word that is not a number (centre inside the box). */
    static int wordyBoxes(List<BBox> boxes, List<Word> words) {
        int count = 0;
        for (BBox b : boxes) {
            for (Word w : words) {
                double cx = w.bbox().centerX();
                double cy = w.bbox().centerY();
                if (cx > b.x0() && cx < b.x1() && cy > b.y0() && cy < b.y1() && !NUMBER.matcher(w.text()).matches()) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private int numbersNear(BBox b) {
        BBox zone = grow(b);
        return (int) numbers.stream().filter(w -> zone.intersects(w.bbox())).count();
    }

    private static BBox grow(BBox b) {
        return new BBox(b.x0() - NEAR, b.y0() - NEAR, b.x1() + NEAR, b.y1() + NEAR);
    }
}
