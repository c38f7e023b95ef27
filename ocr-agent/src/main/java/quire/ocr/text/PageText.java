package quire.ocr.text;

import java.util.List;

/**
 * The words and lines of one displayed page (cli.md's {@code text}/{@code ocr} page shape).
 *
 * @param page   page number, counted from 1
 * @param width  displayed page width (points, or pixels for images)
 * @param height displayed page height
 */
public record PageText(int page, double width, double height, TextSource source, List<Line> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }

    /** All words in reading order. */
    public List<Word> words() {
        return lines.stream().flatMap(l -> l.words().stream()).toList();
    }

    /** The page's text, one line per line. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }
}
