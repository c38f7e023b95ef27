package quire.pipeline.ask.index;

import java.util.List;
import quire.ocr.text.Line;

/**
 * A paragraph-ish group of consecutive lines on one page: the unit that is indexed and retrieved.
 * Its {@link #text()} is the lines joined by newlines, each line its words joined by single spaces, so a character
 * offset in the text maps back to a word and its box.
 *
 * @param page    page number from 1
 * @param ordinal position of the block in its document, from 0
 */
public record Block(int page, int ordinal, List<Line> lines) {

    public Block {
        lines = List.copyOf(lines);
    }

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

    public int wordCount() {
        return lines.stream().mapToInt(l -> l.words().size()).sum();
    }
}
