package quire.ocr.tesseract;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.PageImages;
import quire.ocr.image.Rotation;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * Tesseract 5 through Tess4J's C API binding: word boxes and confidences from its result iterator, lines from its
 * layout. One native handle per concurrent caller (pooled, initialised once). A page is read as it is first; only
 * when that reading is poor does Tesseract's orientation detection (psm 0) run, and a page turned by 90/180/270°
 * is read again upright, boxes mapped back.
 */
public final class TesseractEngine implements OcrEngine {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractEngine.class);
    /** Below this OSD confidence the page is read as it is. */
    static final float OSD_MIN_CONFIDENCE = 2.0f;
    /**
     * Words under this word confidence get their characters' confidences read (a walk over their symbols); the
     * others count as all characters sure. Tesseract's word confidence is never above its lowest character's: on
     * the calibration sets 1 - word ≥ 6.4 × (1 - lowest character), so a word at 0.9 has no character under 0.98.
     */
    static final double CHARS_BELOW = 0.9;

    private final Path tessdata;
    private final String lang;
    private final boolean detectOrientation;
    private final ConcurrentLinkedDeque<TessBaseAPI> pool = new ConcurrentLinkedDeque<>();
    /** Orientation detection needs handles initialised with the "osd" data. */
    private final ConcurrentLinkedDeque<TessBaseAPI> osdPool = new ConcurrentLinkedDeque<>();
    private final List<TessBaseAPI> all = new ArrayList<>();
    private volatile boolean closed;

    private TesseractEngine(Path tessdata, String lang, boolean detectOrientation) {
        this.tessdata = tessdata;
        this.lang = lang;
        this.detectOrientation = detectOrientation && Files.isRegularFile(tessdata.resolve("osd.traineddata"));
    }

    /** English, with orientation detection when {@code osd.traineddata} is installed. */
    public static TesseractEngine open() throws ModelException {
        return open("eng", true);
    }

    public static TesseractEngine open(String lang, boolean detectOrientation) throws ModelException {
        TesseractEngine engine = new TesseractEngine(Tessdata.locate(lang), lang, detectOrientation);
        engine.release(engine.acquire());
        return engine;
    }

    @Override
    public String name() {
        return "tesseract";
    }

    /**
     * What Tesseract read on a page: the upright image it read (the page itself unless it was turned), how many
     * quarter turns clockwise made it upright, and its lines of words in the upright image's pixels (each word's
     * {@code conf} is Tesseract's word confidence, and {@link #lowestChar} the lowest of its characters').
     */
    public record UprightPage(BufferedImage upright, int turns, List<List<Word>> lines, List<double[]> lowestChars) {

        /**
         * The lowest confidence (0..1) of the characters of word {@code word} of line {@code line}; 1 for words of
         * word confidence from {@link #CHARS_BELOW} up, whose characters are not read one by one.
         */
        public double lowestChar(int line, int word) {
            return lowestChars.get(line)[word];
        }

        /** A box on the upright image, back on the page image as given. */
        public BBox toPage(BBox b, int pageWidth, int pageHeight) {
            return Rotation.unturn(b, turns, pageWidth, pageHeight);
        }
    }

    @Override
    public PageText read(BufferedImage image, int page, double scaleToPage) throws ModelException, OcrException {
        PageImages.checkSize(image);
        double w = image.getWidth() * scaleToPage;
        double h = image.getHeight() * scaleToPage;
        if (image.getWidth() < 4 || image.getHeight() < 4) {
            return new PageText(page, w, h, TextSource.OCR_TESSERACT, List.of());
        }
        UprightPage read = readUpright(image, dpiOf(scaleToPage));
        List<Line> out = new ArrayList<>();
        for (List<Word> words : read.lines()) {
            List<Word> mapped = new ArrayList<>();
            for (Word word : words) {
                BBox b = read.toPage(word.bbox(), image.getWidth(), image.getHeight());
                mapped.add(new Word(word.text(), b.scale(scaleToPage), word.conf(), TextSource.OCR_TESSERACT));
            }
            out.add(Line.of(mapped));
        }
        return new PageText(page, w, h, TextSource.OCR_TESSERACT, out);
    }

    /** The resolution Tesseract is told for an image of {@code scaleToPage} points per pixel. */
    public static int dpiOf(double scaleToPage) {
        return (int) Math.round(Math.max(70, Math.min(1200, 72 / scaleToPage)));
    }

    /**
     * Reads the page as it is; only when that reading is poor ({@link OrientationCheck}) does orientation detection
     * run, and a page it finds turned is read again upright, the better of the two readings kept.
     */
    public UprightPage readUpright(BufferedImage image, int dpi) throws ModelException, OcrException {
        TessBaseAPI api = acquire();
        try {
            WordCollector asIs = recognize(api, image, dpi, TessPageSegMode.PSM_AUTO);
            if (!detectOrientation || OrientationCheck.readsUpright(asIs.lines())) {
                return page(image, 0, asIs);
            }
            TessBaseAPI osd = acquire(osdPool, "osd");
            int turns;
            try {
                turns = orientation(osd, image, dpi);
            } finally {
                osdPool.addFirst(osd);
            }
            if (turns == 0) {
                return page(image, 0, asIs);
            }
            BufferedImage upright = Rotation.turnClockwise(image, turns);
            WordCollector turned = recognize(api, upright, dpi, TessPageSegMode.PSM_AUTO);
            double asIsConf = OrientationCheck.meanConf(asIs.lines());
            double turnedConf = OrientationCheck.meanConf(turned.lines());
            LOG.debug("page read as is: confidence {}; turned {}x90°: {}", asIsConf, turns, turnedConf);
            return turnedConf >= asIsConf ? page(upright, turns, turned) : page(image, 0, asIs);
        } finally {
            release(api);
        }
    }

    private static UprightPage page(BufferedImage upright, int turns, WordCollector read) {
        return new UprightPage(upright, turns, read.lines(), read.lowestChar());
    }

    /** Reads one upright text line (psm 7); word boxes in the line image's pixels. */
    public List<Word> readLine(BufferedImage line) throws ModelException, OcrException {
        TessBaseAPI api = acquire();
        try {
            List<Word> words = new ArrayList<>();
            for (List<Word> l : recognize(api, line, 300, TessPageSegMode.PSM_SINGLE_LINE).lines()) {
                words.addAll(l);
            }
            return words;
        } finally {
            release(api);
        }
    }

    /** Quarter turns clockwise that make the page upright (0 when unsure). */
    private int orientation(TessBaseAPI api, BufferedImage image, int dpi) {
        // orientation needs no more than ~150 dpi: detect it on a smaller copy
        double shrink = Math.min(1.0, 150.0 / dpi);
        if (shrink < 0.9) {
            image = PageImages.resize(image, Math.max(1, (int) Math.round(image.getWidth() * shrink)),
                    Math.max(1, (int) Math.round(image.getHeight() * shrink)));
            dpi = (int) Math.round(dpi * shrink);
        }
        TessAPI1.TessBaseAPISetPageSegMode(api, TessPageSegMode.PSM_OSD_ONLY);
        setImage(api, image, dpi);
        IntBuffer degrees = ints();
        FloatBuffer orientConf = floats();
        FloatBuffer scriptConf = floats();
        PointerByReference script = new PointerByReference();
        int ok = TessAPI1.TessBaseAPIDetectOrientationScript(api, degrees, orientConf, script, scriptConf);
        TessAPI1.TessBaseAPIClear(api);
        LOG.debug("OSD: {}°, confidence {}", degrees.get(0), orientConf.get(0));
        if (ok == 0 || orientConf.get(0) < OSD_MIN_CONFIDENCE || degrees.get(0) == 0) {
            return 0;
        }
        // Tesseract reports how far the text is turned clockwise; turning back is that much counter-clockwise
        return Math.floorMod(-degrees.get(0) / 90, 4);
    }

    private WordCollector recognize(TessBaseAPI api, BufferedImage image, int dpi, int psm) throws OcrException {
        if (Thread.currentThread().isInterrupted()) {
            throw new OcrException("OCR interrupted");
        }
        TessAPI1.TessBaseAPISetPageSegMode(api, psm);
        setImage(api, image, dpi);
        if (TessAPI1.TessBaseAPIRecognize(api, null) != 0) {
            TessAPI1.TessBaseAPIClear(api);
            throw new OcrException("Tesseract failed to recognise the page");
        }
        WordCollector lines = new WordCollector();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(api);
        if (ri == null) {
            TessAPI1.TessBaseAPIClear(api);
            return lines;
        }
        long t0 = System.nanoTime();
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            IntBuffer l = ints(), t = ints(), r = ints(), b = ints();
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    lines.newLine();
                }
                Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_WORD);
                if (p == null) {
                    continue;
                }
                String text = p.getString(0, "UTF-8").strip();
                TessAPI1.TessDeleteText(p);
                double conf = unit(TessAPI1.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_WORD));
                TessAPI1.TessPageIteratorBoundingBox(pi, TessPageIteratorLevel.RIL_WORD, l, t, r, b);
                if (!text.isEmpty()) {
                    lines.add(new Word(text, new BBox(l.get(0), t.get(0), r.get(0), b.get(0)), conf,
                            TextSource.OCR_TESSERACT), conf < CHARS_BELOW ? lowestSymbol(ri) : 1.0);
                }
            } while (TessAPI1.TessResultIteratorNext(ri, TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
            TessAPI1.TessBaseAPIClear(api);
        }
        LOG.trace("result iteration {} µs", (System.nanoTime() - t0) / 1000);
        return lines;
    }

    /** The lowest symbol confidence (0..1) of the word the iterator is at, walked on a copy of the iterator. */
    private static double lowestSymbol(TessResultIterator word) {
        TessResultIterator it = TessAPI1.TessResultIteratorCopy(word);
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(it);
            double lowest = 1;
            do {
                lowest = Math.min(lowest, unit(TessAPI1.TessResultIteratorConfidence(it,
                        TessPageIteratorLevel.RIL_SYMBOL)));
            } while (TessAPI1.TessPageIteratorIsAtFinalElement(pi, TessPageIteratorLevel.RIL_WORD,
                    TessPageIteratorLevel.RIL_SYMBOL) == 0
                    && TessAPI1.TessResultIteratorNext(it, TessPageIteratorLevel.RIL_SYMBOL) != 0);
            return lowest;
        } finally {
            TessAPI1.TessResultIteratorDelete(it);
        }
    }

    private static double unit(float conf) {
        return Math.max(0, Math.min(1, conf / 100.0));
    }

    // JNA's direct mapping needs direct buffers for out-parameters
    private static IntBuffer ints() {
        return ByteBuffer.allocateDirect(4).order(java.nio.ByteOrder.nativeOrder()).asIntBuffer();
    }

    private static FloatBuffer floats() {
        return ByteBuffer.allocateDirect(4).order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static void setImage(TessBaseAPI api, BufferedImage image, int dpi) {
        byte[] grey = PageImages.grey(image);
        ByteBuffer buf = ByteBuffer.allocateDirect(grey.length);
        buf.put(grey).flip();
        TessAPI1.TessBaseAPISetImage(api, buf, image.getWidth(), image.getHeight(), 1, image.getWidth());
        TessAPI1.TessBaseAPISetSourceResolution(api, dpi);
    }

    private TessBaseAPI acquire() throws ModelException {
        return acquire(pool, lang);
    }

    private TessBaseAPI acquire(ConcurrentLinkedDeque<TessBaseAPI> from, String lang) throws ModelException {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        TessBaseAPI api = from.pollFirst();
        if (api != null) {
            return api;
        }
        try {
            api = TessAPI1.TessBaseAPICreate();
        } catch (LinkageError e) {
            throw new ModelException("Tesseract library not found; apt-get install tesseract-ocr libtesseract-dev", e);
        }
        if (TessAPI1.TessBaseAPIInit3(api, tessdata.toString(), lang) != 0) {
            TessAPI1.TessBaseAPIDelete(api);
            throw new ModelException("Tesseract cannot load '" + lang + "' from " + tessdata
                    + "; apt-get install tesseract-ocr-" + lang);
        }
        // Tesseract otherwise prints "Estimating resolution" and friends on stderr
        TessAPI1.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        synchronized (all) {
            all.add(api);
        }
        return api;
    }

    private void release(TessBaseAPI api) {
        pool.addFirst(api);
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (TessBaseAPI api : all) {
                TessAPI1.TessBaseAPIEnd(api);
                TessAPI1.TessBaseAPIDelete(api);
            }
            all.clear();
            pool.clear();
            osdPool.clear();
        }
    }
}
