package quire.pipeline.ask.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * Stores a block's word boxes next to its text in the index: the text carries the words, the layout string one box
 * per word ({@code x0,y0,x1,y1}, words separated by spaces, lines by {@code ;}), so answers can be located on the
 * page without reopening the document.
 */
public final class BlockCodec {

    private BlockCodec() {
    }

    public static String layout(Block block) {
        StringBuilder sb = new StringBuilder();
        for (int li = 0; li < block.lines().size(); li++) {
            if (li > 0) {
                sb.append(';');
            }
            List<Word> words = block.lines().get(li).words();
            for (int wi = 0; wi < words.size(); wi++) {
                if (wi > 0) {
                    sb.append(' ');
                }
                BBox b = words.get(wi).bbox();
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", b.x0(), b.y0(), b.x1(), b.y1()));
            }
        }
        return sb.toString();
    }

    public static Block decode(int page, int ordinal, String text, String layout, TextSource source) {
        String[] lineTexts = text.split("\n", -1);
        String[] lineBoxes = layout.split(";", -1);
        if (lineTexts.length != lineBoxes.length) {
            throw new IllegalArgumentException("block " + ordinal + ": text and layout disagree on line count");
        }
        List<Line> lines = new ArrayList<>(lineTexts.length);
        for (int li = 0; li < lineTexts.length; li++) {
            String[] words = lineTexts[li].split(" ", -1);
            String[] boxes = lineBoxes[li].split(" ", -1);
            if (words.length != boxes.length) {
                throw new IllegalArgumentException("block " + ordinal + ": text and layout disagree on line " + li);
            }
            List<Word> ws = new ArrayList<>(words.length);
            for (int wi = 0; wi < words.length; wi++) {
                String[] c = boxes[wi].split(",");
                BBox b = new BBox(Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                        Double.parseDouble(c[3]));
                ws.add(new Word(words[wi], b, 1.0, source));
            }
            lines.add(Line.of(ws));
        }
        return new Block(page, ordinal, lines);
    }
}
