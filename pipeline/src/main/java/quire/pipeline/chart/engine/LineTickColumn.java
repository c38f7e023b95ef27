package quire.pipeline.chart.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * The value axis' tick labels left of a line chart when OCR of the whole picture dropped them (sparse-text OCR
 * skips lone digits such as 0, 1, 2, 3): the column of ink nearest the plot is cut into its labels, the labels are
 * set side by side on one line and read as a line, and each word goes back to the label it was cut from.
 */
final class LineTickColumn {

    private LineTickColumn() {
    }

    /** The words with the tick column read again when fewer than three numbers stand left of {@code plotLeft}. */
    static List<Word> reread(BufferedImage img, List<Word> words, double plotLeft, ChartOcr ocr) throws Exception {
        long numbers = words.stream().filter(w -> w.bbox().x1() <= plotLeft && w.text().matches("[-−–—]?[0-9.,%$€£]+")
                && w.text().chars().anyMatch(Character::isDigit)).count();
        int w = img.getWidth(), h = img.getHeight();
        int right = (int) plotLeft - 2;
        if (numbers >= 3 || right < 8) {
            return words;
        }
        boolean[][] ink = new boolean[right][h];
        int[] colInk = new int[right];
        for (int x = 0; x < right; x++) {
            for (int y = 0; y < h; y++) {
                int c = img.getRGB(x, y);
                int lum = ((c >> 16 & 0xff) * 3 + (c >> 8 & 0xff) * 6 + (c & 0xff)) / 10;
                ink[x][y] = lum < 140 && SeriesPalette.chroma(c & 0xffffff) < 40;
                if (ink[x][y]) {
                    colInk[x]++;
                }
            }
        }
        // horizontal rules (grid, zero line, ticks drawn long) are no label ink
        for (int y = 0; y < h; y++) {
            int run = 0;
            for (int x = 0; x <= right; x++) {
                if (x < right && ink[x][y] && colInk[x] <= 0.4 * h) { // vertical rules end runs
                    run++;
                } else {
                    if (run > 12 || run >= 3 && isolated(ink, x - run, x, y, h)) {
                        for (int k = x - run; k < x; k++) {
                            ink[k][y] = false;
                            colInk[k]--;
                        }
                    }
                    run = 0;
                }
            }
        }
        // from the plot leftwards: skip rules (columns inked most of the way down) and blank columns, then the
        // labels' columns up to a gap
        int x1 = right - 1;
        for (int x = right - 1; x >= 0; x--) {
            if (colInk[x] > 0.4 * h) {
                x1 = x; // the plot's left edge: the labels stand left of it
                break;
            }
        }
        while (x1 >= 0 && (colInk[x1] == 0 || colInk[x1] > 0.4 * h)) {
            x1--;
        }
        int x0 = x1, blank = 0;
        while (x0 > 0 && blank < 4) {
            x0--;
            blank = colInk[x0] == 0 || colInk[x0] > 0.4 * h ? blank + 1 : 0;
        }
        x0 += blank;
        if (x1 - x0 < 3) {
            return words;
        }
        // the labels: runs of inked rows in those columns
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= h; y++) {
            boolean any = false;
            for (int x = x0; y < h && x <= x1 && !any; x++) {
                any = ink[x][y];
            }
            if (any && start < 0) {
                start = y;
            } else if (!any && start >= 0) {
                if (y - start >= 5 && y - start <= 30) {
                    bands.add(new int[] {start, y});
                }
                start = -1;
            }
        }
        if (bands.size() < 3) {
            return words;
        }
        int bw = x1 - x0 + 1, gap = 14, pad = 6;
        int tall = bands.stream().mapToInt(b -> b[1] - b[0]).max().orElse(0);
        BufferedImage line = new BufferedImage(bands.size() * (bw + gap) + gap, tall + 2 * pad,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = line.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, line.getWidth(), line.getHeight());
        for (int i = 0; i < bands.size(); i++) {
            int[] b = bands.get(i);
            g.drawImage(img.getSubimage(x0, b[0], bw, b[1] - b[0]), gap + i * (bw + gap), pad, null);
        }
        g.dispose();
        List<Word> found = new ArrayList<>();
        for (Word r : ocr.lineWords(line)) {
            int first = slot(r.bbox().x0() + 2, bw, gap), last = slot(r.bbox().x1() - 2, bw, gap);
            String text = r.text().replace('—', '-').replace('–', '-').replace('−', '-');
            // lone digits set close read as one word ("0123"): one character per label then
            List<String> parts = last > first && text.length() == last - first + 1
                    ? text.chars().mapToObj(c -> String.valueOf((char) c)).toList() : List.of(text);
            int i0 = parts.size() > 1 ? first : slot(r.bbox().centerX(), bw, gap);
            for (int k = 0; k < parts.size(); k++) {
                int i = i0 + k;
                if (i < 0 || i >= bands.size()) {
                    continue;
                }
                String t = parts.get(k);
                if (t.matches("-?[OoQD]+")) {
                    t = t.replaceAll("[OoQD]+", "0"); // a lone zero reads as a letter O
                }
                int[] b = bands.get(i);
                found.add(new Word(t, new BBox(x0, b[0], x1 + 1, b[1]), r.conf(), r.source()));
            }
        }
        if (found.size() < 3) {
            return words;
        }
        List<Word> out = new ArrayList<>();
        for (Word x : words) {
            BBox b = x.bbox();
            if (b.x1() < x0 - 2 || b.x0() > x1 + 2) {
                out.add(x);
            }
        }
        out.addAll(found);
        return out;
    }

    /** A horizontal run of ink (x0..x1-1 on row y) with no ink two rows above or below it: a tick mark, not a glyph. */
    private static boolean isolated(boolean[][] ink, int x0, int x1, int y, int h) {
        for (int x = x0; x < x1; x++) {
            // a mark drawn two rows thick still has nothing two rows away
            if (y > 1 && ink[x][y - 2] || y < h - 2 && ink[x][y + 2]) {
                return false;
            }
        }
        return true;
    }

    /** The label slot of the one-line picture an x falls in. */
    private static int slot(double x, int bw, int gap) {
        return (int) Math.floor((x - gap / 2.0) / (bw + gap));
    }
}
