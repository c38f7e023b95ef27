package quire.pipeline.chart.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * Tick labels of a vertical value axis that sparse OCR dropped: lone digits ("0", "2", "8") are often skipped. The
 * labels' ink left of the plot is found as right-aligned blobs; when some have no word yet, all of them are set
 * side by side on one line, read in one-line mode, and given back their places.
 */
final class TickColumn {

    private TickColumn() {
    }

    static List<Word> complete(BufferedImage text, List<Word> words, double plotLeft, ChartOcr ocr) throws Exception {
        int right = (int) Math.floor(plotLeft) - 1;
        if (right < 8) {
            return words;
        }
        List<BBox> blobs = labels(text, right);
        if (blobs.size() < 3) {
            return words;
        }
        List<BBox> unread = blobs.stream().filter(b -> words.stream().noneMatch(w -> Words2.number(w)
                && w.bbox().centerX() >= b.x0() - 2 && w.bbox().centerX() <= b.x1() + 2
                && w.bbox().centerY() >= b.y0() - 2 && w.bbox().centerY() <= b.y1() + 2)).toList();
        // short labels only (numbers), some of them unread
        if (unread.isEmpty() || blobs.stream().anyMatch(b -> b.width() > 5 * b.height())) {
            return words;
        }
        List<Word> read = readInLine(text, blobs, ocr);
        if (read.size() != blobs.size() || !read.stream().allMatch(Words2::number)) {
            return words;
        }
        List<Word> out = new ArrayList<>(words);
        for (int i = 0; i < blobs.size(); i++) {
            BBox b = blobs.get(i);
            if (unread.contains(b)) {
                Word r = read.get(i);
                out.add(new Word(r.text(), b, r.conf(), r.source()));
            }
        }
        return out;
    }

    /** Right-aligned one-line blobs of ink in columns [0, right), top to bottom. */
    static List<BBox> labels(BufferedImage text, int right) {
        int h = text.getHeight();
        int[] px = text.getRGB(0, 0, right, h, null, 0, right);
        boolean[] dark = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            dark[i] = (px[i] & 0xff) < 160;
        }
        List<double[]> glyphs = Glyphs.of(dark, right, h);
        // glyphs on one row a small gap apart make a label
        glyphs.sort(Comparator.comparingDouble(g -> g[0]));
        List<BBox> boxes = new ArrayList<>();
        for (double[] g : glyphs) {
            BBox gb = new BBox(g[0], g[1], g[2], g[3]);
            int home = -1;
            for (int i = 0; i < boxes.size(); i++) {
                BBox b = boxes.get(i);
                double hgt = Math.max(b.height(), gb.height());
                boolean sameRow = Math.abs(b.centerY() - gb.centerY()) < 0.5 * hgt;
                if (sameRow && gb.x0() - b.x1() <= 1.2 * hgt && gb.x0() - b.x1() > -2) {
                    home = i;
                    break;
                }
            }
            if (home < 0) {
                boxes.add(gb);
            } else {
                boxes.set(home, boxes.get(home).union(gb));
            }
        }
        // the column: the rightmost edge that three labels share (within 2 pixels); a turned title further left
        // shares edges too
        Map<Long, Integer> edges = new HashMap<>();
        for (BBox b : boxes) {
            if (b.height() <= 30 && b.height() >= 4 && b.width() < 8 * b.height()) {
                for (long e = Math.round(b.x1()) - 2; e <= Math.round(b.x1()) + 2; e++) {
                    edges.merge(e, 1, Integer::sum);
                }
            }
        }
        long rightmost = edges.entrySet().stream().filter(e -> e.getValue() >= 3).mapToLong(Map.Entry::getKey)
                .max().orElse(-100L);
        long edge = edges.getOrDefault(rightmost - 2, 0) >= 3 ? rightmost - 2 : rightmost; // middle of the stretch
        List<BBox> col = new ArrayList<>(boxes.stream().filter(b -> b.height() <= 30 && b.height() >= 4
                && Math.abs(b.x1() - edge) <= 3).toList());
        col.sort(Comparator.comparingDouble(BBox::y0));
        return col;
    }

    /** The blobs copied side by side (wide gaps between) and read as one line; the words in order. */
    private static List<Word> readInLine(BufferedImage text, List<BBox> blobs, ChartOcr ocr) throws Exception {
        int pad = 6;
        double maxH = blobs.stream().mapToDouble(BBox::height).max().orElse(10);
        int gap = (int) Math.ceil(2 * maxH);
        int width = pad;
        for (BBox b : blobs) {
            width += (int) Math.ceil(b.width()) + gap;
        }
        int height = (int) Math.ceil(maxH) + 2 * pad;
        BufferedImage line = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = line.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = pad;
        for (BBox b : blobs) {
            int bx = (int) b.x0(), by = (int) b.y0();
            int bw = (int) Math.ceil(b.width()), bh = (int) Math.ceil(b.height());
            g.drawImage(text.getSubimage(bx, by, bw, bh), x, pad + (int) Math.round(maxH - bh), null);
            x += bw + gap;
        }
        g.dispose();
        List<Word> read = new ArrayList<>(ocr.lineWords(line));
        read.sort(Comparator.comparingDouble(w -> w.bbox().x0()));
        return read;
    }

    /** Numbers as tick labels write them (digits with separators, signs, %, currency). */
    private static final class Words2 {
        static boolean number(Word w) {
            String t = w.text().strip();
            return t.matches("[-−+]?[$€£]?[0-9][0-9.,]*[%]?[kKmMbB]?");
        }
    }
}
