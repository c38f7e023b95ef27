package quire.app.viewer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;

/** Find in text: case-insensitive matches of one or more consecutive words within a line. */
public final class TextFinder {

    private TextFinder() {
    }

    /** A match: its page, the union of the matched words' boxes, and the line it sits in. */
    public record Hit(int page, BBox bbox, String line) {
    }

    public static List<Hit> find(PageText page, String query) {
        String[] terms = normalise(query).split("\\s+");
        List<Hit> hits = new ArrayList<>();
        if (terms.length == 0 || terms[0].isEmpty()) {
            return hits;
        }
        for (Line line : page.lines()) {
            List<Word> words = line.words();
            for (int i = 0; i + terms.length <= words.size(); i++) {
                if (matchesAt(words, i, terms)) {
                    BBox box = words.get(i).bbox();
                    for (int k = 1; k < terms.length; k++) {
                        box = box.union(words.get(i + k).bbox());
                    }
                    hits.add(new Hit(page.page(), box, line.text()));
                }
            }
        }
        return hits;
    }

    private static boolean matchesAt(List<Word> words, int start, String[] terms) {
        for (int k = 0; k < terms.length; k++) {
            String w = normalise(words.get(start + k).text()).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            boolean last = k == terms.length - 1;
            boolean first = k == 0;
            // inner terms match whole words; the ends may be partial ("reven" finds "Revenue,")
            boolean ok = terms.length == 1 ? w.contains(terms[k])
                    : first ? w.endsWith(terms[k]) : last ? w.startsWith(terms[k]) : w.equals(terms[k]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
