package quire.ocr.auto;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.PageImages;
import quire.ocr.geom.Quad;
import quire.ocr.paddle.LineReading;
import quire.ocr.paddle.LineSampler;
import quire.ocr.paddle.PaddleEngine;
import quire.ocr.tesseract.TesseractEngine;
import quire.ocr.tesseract.TesseractEngine.UprightPage;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * Tesseract first, PP-OCR where Tesseract is unsure (docs/decisions/0005-ocr-auto-order.md). Tesseract reads the
 * page (its layout, lines and words, orientation); every word it is unsure of ({@link ReReadPolicy}) is read again
 * by PP-OCR's recogniser alone on the word's crop of the upright page, no detection pass, and the reading the
 * calibrated confidences favour is kept. The page is {@code mixed} when both engines contributed.
 */
public final class AutoEngine implements OcrEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AutoEngine.class);
    /**
     * Narrowest recogniser input for a word crop, 8 CTC steps (PP-OCR's own floor of 320 would triple the cost of a
     * word; the recogniser's cost is its input's columns). On the calibration and validation sets 64 fixes the same
     * words as 96 did, at about a tenth fewer columns.
     */
    static final int WORD_MIN_WIDTH = 64;

    private final PaddleEngine paddle;
    private final TesseractEngine tesseract;
    private final ReReadPolicy policy;

    public AutoEngine(PaddleEngine paddle, TesseractEngine tesseract, ReReadPolicy policy) {
        this.paddle = paddle;
        this.tesseract = tesseract;
        this.policy = policy;
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public PageText read(BufferedImage image, int page, double scaleToPage) throws ModelException, OcrException {
        PageImages.checkSize(image);
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 4 || h < 4) {
            return new PageText(page, w * scaleToPage, h * scaleToPage, TextSource.OCR_TESSERACT, List.of());
        }
        long t0 = System.nanoTime();
        UprightPage read = tesseract.readUpright(image, TesseractEngine.dpiOf(scaleToPage));
        long t1 = System.nanoTime();
        List<List<Word>> lines = read.lines();

        // the unsure words, each with the crop PP-OCR reads
        List<int[]> where = new ArrayList<>();
        List<Quad> crops = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            List<Word> line = lines.get(li);
            for (int wi = 0; wi < line.size(); wi++) {
                if (policy.suspicious(line.get(wi).text(), line.get(wi).conf(), read.lowestChar(li, wi))) {
                    BBox crop = cropBox(line, wi, read.upright().getWidth(), read.upright().getHeight());
                    if (crop != null) {
                        where.add(new int[] {li, wi});
                        crops.add(quad(crop));
                    }
                }
            }
        }
        List<List<Word>> out = new ArrayList<>();
        lines.forEach(l -> out.add(new ArrayList<>(l)));
        int replaced = 0;
        if (!crops.isEmpty()) {
            BufferedImage up = read.upright();
            LineSampler sampler = LineSampler.of(up);
            List<LineReading> readings = paddle.readUprightLines(sampler, crops, WORD_MIN_WIDTH);
            // replace from the back so indices of earlier words stay valid when one word becomes several
            for (int i = crops.size() - 1; i >= 0; i--) {
                Word tess = lines.get(where.get(i)[0]).get(where.get(i)[1]);
                double lowestChar = read.lowestChar(where.get(i)[0], where.get(i)[1]);
                LineReading r = readings.get(i);
                ReReadPolicy.Keep keep = policy.choose(tess.text(), tess.conf(), lowestChar, r.text(), r.conf());
                LOG.trace("'{}' {} (characters {}) / PP-OCR '{}' {}: {}", tess.text(), tess.conf(), lowestChar,
                        r.text(), r.conf(), keep);
                if (keep == ReReadPolicy.Keep.PADDLE) {
                    List<Word> words = wordsOf(r, crops.get(i), tess.bbox());
                    if (!words.isEmpty()) {
                        List<Word> target = out.get(where.get(i)[0]);
                        target.remove(where.get(i)[1]);
                        target.addAll(where.get(i)[1], words);
                        replaced++;
                    }
                }
            }
        }
        LOG.debug("page {}: Tesseract {} ms; {} words re-read by PP-OCR in {} ms, {} taken from it", page,
                (t1 - t0) / 1_000_000, crops.size(), (System.nanoTime() - t1) / 1_000_000, replaced);
        int total = lines.stream().mapToInt(List::size).sum();
        TextSource source = replaced == 0 ? TextSource.OCR_TESSERACT
                : replaced == total ? TextSource.OCR_PADDLE : TextSource.MIXED;
        List<Line> pageLines = new ArrayList<>();
        for (List<Word> line : out) {
            List<Word> mapped = new ArrayList<>();
            for (Word word : line) {
                BBox b = read.toPage(word.bbox(), w, h).scale(scaleToPage);
                mapped.add(new Word(word.text(), b, word.conf(), word.source()));
            }
            if (!mapped.isEmpty()) {
                pageLines.add(Line.of(mapped));
            }
        }
        return new PageText(page, w * scaleToPage, h * scaleToPage, source, pageLines);
    }

    /**
     * The crop of word {@code i} that PP-OCR reads: the word's box grown to the line's ascender and descender
     * height (taken from its neighbours, as a word of x-height letters alone is short) with a margin of a fifth of
     * that height, but never past the middle of the gap to a neighbouring word. Null for words Tesseract found
     * running down the page (tall, several characters), which the upright-line recogniser cannot read.
     */
    static BBox cropBox(List<Word> line, int i, int imageWidth, int imageHeight) {
        BBox b = line.get(i).bbox();
        if (line.get(i).text().length() >= 2 && b.height() > 1.5 * b.width()) {
            return null;
        }
        double top = b.y0();
        double bottom = b.y1();
        for (int j = Math.max(0, i - 1); j <= Math.min(line.size() - 1, i + 1); j++) {
            top = Math.min(top, line.get(j).bbox().y0());
            bottom = Math.max(bottom, line.get(j).bbox().y1());
        }
        double lineHeight = bottom - top;
        double pad = 0.2 * lineHeight;
        double left = b.x0() - pad;
        double right = b.x1() + pad;
        if (i > 0) {
            left = Math.max(left, (line.get(i - 1).bbox().x1() + b.x0()) / 2);
        }
        if (i + 1 < line.size()) {
            right = Math.min(right, (b.x1() + line.get(i + 1).bbox().x0()) / 2);
        }
        left = Math.min(left, b.x0());
        right = Math.max(right, b.x1());
        return new BBox(Math.max(0, left), Math.max(0, top - pad), Math.min(imageWidth, right),
                Math.min(imageHeight, bottom + pad));
    }

    /**
     * PP-OCR's reading of a word crop as words: one word in Tesseract's box when it read no space, else one word per
     * space-separated run of characters, placed along the crop by the CTC positions of its characters (the ink-gap
     * splitting PP-OCR's own lines get is not wanted here: Tesseract already found the word's edges).
     */
    static List<Word> wordsOf(LineReading reading, Quad crop, BBox tessBox) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double start = 0;
        double end = 0;
        double probs = 0;
        List<LineReading.Glyph> glyphs = new ArrayList<>(reading.glyphs());
        glyphs.add(new LineReading.Glyph(" ", 1, 1, 1, 0));
        List<Word> runs = new ArrayList<>();
        for (LineReading.Glyph g : glyphs) {
            if (g.isSpace()) {
                if (text.length() > 0) {
                    double x0 = Math.max(tessBox.x0(), crop.at(start, 0)[0]);
                    double x1 = Math.min(tessBox.x1(), crop.at(end, 0)[0]);
                    BBox box = x1 > x0 ? new BBox(x0, tessBox.y0(), x1, tessBox.y1()) : tessBox;
                    int chars = text.codePointCount(0, text.length());
                    runs.add(new Word(text.toString(), box, round3(probs / chars), TextSource.OCR_PADDLE));
                    text.setLength(0);
                    probs = 0;
                }
                continue;
            }
            if (text.length() == 0) {
                start = g.start();
            }
            text.append(g.text());
            end = g.end();
            probs += g.prob() * g.text().codePointCount(0, g.text().length());
        }
        if (runs.size() == 1) {
            Word only = runs.get(0);
            words.add(new Word(only.text(), tessBox, round3(reading.conf()), TextSource.OCR_PADDLE));
        } else {
            words.addAll(runs);
        }
        return words;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Quad quad(BBox b) {
        return new Quad(b.x0(), b.y0(), b.x1(), b.y0(), b.x1(), b.y1(), b.x0(), b.y1());
    }

    @Override
    public void close() {
        paddle.close();
        tesseract.close();
    }
}
