package quire.ocr.paddle;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.models.ModelException;
import quire.models.onnx.LazySession;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.PageImages;
import quire.ocr.geom.Quad;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/**
 * PP-OCR in ONNX Runtime: DB detection, the angle classifier, SVTR recognition with CTC, words placed from the CTC
 * alignment. Pages turned by 90/180/270° read right: tall lines are read turned, the classifier flips upside-down
 * ones (by page majority when most lines agree), and lines are ordered in the page's own reading direction.
 */
public final class PaddleEngine implements OcrEngine {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PaddleEngine.class);

    /** A recognised line: its quad in image pixels, corners in reading order, and what was read. */
    public record PaddleLine(Quad quad, LineReading reading) {
    }

    /** Lines whose mean character probability is below this are dropped (PP-OCR's drop_score). */
    static final double DROP_SCORE = 0.5;
    /** A single line is flipped only when the classifier is this sure (PP-OCR's cls_thresh). */
    static final double FLIP_THRESHOLD = 0.9;
    static final double FLIP_AGAINST_MAJORITY = 0.995;

    private final OnnxSessionFactory sessions;
    private final boolean ownsSessions;
    private final DbDetector detector;
    private final AngleClassifier classifier;
    private final Recognizer recognizer;
    private final List<LazySession> all;
    private final LazySession recognition;

    public PaddleEngine(PaddleModels models, OnnxSessionFactory sessions, DbDetector.Config config)
            throws ModelException {
        this(models, sessions, false, config);
    }

    /** An engine with its own session factory (closed with the engine); sessions open on first use. */
    public static PaddleEngine open(PaddleModels models) throws ModelException {
        return open(models, SessionSettings.fromSystemProperties());
    }

    public static PaddleEngine open(PaddleModels models, SessionSettings settings) throws ModelException {
        return new PaddleEngine(models, new OnnxSessionFactory(settings), true, DbDetector.Config.defaults());
    }

    /** Like {@link #open} with every session opened now: a missing or corrupt model fails here, nothing leaks. */
    public static PaddleEngine openLoaded(PaddleModels models) throws ModelException {
        return openLoaded(models, SessionSettings.fromSystemProperties());
    }

    public static PaddleEngine openLoaded(PaddleModels models, SessionSettings settings) throws ModelException {
        return opened(models, settings, true);
    }

    /**
     * Like {@link #openLoaded} for re-reading word crops only ({@link #readUprightLines}): the recognition session
     * opens now, the detection and angle sessions only if a page is ever read whole.
     */
    public static PaddleEngine openForReReading(PaddleModels models, SessionSettings settings) throws ModelException {
        return opened(models, settings, false);
    }

    private static PaddleEngine opened(PaddleModels models, SessionSettings settings, boolean all)
            throws ModelException {
        PaddleEngine engine = open(models, settings);
        try {
            return all ? engine.load() : engine.loadRecognition();
        } catch (ModelException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private PaddleEngine(PaddleModels models, OnnxSessionFactory sessions, boolean owns, DbDetector.Config config)
            throws ModelException {
        this.sessions = sessions;
        this.ownsSessions = owns;
        LazySession det = sessions.lazy(models.detector());
        LazySession cls = sessions.lazy(models.classifier());
        LazySession rec = sessions.lazy(models.recognizer());
        this.all = List.of(det, cls, rec);
        this.recognition = rec;
        this.detector = new DbDetector(det, config);
        this.classifier = new AngleClassifier(cls);
        this.recognizer = new Recognizer(rec, Dictionary.load(models.keys()));
    }

    /** Opens all three sessions now, so a missing or corrupt model shows up before the first page. */
    public PaddleEngine load() throws ModelException {
        for (LazySession s : all) {
            s.get();
        }
        return this;
    }

    private PaddleEngine loadRecognition() throws ModelException {
        recognition.get();
        return this;
    }

    @Override
    public String name() {
        return "paddle";
    }

    @Override
    public PageText read(BufferedImage image, int page, double scaleToPage) throws ModelException, OcrException {
        List<PaddleLine> lines = recognize(image);
        List<WordLine> wordLines = new ArrayList<>();
        for (PaddleLine l : lines) {
            wordLines.add(WordLine.of(l, scaleToPage, TextSource.OCR_PADDLE));
        }
        return assemble(wordLines, page, image, scaleToPage, TextSource.OCR_PADDLE);
    }

    /** Lines with their words, in page units, and the quad that orders them. */
    public record WordLine(Quad quad, List<Word> words) {
        public static WordLine of(PaddleLine line, double scale, TextSource source) {
            List<Word> words = new ArrayList<>();
            boolean tilted = Math.abs(line.quad().angleDegrees()) > 0.5;
            for (WordSplitter.WordSpan span : WordSplitter.split(line.reading())) {
                Quad wq = line.quad().sub(span.start(), span.end(), span.top(), span.bottom()).scale(scale);
                words.add(new Word(span.text(), wq.bbox(), round3(span.conf()), source,
                        tilted ? wq.polygon() : List.of()));
            }
            return new WordLine(line.quad(), words);
        }
    }

    /** A page from lines (in any order): reading order applied, empty lines dropped. */
    public static PageText assemble(List<WordLine> lines, int page, BufferedImage image, double scale,
                                    TextSource source) {
        List<WordLine> kept = lines.stream().filter(l -> !l.words().isEmpty()).toList();
        List<Line> out = new ArrayList<>();
        for (int i : ReadingOrder.order(kept.stream().map(WordLine::quad).toList())) {
            out.add(Line.of(kept.get(i).words()));
        }
        return new PageText(page, image.getWidth() * scale, image.getHeight() * scale, source, out);
    }

    /** Detection, orientation, recognition; lines in detection order with quads in image pixels. */
    public List<PaddleLine> recognize(BufferedImage image) throws ModelException, OcrException {
        PageImages.checkSize(image);
        if (image.getWidth() < 4 || image.getHeight() < 4) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<Quad> boxes = detector.detect(image);
        long t1 = System.nanoTime();
        if (boxes.isEmpty()) {
            return List.of();
        }
        LineSampler sampler = LineSampler.of(image);
        List<Quad> oriented = orient(sampler, boxes);
        long t2 = System.nanoTime();
        List<LineReading> readings = recognizer.read(sampler, oriented);
        long t3 = System.nanoTime();
        LOG.debug("det {} ms, cls {} ms, rec {} ms, {} lines", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, boxes.size());
        List<PaddleLine> out = new ArrayList<>();
        for (int i = 0; i < oriented.size(); i++) {
            LineReading r = readings.get(i);
            if (!r.text().isBlank() && r.conf() >= DROP_SCORE) {
                out.add(new PaddleLine(oriented.get(i), r));
            }
        }
        return out;
    }

    /**
     * Recognition only, no detection or angle classification: reads each quad of an upright page as one text line
     * (the auto engine re-reads the words Tesseract is unsure of this way).
     */
    public List<LineReading> readUprightLines(LineSampler sampler, List<Quad> quads, int minWidth)
            throws ModelException, OcrException {
        return recognizer.read(sampler, quads, minWidth);
    }

    /**
     * Tall boxes are read turned a quarter counter-clockwise (PP-OCR's rule, height/width ≥ 1.5); then each group
     * (wide, tall) is flipped by the classifier: all of it when most of the group's text says upside down, else
     * only the lines the classifier is sure about.
     */
    List<Quad> orient(LineSampler sampler, List<Quad> boxes) throws ModelException, OcrException {
        List<Quad> turned = new ArrayList<>();
        boolean[] tall = new boolean[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            Quad q = boxes.get(i);
            tall[i] = q.height() / Math.max(1e-6, q.width()) >= 1.5;
            turned.add(tall[i] ? q.turnCounterClockwise(1) : q);
        }
        double[] p180 = classifier.upsideDown(sampler, turned);
        boolean[] groupFlipped = new boolean[2];
        int[] groupSize = new int[2];
        for (int g = 0; g < 2; g++) {
            double flipped = 0, total = 0;
            int count = 0;
            for (int i = 0; i < boxes.size(); i++) {
                if (tall[i] == (g == 1)) {
                    double w = turned.get(i).width();
                    total += w;
                    flipped += p180[i] > 0.5 ? w : 0;
                    count++;
                }
            }
            groupFlipped[g] = count >= 3 && flipped > 0.6 * total;
            groupSize[g] = count;
        }
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            int g = tall[i] ? 1 : 0;
            // short cells such as "-66.1%" look much the same upside down: against an upright majority of five
            // or more lines, a single line is flipped only when the classifier is all but certain
            double single = groupSize[g] >= 5 ? FLIP_AGAINST_MAJORITY : FLIP_THRESHOLD;
            boolean flip = groupFlipped[g] ? p180[i] > 1 - FLIP_THRESHOLD : p180[i] > single;
            out.add(flip ? turned.get(i).turnCounterClockwise(2) : turned.get(i));
        }
        return out;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    public void close() {
        if (ownsSessions) {
            sessions.close();
        }
    }
}
