package quire.pipeline.chart.engine;

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
    /** One line of text: titles, which sparse mode breaks up and reads worse. */
    private static final int PSM_LINE = 7;
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
        return read(image);
    }

    @Override
    public List<Word> lineWords(BufferedImage image) {
        tesseract.setPageSegMode(PSM_LINE);
        try {
            return read(image);
        } finally {
            tesseract.setPageSegMode(PSM_SPARSE);
        }
    }

    private List<Word> read(BufferedImage image) {
        BufferedImage big = scaled(withoutRules(TextPicture.of(image)), upscale);
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

    /**
     * A copy without the axis frame, its tick marks and grid lines: long dark connected shapes. Tesseract reads a
     * tick mark touching a label as a character ("8-" for "8").
     */
    static BufferedImage withoutRules(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < px.length; i++) {
            int c = px[i];
            int r = (c >> 16) & 0xff, g = (c >> 8) & 0xff, b = c & 0xff;
            int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
            dark[i] = max - min < 40 && max < 215;
        }
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        int[] members = new int[w * h];
        for (int s = 0; s < dark.length; s++) {
            if (!dark[s] || seen[s]) {
                continue;
            }
            int sp = 0, n = 0, x0 = w, x1 = -1, y0 = h, y1 = -1;
            stack[sp++] = s;
            seen[s] = true;
            while (sp > 0) {
                int p = stack[--sp];
                members[n++] = p;
                int x = p % w, y = p / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int d = 0; d < 4; d++) {
                    int q = d == 0 ? (x > 0 ? p - 1 : -1) : d == 1 ? (x < w - 1 ? p + 1 : -1)
                            : d == 2 ? (y > 0 ? p - w : -1) : (y < h - 1 ? p + w : -1);
                    if (q >= 0 && dark[q] && !seen[q]) {
                        seen[q] = true;
                        stack[sp++] = q;
                    }
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            // long in the picture and in pixels: a parenthesis in a one-line crop is no rule
            boolean rule = (bw > Math.max(40, 0.25 * w) || bh > Math.max(40, 0.25 * h)) && n < 0.5 * bw * bh;
            if (rule) {
                for (int i = 0; i < n; i++) {
                    px[members[i]] = 0xffffffff;
                }
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
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
