package quire.ocr.text;

import java.util.List;

/** A line of words in reading order; its box holds all of its words. */
public record Line(String text, BBox bbox, List<Word> words) {

    public Line {
        words = List.copyOf(words);
    }

    /** A line whose text is its words joined by single spaces and whose box is their union. */
    public static Line of(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w.text());
        }
        return new Line(text.toString(), BBox.unionOf(words.stream().map(Word::bbox).toList()), words);
    }
}
