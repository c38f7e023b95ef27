package quire.pipeline.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quire.ocr.text.Line;
import quire.pipeline.ask.index.Block;

/**
 * Splits a block into answer units with character offsets into {@link Block#text()}: table-like blocks into rows
 * (one line each), prose into sentences (which may run across lines).
 */
public final class Units {

    /** A unit {@code [start, end)} of the block text; {@code row} is the line index for table rows, else -1. */
    public record Unit(int start, int end, String text, int row) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\\d\"“(])|\\n(?=\\p{Lu})");
    /** Abbreviations whose period does not end a sentence ("Dr. Novak"). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:dr|mr|mrs|ms|prof|st|no|fig|vs|etc|inc|ltd|co|jr|sr|e\\.g|i\\.e|approx|dept|est)|\\b\\p{Lu})\\.$");
    private static final Pattern NUMERIC = Pattern.compile("^[-+−$€£(]?\\d[\\d.,]*%?\\)?$");

    private Units() {
    }

    public static List<Unit> of(Block block) {
        String text = block.text();
        if (isTable(block)) {
            List<Unit> rows = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i).text();
                rows.add(new Unit(offset, offset + line.length(), line, i));
                offset += line.length() + 1;
            }
            return rows;
        }
        List<Unit> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            // a newline only ends a sentence when the line before it has a sentence end or is short (a heading, or
            // the last line of a paragraph: OCR often drops the final period)
            if (m.group().equals("\n") && !endsLikeSentence(text.substring(start, m.start()))
                    && !shortLineBefore(block, text, m.start())
                    || ABBREVIATION.matcher(text.substring(Math.max(start, m.start() - 8), m.start())).find()) {
                continue;
            }
            add(out, text, start, m.start());
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    /** The line ending at {@code offset} stops well short of the block's right edge, or is a heading. */
    private static boolean shortLineBefore(Block block, String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Line l : block.lines()) {
            left = Math.min(left, l.bbox().x0());
            right = Math.max(right, l.bbox().x1());
        }
        Line before = block.lines().get(line);
        if (line + 1 < block.lines().size()) {
            // a change of text size: a heading or title above the text
            double h0 = before.bbox().height();
            double h1 = block.lines().get(line + 1).bbox().height();
            if (Math.max(h0, h1) > 1.25 * Math.min(h0, h1)) {
                return true;
            }
        }
        return before.bbox().x1() - left < 0.8 * (right - left);
    }

    private static boolean endsLikeSentence(String s) {
        String t = s.strip();
        return t.isEmpty() || ".:!?".indexOf(t.charAt(t.length() - 1)) >= 0 || !t.contains(" ");
    }

    private static void add(List<Unit> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Unit(start, end, text.substring(start, end).replace('\n', ' '), -1));
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d{2}");

    /**
     * The header line of table row {@code row}: the nearest line above it that holds no data (no number but
     * years) and reads like a label row (at most 10 words, no sentence end); the block's first line when none
     * does (the header may be cut off into another block); -1 for the first line itself.
     */
    public static int headerRow(Block block, int row) {
        for (int i = row - 1; i >= 0; i--) {
            Line l = block.lines().get(i);
            boolean data = l.words().stream().anyMatch(w -> NUMERIC.matcher(w.text()).matches()
                    && !YEAR.matcher(w.text()).matches());
            if (data) {
                continue;
            }
            String t = l.text().strip();
            if (l.words().size() >= 2 && l.words().size() <= 10 && ".:;!?".indexOf(t.charAt(t.length() - 1)) < 0) {
                return i;
            }
            break;
        }
        return row > 0 ? 0 : -1;
    }

    /** Most lines hold two or more numeric cells, or the lines are laid out in aligned short cells. */
    static boolean isTable(Block block) {
        if (block.lines().size() < 2) {
            return false;
        }
        int numericRows = 0;
        for (Line l : block.lines()) {
            long nums = l.words().stream().filter(w -> NUMERIC.matcher(w.text()).matches()).count();
            // prose lines carry numbers too; table rows are mostly numbers or short labels with a number
            if (nums >= 2 && nums * 10 >= 3 * l.words().size() || nums >= 1 && l.words().size() <= 4) {
                numericRows++;
            }
        }
        return numericRows * 2 >= block.lines().size();
    }
}
