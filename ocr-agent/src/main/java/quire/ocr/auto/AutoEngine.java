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
import quire.ocr.paddle.LineSampler;
import quire.ocr.paddle.PaddleEngine;
import quire.ocr.paddle.PaddleEngine.PaddleLine;
import quire.ocr.paddle.PaddleEngine.WordLine;
import quire.ocr.tesseract.TesseractEngine;
import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * PP-OCR first; every line it read with a mean character probability under the threshold (0.99, system property
 * {@code quire.ocr.reread}) is read again by Tesseract on the upright line crop. Tesseract's reading is kept when
 * it is surer, or when both read the same characters (then only word breaks differ, and Tesseract's are the more
 * reliable ones in Latin print). The page is {@code mixed} when both engines contributed.
 */
public final class AutoEngine implements OcrEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AutoEngine.class);
    /** Lines PP-OCR read with a mean character probability below this are re-read by Tesseract (tuned on bench/ocr). */
    public static final double REREAD_BELOW = Double.parseDouble(System.getProperty("quire.ocr.reread", "0.99"));
    /** Height of the line image handed to Tesseract: about 10-12 pt text at 300 dpi, Tesseract's sweet spot. */
    static final int LINE_HEIGHT = 64;

    private final PaddleEngine paddle;
    private final TesseractEngine tesseract;
    private final double threshold;

    public AutoEngine(PaddleEngine paddle, TesseractEngine tesseract, double threshold) {
        this.paddle = paddle;
        this.tesseract = tesseract;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public PageText read(BufferedImage image, int page, double scaleToPage) throws ModelException, OcrException {
        List<PaddleLine> lines = paddle.recognize(image);
        LineSampler sampler = null;
        List<WordLine> out = new ArrayList<>();
        int reread = 0;
        int replaced = 0;
        for (PaddleLine line : lines) {
            WordLine fromPaddle = WordLine.of(line, scaleToPage, TextSource.OCR_PADDLE);
            if (line.reading().conf() >= threshold) {
                out.add(fromPaddle);
                continue;
            }
            if (sampler == null) {
                sampler = new LineSampler(PageImages.rgb(image), image.getWidth(), image.getHeight());
            }
            reread++;
            WordLine fromTess = rereadLine(sampler, line.quad(), scaleToPage);
            if (!fromTess.words().isEmpty() && (sameCharacters(fromTess, fromPaddle)
                    || meanConf(fromTess.words()) > line.reading().conf())) {
                out.add(fromTess);
                replaced++;
            } else {
                out.add(fromPaddle);
            }
        }
        LOG.debug("page {}: {} lines, {} re-read by Tesseract, {} kept from it", page, lines.size(), reread, replaced);
        TextSource source = replaced == 0 ? TextSource.OCR_PADDLE
                : replaced == lines.size() ? TextSource.OCR_TESSERACT : TextSource.MIXED;
        return PaddleEngine.assemble(out, page, image, scaleToPage, source);
    }

    private WordLine rereadLine(LineSampler sampler, Quad quad, double scale) throws ModelException, OcrException {
        // a margin of a quarter line height around the quad keeps Tesseract's binarisation happy
        double padU = 0.25 * quad.height() / Math.max(1, quad.width());
        Quad padded = quad.sub(-padU, 1 + padU, -0.25, 1.25);
        int h = LINE_HEIGHT;
        int w = (int) Math.max(1, Math.round(h * padded.width() / Math.max(1e-6, padded.height())));
        BufferedImage crop = sampler.uprightGrey(padded, h, w);
        List<Word> words = new ArrayList<>();
        boolean tilted = Math.abs(quad.angleDegrees()) > 0.5;
        for (Word word : tesseract.readLine(crop)) {
            BBox b = word.bbox();
            Quad wq = padded.sub(b.x0() / w, b.x1() / w, b.y0() / h, b.y1() / h).scale(scale);
            words.add(new Word(word.text(), wq.bbox(), word.conf(), TextSource.OCR_TESSERACT,
                    tilted ? wq.polygon() : List.of()));
        }
        return new WordLine(quad, words);
    }

    /**
     * Both engines read the same characters and differ at most in where words break: Tesseract's word breaks are
     * the more reliable ones for Latin print (PP-OCR's recogniser drops spaces), so its reading is kept.
     */
    static boolean sameCharacters(WordLine a, WordLine b) {
        return joined(a).equals(joined(b));
    }

    private static String joined(WordLine line) {
        StringBuilder sb = new StringBuilder();
        line.words().forEach(w -> sb.append(w.text()));
        return sb.toString();
    }

    private static double meanConf(List<Word> words) {
        double sum = 0;
        int chars = 0;
        for (Word w : words) {
            sum += w.conf() * w.text().length();
            chars += w.text().length();
        }
        return chars == 0 ? 0 : sum / chars;
    }

    @Override
    public void close() {
        paddle.close();
        tesseract.close();
    }
}
