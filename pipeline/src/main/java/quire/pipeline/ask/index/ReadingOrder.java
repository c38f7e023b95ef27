package quire.pipeline.ask.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.ocr.text.Line;
import quire.ocr.text.Word;

/**
 * Two-column pages: finds a vertical gutter in the middle of the page that almost no word crosses, splits lines
 * at it and reads the left column before the right one, band by band between full-width lines (titles,
 * abstracts, wide figures). Pages without such a gutter keep their order.
 */
public final class ReadingOrder {

    static final double HALF_GUTTER = 3;

    private ReadingOrder() {
    }

    public static List<Line> order(List<Line> lines, double pageWidth) {
        int n = lines.size();
        if (n < 8 || pageWidth <= 0) {
            return lines;
        }
        double bestX = -1;
        int bestCount = Integer.MAX_VALUE;
        for (double x = 0.3 * pageWidth; x <= 0.7 * pageWidth; x += 2) {
            int count = 0;
            for (Line l : lines) {
                if (crosses(l, x)) {
                    count++;
                }
            }
            if (count < bestCount) {
                bestCount = count;
                bestX = x;
            }
        }
        int left = 0;
        int right = 0;
        for (Line l : lines) {
            left += l.bbox().x0() < bestX - HALF_GUTTER ? 1 : 0;
            right += l.bbox().x1() > bestX + HALF_GUTTER ? 1 : 0;
        }
        if (bestCount > 0.1 * n || left < 0.25 * n || right < 0.25 * n || left + right - n < 0.2 * n) {
            // left + right - n: lines with words on both sides; too few means a page of two narrow blocks
            return lines;
        }
        return byColumns(lines, bestX);
    }

    private static boolean crosses(Line l, double x) {
        for (Word w : l.words()) {
            if (w.bbox().x0() < x + HALF_GUTTER && w.bbox().x1() > x - HALF_GUTTER) {
                return true;
            }
        }
        return false;
    }

    private static List<Line> byColumns(List<Line> lines, double gutter) {
        record Segment(Line line, int side) { } // side: -1 left, 1 right, 0 full width
        List<Segment> segments = new ArrayList<>();
        for (Line l : lines) {
            if (crosses(l, gutter)) {
                segments.add(new Segment(l, 0));
                continue;
            }
            List<Word> lw = new ArrayList<>();
            List<Word> rw = new ArrayList<>();
            for (Word w : l.words()) {
                (w.bbox().centerX() < gutter ? lw : rw).add(w);
            }
            if (!lw.isEmpty()) {
                segments.add(new Segment(Line.of(lw), -1));
            }
            if (!rw.isEmpty()) {
                segments.add(new Segment(Line.of(rw), 1));
            }
        }
        segments.sort(Comparator.comparingDouble(s -> s.line().bbox().y0()));
        List<Line> out = new ArrayList<>(segments.size());
        List<Line> pendingLeft = new ArrayList<>();
        List<Line> pendingRight = new ArrayList<>();
        for (Segment s : segments) {
            switch (s.side()) {
                case -1 -> pendingLeft.add(s.line());
                case 1 -> pendingRight.add(s.line());
                default -> {
                    out.addAll(pendingLeft);
                    out.addAll(pendingRight);
                    pendingLeft.clear();
                    pendingRight.clear();
                    out.add(s.line());
                }
            }
        }
        out.addAll(pendingLeft);
        out.addAll(pendingRight);
        return out;
    }
}
