package quire.pipeline.ask.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;

/**
 * Groups a page's lines into blocks: a new block starts at a vertical gap larger than the usual line spacing, at a
 * change of text size (headings), at a jump back up the page (a new column), or when a block grows too long.
 */
public final class BlockBuilder {

    static final int MAX_LINES = 12;
    static final int MAX_WORDS = 160;

    private BlockBuilder() {
    }

    /** Blocks of one page, numbered on from {@code firstOrdinal}. */
    public static List<Block> blocks(PageText page, int firstOrdinal) {
        List<Line> rows = new ArrayList<>();
        for (Line l : mergeRows(clean(page.lines(), page.width()))) {
            // after the merge: OCR may cut a number across two boxes of one row ("423." | "1 million")
            rows.add(Line.of(OcrWords.repair(l.words())));
        }
        List<Line> lines = ReadingOrder.order(rows, page.width());
        List<Block> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        double typical = medianHeight(lines);
        List<Line> current = new ArrayList<>();
        int words = 0;
        for (Line line : lines) {
            if (!current.isEmpty()) {
                Line prev = current.get(current.size() - 1);
                double gap = line.bbox().y0() - prev.bbox().y1();
                double hPrev = prev.bbox().height();
                double hLine = line.bbox().height();
                boolean tableRows = rowLike(prev) && rowLike(line)
                        && Math.abs(prev.bbox().x0() - line.bbox().x0()) < 3 && gap < 1.6 * typical;
                // OCR line boxes vary with skew and noise: only a larger jump in height is a heading, and never
                // between aligned table rows
                boolean ocr = OcrWords.isOcr(line.words().get(0));
                boolean sizeChange = Math.max(hPrev, hLine) > (ocr ? 1.6 : 1.35) * Math.min(hPrev, hLine)
                        && !(ocr && tableRows);
                boolean breakHere = gap > 0.9 * typical && !tableRows
                        || gap < -2 * typical
                        || sizeChange
                        || current.size() >= MAX_LINES
                        || words + line.words().size() > MAX_WORDS;
                if (breakHere) {
                    out.add(new Block(page.page(), firstOrdinal + out.size(), current));
                    current = new ArrayList<>();
                    words = 0;
                }
            }
            current.add(line);
            words += line.words().size();
        }
        out.add(new Block(page.page(), firstOrdinal + out.size(), current));
        return out;
    }

    /** A short line without a sentence end: a table row or header, kept with its neighbouring rows. */
    static boolean rowLike(Line line) {
        String t = line.text();
        char last = t.charAt(t.length() - 1);
        return line.words().size() <= 10 && ".:;!?".indexOf(last) < 0;
    }

    /**
     * Joins consecutive lines that sit on the same row, left to right (a text layer may hand over each table cell
     * as a line of its own); the reading order step splits real columns apart again.
     */
    static List<Line> mergeRows(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (!out.isEmpty()) {
                Line prev = out.get(out.size() - 1);
                double overlap = Math.min(prev.bbox().y1(), line.bbox().y1()) - Math.max(prev.bbox().y0(),
                        line.bbox().y0());
                double h = Math.min(prev.bbox().height(), line.bbox().height());
                if (h > 0 && overlap >= 0.6 * h && line.bbox().x0() >= prev.bbox().x1() - 1) {
                    List<Word> words = new ArrayList<>(prev.words());
                    words.addAll(line.words());
                    out.set(out.size() - 1, Line.of(words));
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** Line numbers printed in the margin on the same baseline as the text (proofs, legal documents). */
    static void dropMarginNumbers(List<Word> words, double pageWidth) {
        if (words.size() < 2 || pageWidth <= 0) {
            return;
        }
        Word last = words.get(words.size() - 1);
        Word beforeLast = words.get(words.size() - 2);
        if (last.text().matches("\\d{1,3}") && last.bbox().x0() > 0.85 * pageWidth
                && last.bbox().x0() - beforeLast.bbox().x1() > 12) {
            words.remove(words.size() - 1);
        }
        Word first = words.get(0);
        if (words.size() >= 2 && first.text().matches("\\d{1,3}") && first.bbox().x1() < 0.15 * pageWidth
                && words.get(1).bbox().x0() - first.bbox().x1() > 12) {
            words.remove(0);
        }
    }

    /** A bare line number in the page margin (proofs, legal documents). */
    static boolean marginNumber(Line line, double pageWidth) {
        return pageWidth > 0 && line.words().size() == 1 && line.text().matches("\\d{1,3}")
                && (line.bbox().x1() < 0.12 * pageWidth || line.bbox().x0() > 0.88 * pageWidth);
    }

    /** Drops margin line numbers and empty words, splits words with inner whitespace (so offsets and words agree). */
    static List<Line> clean(List<Line> lines, double pageWidth) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (marginNumber(line, pageWidth)) {
                continue;
            }
            List<Word> words = new ArrayList<>();
            for (Word w : line.words()) {
                // NFKC folds ligatures (ﬁ → fi) and full-width forms, so "ﬁlm" is found as "film"
                String text = Normalizer.normalize(w.text(), Normalizer.Form.NFKC);
                for (String part : text.strip().split("\\s+")) {
                    if (!part.isEmpty()) {
                        words.add(part.equals(w.text()) ? w : new Word(part, w.bbox(), w.conf(), w.source()));
                    }
                }
            }
            dropMarginNumbers(words, pageWidth);
            if (!words.isEmpty()) {
                out.add(Line.of(words));
            }
        }
        return out;
    }

    private static double medianHeight(List<Line> lines) {
        double[] h = lines.stream().mapToDouble(l -> l.bbox().height()).sorted().toArray();
        return Math.max(1.0, h[h.length / 2]);
    }
}
