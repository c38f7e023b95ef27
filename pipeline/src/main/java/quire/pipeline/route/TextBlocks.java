package quire.pipeline.route;

import java.util.ArrayList;
import java.util.List;

import quire.ocr.text.BBox;
import quire.ocr.text.Line;

/**
 * Text blocks from text-layer lines: a line joins a block when it starts within 1.5 line heights below the block's
 * last line (or overlaps it) and overlaps it horizontally. Columns stay apart because they do not overlap.
 */
public final class TextBlocks {

    private TextBlocks() {
    }

    /** A block: its lines in the order given and their union box. */
    public record Block(BBox bbox, List<Line> lines) {

        public Block {
            lines = List.copyOf(lines);
        }

        /** Characters without whitespace. */
        public int chars() {
            int n = 0;
            for (Line l : lines) {
                for (int i = 0; i < l.text().length(); i++) {
                    if (!Character.isWhitespace(l.text().charAt(i))) {
                        n++;
                    }
                }
            }
            return n;
        }

        /** The block's text, one line per line. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(l.text());
            }
            return sb.toString();
        }
    }

    public static List<Block> group(List<Line> lines) {
        List<List<Line>> groups = new ArrayList<>();
        List<BBox> boxes = new ArrayList<>();
        List<BBox> lastLine = new ArrayList<>();
        for (Line line : lines) {
            BBox b = line.bbox();
            int target = -1;
            for (int i = groups.size() - 1; i >= 0 && target < 0; i--) {
                BBox last = lastLine.get(i);
                double lh = Math.max(1, Math.max(b.height(), last.height()));
                boolean below = b.y0() <= last.y1() + 1.5 * lh && b.y1() >= last.y0() - 0.5 * lh;
                double overlap = Math.min(b.x1(), boxes.get(i).x1()) - Math.max(b.x0(), boxes.get(i).x0());
                if (below && overlap > 0) {
                    target = i;
                }
            }
            if (target < 0) {
                groups.add(new ArrayList<>(List.of(line)));
                boxes.add(b);
                lastLine.add(b);
            } else {
                groups.get(target).add(line);
                boxes.set(target, boxes.get(target).union(b));
                lastLine.set(target, b);
            }
        }
        return mergeOverlapping(groups, boxes);
    }

    /** Blocks whose boxes overlap after grouping (e.g. a heading spanning two columns) become one. */
    private static List<Block> mergeOverlapping(List<List<Line>> groups, List<BBox> boxes) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < boxes.size() && !changed; i++) {
                for (int j = i + 1; j < boxes.size() && !changed; j++) {
                    BBox a = boxes.get(i);
                    BBox b = boxes.get(j);
                    if (a.intersectionArea(b) > 0.2 * Math.min(a.area(), b.area())) {
                        groups.get(i).addAll(groups.remove(j));
                        boxes.set(i, a.union(boxes.remove(j)));
                        changed = true;
                    }
                }
            }
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            out.add(new Block(boxes.get(i), groups.get(i)));
        }
        return out;
    }
}
