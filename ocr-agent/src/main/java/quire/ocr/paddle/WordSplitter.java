package quire.ocr.paddle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a recognised line into words and places them. Words end at the spaces the recognizer read, and also at
 * wide ink-free gaps between two characters (PP-OCR's Chinese+English model often drops spaces in English). Each
 * word is placed from the CTC time steps of its characters, then tightened to the ink around them.
 */
public final class WordSplitter {

    /**
     * A blank run at least this wide (as a fraction of the crop height, which DB's boxes keep at about 1.2 text
     * heights) between two characters is a word gap: letter gaps measure up to ~5/48, word gaps from ~7/48.
     */
    static final double SPACE_GAP = 6.5 / 48;
    /** ... and at least this many times the line's median gap between neighbouring characters. */
    static final double LETTER_GAP_FACTOR = 2.0;

    /** One word: text, extent as fractions of the line (u along, v across), mean character probability. */
    public record WordSpan(String text, double start, double end, double top, double bottom, double conf) {
    }

    private WordSplitter() {
    }

    public static List<WordSpan> split(LineReading line) {
        List<LineReading.Glyph> glyphs = line.glyphs();
        LineInk ink = line.ink();
        int w = ink.width();
        double pitch = typicalPitch(glyphs);
        boolean[] breakBefore = new boolean[glyphs.size()];
        if (w > 0) {
            int[] gaps = new int[glyphs.size()];
            List<Integer> letterGaps = new ArrayList<>();
            for (int k = 1; k < glyphs.size(); k++) {
                LineReading.Glyph a = glyphs.get(k - 1);
                LineReading.Glyph b = glyphs.get(k);
                if (!a.isSpace() && !b.isSpace()) {
                    gaps[k] = ink.longestGap(px(a.center(), w), px(b.center(), w));
                    letterGaps.add(gaps[k]);
                }
            }
            // widely tracked or large print has wider letter gaps: a word gap is also twice the typical one
            double minGap = Math.max(3, Math.max(SPACE_GAP * ink.height(), LETTER_GAP_FACTOR * median(letterGaps)));
            for (int k = 1; k < glyphs.size(); k++) {
                LineReading.Glyph a = glyphs.get(k - 1);
                LineReading.Glyph b = glyphs.get(k);
                String before = k >= 2 ? glyphs.get(k - 2).text() : " ";
                if (!a.isSpace() && !b.isSpace() && mayBreak(before, a.text(), b.text()) && gaps[k] >= minGap) {
                    breakBefore[k] = true;
                }
            }
        }
        // word = [first, last] glyph index ranges
        List<int[]> ranges = new ArrayList<>();
        int i = 0;
        while (i < glyphs.size()) {
            if (glyphs.get(i).isSpace()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < glyphs.size() && !glyphs.get(j).isSpace() && !breakBefore[j]) {
                j++;
            }
            ranges.add(new int[] {i, j - 1});
            i = j;
        }
        List<WordSpan> words = new ArrayList<>();
        for (int r = 0; r < ranges.size(); r++) {
            int first = ranges.get(r)[0];
            int last = ranges.get(r)[1];
            StringBuilder text = new StringBuilder();
            double sum = 0;
            for (int k = first; k <= last; k++) {
                text.append(glyphs.get(k).text());
                sum += glyphs.get(k).prob();
            }
            double c0 = glyphs.get(first).center();
            double c1 = glyphs.get(last).center();
            double start = Math.max(0, c0 - 0.5 * pitch);
            double end = Math.min(1, c1 + 0.5 * pitch);
            double top = 0, bottom = 1;
            if (w > 0) {
                // never reach past the middle between this word and its neighbours
                double lo = r == 0 ? 0 : (glyphs.get(ranges.get(r - 1)[1]).center() + c0) / 2;
                double hi = r == ranges.size() - 1 ? 1 : (c1 + glyphs.get(ranges.get(r + 1)[0]).center()) / 2;
                int x0 = firstInk(ink, px(Math.max(lo, c0 - pitch), w), px(c0, w));
                int x1 = lastInk(ink, px(c1, w), px(Math.min(hi, c1 + pitch), w));
                if (x0 >= 0) {
                    start = (double) x0 / w;
                }
                if (x1 >= 0) {
                    end = (double) (x1 + 1) / w;
                }
                int[] rows = ink.rows(px(start, w), Math.max(px(start, w), px(end, w) - 1));
                top = (double) rows[0] / ink.height();
                bottom = (double) (rows[1] + 1) / ink.height();
            }
            words.add(new WordSpan(text.toString(), start, Math.max(end, start), top, Math.max(top, bottom),
                    sum / (last - first + 1)));
        }
        return words;
    }

    /**
     * Whether a wide gap between these two characters may be a word break: not inside a number (narrow digits
     * such as "1" leave wide gaps in "11.9"), not before closing punctuation, not after an opening bracket or a
     * currency sign.
     */
    static boolean mayBreak(String before, String a, String b) {
        boolean numberA = isDigit(a) || ((a.equals(".") || a.equals(",")) && isDigit(before));
        boolean numberB = isDigit(b) || b.equals(".") || b.equals(",") || b.equals("%");
        if (numberA && numberB && (isDigit(a) || isDigit(b))) {
            return false;
        }
        return !".,;:%)]}!?'\u2019\"".contains(b) && !"([{$\u20ac\u00a3".contains(a);
    }

    private static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> s = new ArrayList<>(values);
        s.sort(Integer::compare);
        return s.get(s.size() / 2);
    }

    private static boolean isDigit(String s) {
        return s.length() == 1 && Character.isDigit(s.charAt(0));
    }

    private static int px(double fraction, int width) {
        return (int) Math.max(0, Math.min(width - 1, Math.round(fraction * width)));
    }

    /** The first column with ink after the last blank column in [from, to], scanning from the centre outwards. */
    private static int firstInk(LineInk ink, int from, int to) {
        int x = to;
        int found = -1;
        while (x >= from) {
            if (ink.column(x)) {
                found = x;
            } else if (found >= 0 && blankRun(ink, x, from, -1) >= 3) {
                break;
            }
            x--;
        }
        return found;
    }

    private static int lastInk(LineInk ink, int from, int to) {
        int x = from;
        int found = -1;
        while (x <= to) {
            if (ink.column(x)) {
                found = x;
            } else if (found >= 0 && blankRun(ink, x, to, 1) >= 3) {
                break;
            }
            x++;
        }
        return found;
    }

    private static int blankRun(LineInk ink, int x, int limit, int step) {
        int n = 0;
        while ((step < 0 ? x >= limit : x <= limit) && !ink.column(x)) {
            n++;
            x += step;
        }
        return n;
    }

    /** Median distance between neighbouring characters of the same word (a character's width, roughly). */
    static double typicalPitch(List<LineReading.Glyph> glyphs) {
        List<Double> gaps = new ArrayList<>();
        for (int k = 1; k < glyphs.size(); k++) {
            if (!glyphs.get(k).isSpace() && !glyphs.get(k - 1).isSpace()) {
                gaps.add(glyphs.get(k).center() - glyphs.get(k - 1).center());
            }
        }
        if (gaps.isEmpty()) {
            // a single character: about one step either side of its centre
            return glyphs.isEmpty() ? 0 : 2 * (glyphs.get(0).end() - glyphs.get(0).start());
        }
        double[] a = gaps.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
