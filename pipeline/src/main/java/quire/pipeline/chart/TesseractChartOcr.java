package quire.pipeline.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * Tesseract for chart text: the picture is upscaled (tick labels are small) and read in sparse-text mode, which
 * finds scattered labels that page layout analysis merges or drops. Not thread-safe: one per thread.
 */
public final class TesseractChartOcr implements ChartOcr {

    /** Sparse text: find as much text as possible in no particular order. */
    private static final int PSM_SPARSE = 11;
    private final Tesseract tesseract = new Tesseract();
    private final double upscale;

    public TesseractChartOcr(double upscale) {
        this.upscale = upscale;
        tesseract.setDatapath(tessdata().toString());
        tesseract.setLanguage("eng");
        tesseract.setPageSegMode(PSM_SPARSE);
        tesseract.setVariable("user_defined_dpi", "300");
    }

    public TesseractChartOcr() {
        this(2.0);
    }

    static Path tessdata() {
        String prop = System.getProperty("quire.tessdata");
        if (prop != null) {
            return Path.of(prop);
        }
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        for (String v : List.of("5", "4.00", "4")) {
            Path p = Path.of("/usr/share/tesseract-ocr", v, "tessdata");
            if (Files.isRegularFile(p.resolve("eng.traineddata"))) {
                return p;
            }
        }
        return Path.of("/usr/share/tesseract-ocr/5/tessdata");
    }

    @Override
    public List<Word> words(BufferedImage image) {
        BufferedImage big = scaled(image, upscale);
        List<Word> out = new ArrayList<>();
        for (net.sourceforge.tess4j.Word w : tesseract.getWords(big, ITessAPI.TessPageIteratorLevel.RIL_WORD)) {
            String text = w.getText() == null ? "" : w.getText().strip();
            if (text.isEmpty() || w.getConfidence() < 20) {
                continue;
            }
            java.awt.Rectangle r = w.getBoundingBox();
            out.add(new Word(text, new BBox(r.x / upscale, r.y / upscale, (r.x + r.width) / upscale,
                    (r.y + r.height) / upscale), w.getConfidence() / 100.0, TextSource.OCR_TESSERACT));
        }
        return out;
    }

    private static BufferedImage scaled(BufferedImage src, double f) {
        int w = (int) Math.round(src.getWidth() * f), h = (int) Math.round(src.getHeight() * f);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
