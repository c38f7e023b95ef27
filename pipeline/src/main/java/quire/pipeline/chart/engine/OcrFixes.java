package quire.pipeline.chart.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/** Repairs of OCR output that chart labels need. */
final class OcrFixes {

    private static final Pattern INT = Pattern.compile("[-+]?[$€£]?\\d{1,3}");
    private static final Pattern FRACTION = Pattern.compile("\\d{1,2}(%|\\*)?");

    private OcrFixes() {
    }

    /**
     * Numbers OCR splits: thousands groups separated by spaces, and small decimal points that get lost ("44.06%"
     * comes back as "44" and "06%" side by side): fragments a narrow gap apart on one line become one number again.
     */
    static List<Word> mergeSplitNumbers(List<Word> words) {
        return mergeDecimals(mergeThousands(words));
    }

    private static final Pattern GROUP = Pattern.compile("\\d{3}(%|\\*)?");
    private static final Pattern LEAD = Pattern.compile("[-+]?[$€£]?\\d{1,3}( ?\\d{3})*");

    /** Thousands separated by spaces ("20 000 000") come back as separate words: rejoined without the spaces. */
    static List<Word> mergeThousands(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> w.bbox().x0()));
        List<Word> out = new ArrayList<>();
        boolean[] gone = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (gone[i]) {
                continue;
            }
            Word a = sorted.get(i);
            boolean grown = true;
            while (grown && LEAD.matcher(a.text()).matches()) {
                grown = false;
                for (int j = i + 1; j < sorted.size(); j++) {
                    Word b = sorted.get(j);
                    double gap = b.bbox().x0() - a.bbox().x1();
                    if (gap > a.bbox().height() + 1) {
                        break;
                    }
                    if (!gone[j] && gap >= -1 && Math.abs(b.bbox().centerY() - a.bbox().centerY())
                            < 0.3 * a.bbox().height() && GROUP.matcher(b.text()).matches()) {
                        a = new Word(a.text() + b.text(), a.bbox().union(b.bbox()), Math.min(a.conf(), b.conf()),
                                a.source());
                        gone[j] = true;
                        grown = true;
                        break;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private static List<Word> mergeDecimals(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> w.bbox().x0()));
        List<Word> out = new ArrayList<>();
        boolean[] gone = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (gone[i]) {
                continue;
            }
            Word a = sorted.get(i);
            Word merged = a;
            if (INT.matcher(a.text()).matches()) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Word b = sorted.get(j);
                    double gap = b.bbox().x0() - a.bbox().x1();
                    if (gap > a.bbox().height() * 1.0) {
                        break;
                    }
                    if (!gone[j] && gap >= -1 && Math.abs(b.bbox().centerY() - a.bbox().centerY())
                            < 0.3 * a.bbox().height() && FRACTION.matcher(b.text()).matches()) {
                        merged = new Word(a.text() + "." + b.text(), a.bbox().union(b.bbox()),
                                Math.min(a.conf(), b.conf()), a.source());
                        gone[j] = true;
                        break;
                    }
                }
            }
            out.add(merged);
        }
        return out;
    }

    private static final Pattern QUARTER_ONE = Pattern.compile("\\bQ[Iil|](?=\\s|$)");

    /** Quarter labels: OCR reads the 1 of "Q1" as a letter ("Ql 2017", "QI"). */
    static Word quarters(Word w) {
        String t = QUARTER_ONE.matcher(w.text()).replaceAll("Q1");
        return t.equals(w.text()) ? w : new Word(t, w.bbox(), w.conf(), w.source());
    }

    static BBox box(Word w) {
        return w.bbox();
    }
}
