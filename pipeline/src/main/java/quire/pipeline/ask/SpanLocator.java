package quire.pipeline.ask;

import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.Word;
import quire.pipeline.ask.index.Block;

/** Finds the words of a character span of a block's text on the page: one union box per line. */
public final class SpanLocator {

    /** The words of the span on one line and their union box. */
    public record LineSpan(int line, BBox bbox, List<Word> words) {
        public String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }
    }

    private SpanLocator() {
    }

    /** Lines that hold words overlapping {@code [start, end)} of {@link Block#text()}, top to bottom. */
    public static List<LineSpan> locate(Block block, int start, int end) {
        List<LineSpan> out = new ArrayList<>();
        int offset = 0;
        for (int li = 0; li < block.lines().size(); li++) {
            Line line = block.lines().get(li);
            List<Word> hit = new ArrayList<>();
            for (Word w : line.words()) {
                int ws = offset;
                int we = offset + w.text().length();
                if (ws < end && start < we) {
                    hit.add(w);
                }
                offset = we + 1;
            }
            if (!hit.isEmpty()) {
                out.add(new LineSpan(li, BBox.unionOf(hit.stream().map(Word::bbox).toList()), hit));
            }
        }
        return out;
    }

    /** The character offset in the block text where word {@code wi} of line {@code li} starts. */
    public static int offsetOf(Block block, int li, int wi) {
        int offset = 0;
        for (int l = 0; l < li; l++) {
            offset += block.lines().get(l).text().length() + 1;
        }
        List<Word> words = block.lines().get(li).words();
        for (int w = 0; w < wi; w++) {
            offset += words.get(w).text().length() + 1;
        }
        return offset;
    }
}
