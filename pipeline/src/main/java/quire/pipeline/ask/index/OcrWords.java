package quire.pipeline.ask.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * Repairs the commonest OCR slips in a line's words before they are indexed, so search terms, numbers and names
 * come out as printed. Only words read by OCR are touched; boxes follow the repair (a merged word gets the union,
 * a split one a share of its box in proportion to the characters).
 * <ul>
 *   <li>letters read for digits inside a number: {@code 5.o%} → {@code 5.0%}, {@code l2} → {@code 12}
 *       (O/o → 0, I/l/| → 1, S → 5), only in a word that holds a digit and nothing but digits, separators
 *       and those letters;</li>
 *   <li>a number cut after its separator: {@code 423.} + {@code 1} → {@code 423.1}, {@code 5,} / {@code 5;}
 *       + {@code 153} → {@code 5,153};</li>
 *   <li>words run together: {@code ViktorNovak} → {@code Viktor Novak}, {@code 12production} →
 *       {@code 12 production}, {@code 40mg} → {@code 40 mg} (not {@code 2nd}, {@code McLean}).</li>
 * </ul>
 */
public final class OcrWords {

    private static final Pattern NUMERIC_ISH = Pattern.compile("[-+(]?[\\dOoIl|S.,%]+[)%.,:;]?");
    private static final Pattern CUT_DECIMAL = Pattern.compile("[-+(]?\\d+\\.");
    private static final Pattern CUT_THOUSANDS = Pattern.compile("[-+(]?\\d{1,3}[,;]");
    private static final Pattern DECIMAL_TAIL = Pattern.compile("\\d{1,2}(?:[%)]|[%)]?[.,;:])?");
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("\\d{3}(?:[,.]\\d+)?(?:[%)]|[%)]?[.,;:])?");
    /** A lower-case letter then an upper-case one (first part at least 3 letters), or digits then 2+ letters. */
    private static final Pattern RUN_ON = Pattern.compile(
            "(?<=\\p{L}\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})|(?<=\\d)(?=\\p{Ll}{2,}\\b)(?!(?:st|nd|rd|th)\\b)");

    private OcrWords() {
    }

    public static boolean isOcr(Word w) {
        return w.source() != TextSource.TEXT_LAYER;
    }

    /** The line's words with OCR slips repaired; text-layer words are returned as they are. */
    public static List<Word> repair(List<Word> words) {
        List<Word> split = new ArrayList<>(words.size());
        for (Word w : words) {
            if (!isOcr(w)) {
                split.add(w);
                continue;
            }
            for (Word part : splitRunOn(w)) {
                split.add(digits(part));
            }
        }
        List<Word> out = new ArrayList<>(split.size());
        for (Word w : split) {
            if (!out.isEmpty() && isOcr(w)) {
                Word prev = out.get(out.size() - 1);
                String joined = joinNumber(prev.text(), w.text());
                if (joined != null && isOcr(prev)) {
                    out.set(out.size() - 1, new Word(joined, prev.bbox().union(w.bbox()), Math.min(prev.conf(),
                            w.conf()), prev.source()));
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    /** "423." + "1" → "423.1"; "5;" + "153" → "5,153"; else null. */
    static String joinNumber(String a, String b) {
        if (CUT_DECIMAL.matcher(a).matches() && DECIMAL_TAIL.matcher(b).matches()) {
            return a + b;
        }
        if (CUT_THOUSANDS.matcher(a).matches() && THOUSANDS_TAIL.matcher(b).matches()) {
            return a.substring(0, a.length() - 1) + "," + b;
        }
        return null;
    }

    /** Letters read for digits inside a word that is otherwise a number. */
    static Word digits(Word w) {
        String t = w.text();
        if (!NUMERIC_ISH.matcher(t).matches() || t.chars().noneMatch(Character::isDigit)
                || t.chars().allMatch(c -> Character.isDigit(c) || ".,%-+()[]:;".indexOf(c) >= 0)) {
            return w;
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(switch (c) {
                case 'O', 'o' -> '0';
                case 'I', 'l', '|' -> '1';
                case 'S' -> '5';
                default -> c;
            });
        }
        return new Word(sb.toString(), w.bbox(), w.conf(), w.source());
    }

    /** Splits words run together; each part gets its share of the box by characters. */
    static List<Word> splitRunOn(Word w) {
        String t = w.text();
        Matcher m = RUN_ON.matcher(t);
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            if (m.start() > 0 && m.start() < t.length()) {
                cuts.add(m.start());
            }
        }
        if (cuts.isEmpty()) {
            return List.of(w);
        }
        cuts.add(t.length());
        List<Word> out = new ArrayList<>(cuts.size());
        BBox b = w.bbox();
        int from = 0;
        for (int cut : cuts) {
            double x0 = b.x0() + b.width() * from / t.length();
            double x1 = b.x0() + b.width() * cut / t.length();
            out.add(new Word(t.substring(from, cut), new BBox(x0, b.y0(), x1, b.y1()), w.conf(), w.source()));
            from = cut;
        }
        return out;
    }
}
