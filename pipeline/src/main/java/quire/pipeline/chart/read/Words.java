package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.metric.CellNumbers;

/** Word helpers for chart reading: numbers, label joining, lines of words. */
final class Words {

    private Words() {
    }

    /** The word's number (thousands separators, %, currency removed), if it is one. */
    static OptionalDouble number(Word w) {
        String t = w.text().strip();
        if (t.isEmpty() || t.chars().noneMatch(Character::isDigit)) {
            return OptionalDouble.empty();
        }
        long letters = t.chars().filter(Character::isLetter).count();
        if (letters > 0) {
            return OptionalDouble.empty();
        }
        return CellNumbers.parse(t);
    }

    static boolean isNumber(Word w) {
        return number(w).isPresent();
    }

    /** Digits after the decimal point as the word writes its number. */
    static int decimals(Word w) {
        String t = w.text().strip().replaceAll("[^0-9.,]", "");
        int dot = t.lastIndexOf('.');
        if (dot < 0) {
            int comma = t.lastIndexOf(',');
            if (comma >= 0 && t.length() - comma - 1 != 3) {
                return t.length() - comma - 1; // decimal comma
            }
            return 0;
        }
        return t.length() - dot - 1;
    }

    /** A data label's value as a plain number text: "36,840" → "36840", "45.7%" → "45.7". */
    static String plain(Word w) {
        return format(number(w).orElseThrow(), decimals(w));
    }

    static String format(double v, int decimals) {
        if (Math.abs(v) < 0.5 * Math.pow(10, -decimals)) {
            v = 0;
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", v);
    }

    /**
     * Joins the words of one label in reading order: rotated labels (words whose boxes overlap vertically) by x,
     * wrapped labels line by line.
     */
    static String join(List<Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        List<Word> sorted = new ArrayList<>(words);
        boolean rotated = sorted.stream().anyMatch(w -> w.bbox().height() > 1.6 * w.bbox().width()
                && w.text().length() > 1);
        if (rotated) {
            // text running upwards reads bottom to top
            sorted.sort(Comparator.comparingDouble((Word w) -> -w.bbox().y1()));
        } else if (sorted.stream().mapToDouble(w -> w.bbox().y0()).max().orElse(0)
                < sorted.stream().mapToDouble(w -> w.bbox().y1()).min().orElse(0)
                || sorted.stream().filter(w -> w.text().length() >= 4
                        && w.bbox().height() > 0.65 * w.bbox().width()).count() * 2
                    > sorted.stream().filter(w -> w.text().length() >= 4).count()) {
            sorted.sort(Comparator.comparingDouble((Word w) -> w.bbox().x0())); // one line, or slanted text
        } else {
            List<List<Word>> lines = lines(sorted);
            sorted.clear();
            for (List<Word> line : lines) {
                sorted.addAll(line);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Word w : sorted) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text().strip());
        }
        return sb.toString();
    }

    /** Groups words into lines (words whose vertical centres fall within each other's box), each sorted by x. */
    static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> w.bbox().centerY()));
        List<List<Word>> out = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        double cy = 0;
        double h = 0;
        for (Word w : sorted) {
            if (!cur.isEmpty() && Math.abs(w.bbox().centerY() - cy) > 0.5 * Math.max(h, w.bbox().height())) {
                out.add(sortedByX(cur));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                cy = w.bbox().centerY();
                h = w.bbox().height();
            }
            cur.add(w);
        }
        if (!cur.isEmpty()) {
            out.add(sortedByX(cur));
        }
        return out;
    }

    private static List<Word> sortedByX(List<Word> line) {
        List<Word> s = new ArrayList<>(line);
        s.sort(Comparator.comparingDouble((Word w) -> w.bbox().x0()));
        return s;
    }

    static BBox box(List<Word> words) {
        return BBox.unionOf(words.stream().map(Word::bbox).toList());
    }

    /** "Sales (in thousand units)" → "Sales"; "Share by mode of transport, 2024" → "Share". */
    static String seriesName(String title) {
        String s = title.replaceAll("\\s*\\(.*?\\)", "").replaceAll("\\s*\\(.*$", "");
        int by = s.toLowerCase(Locale.ROOT).indexOf(" by ");
        if (by > 0) {
            s = s.substring(0, by);
        }
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        return s.strip();
    }

    static boolean rotated(Word w) {
        return w.bbox().height() > 1.6 * w.bbox().width() && w.text().length() > 1;
    }

    /**
     * Where each label under a horizontal axis points: its centre for upright text; for text slanted 30° upwards
     * (ending at its tick, as plotting libraries set rotated tick labels) the point where its line meets the top
     * of the label band.
     */
    static java.util.Map<Word, Double> anchors(List<Word> below) {
        java.util.Map<Word, Double> out = new java.util.HashMap<>();
        // a word of 4+ letters set upright is about 3 times wider than tall; slanted 30° it is nearly square
        java.util.function.Predicate<Word> tall = w -> w.bbox().height() > 0.65 * w.bbox().width() && !rotated(w);
        List<Word> longWords = below.stream().filter(w -> w.text().length() >= 4).toList();
        long slantedWords = longWords.stream().filter(tall).count();
        // labels are slanted as a set; short words ("&") do not look slanted on their own
        boolean slanted = !longWords.isEmpty() && slantedWords * 2 > longWords.size();
        double top = longWords.stream().filter(tall).mapToDouble(w -> w.bbox().y0()).min().orElse(0);
        for (Word w : below) {
            BBox b = w.bbox();
            out.put(w, slanted && !rotated(w) ? b.x1() + (b.y0() - top) * 1.732 : b.centerX());
        }
        return out;
    }

    /**
     * The words of the label band that starts at {@code top}: rows of words follow each other down without a gap
     * wider than a line; footers and notes further down are left out.
     */
    static List<Word> band(List<Word> words, double top) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> w.bbox().y0()));
        List<Word> out = new ArrayList<>();
        double bottom = top;
        for (Word w : sorted) {
            double h = Math.min(w.bbox().height(), 3 * Math.max(4, w.bbox().width()));
            double limit = bottom + Math.max(1.2 * h, 6) + (out.isEmpty() ? 1.5 * h : 0);
            if (w.bbox().y0() > limit) {
                break;
            }
            out.add(w);
            bottom = Math.max(bottom, w.bbox().y1());
        }
        return out;
    }
}
