package quire.ocr.auto;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.onnx.SessionSettings;
import quire.ocr.OcrEngine;
import quire.ocr.paddle.PaddleEngine;
import quire.ocr.paddle.PaddleModels;
import quire.ocr.tesseract.TesseractEngine;

/**
 * Makes the engine a user asked for. An explicitly requested engine that cannot load is an error
 * ({@link ModelException}, exit 4); {@code auto} falls back to whichever engine works, with one INFO line.
 */
public final class OcrEngines {

    private static final Logger LOG = LoggerFactory.getLogger(OcrEngines.class);

    /** The engines a user can ask for. */
    public enum Kind {
        AUTO, PADDLE, TESSERACT;

        public static Kind parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown OCR engine '" + name + "' (auto, paddle or tesseract)");
            }
        }
    }

    private OcrEngines() {
    }

    public static OcrEngine open(Kind kind) throws ModelException {
        return open(kind, SessionSettings.fromSystemProperties());
    }

    /** @param settings how PP-OCR's ONNX sessions run (one intra-op thread when pages run in parallel) */
    public static OcrEngine open(Kind kind, SessionSettings settings) throws ModelException {
        return switch (kind) {
            case PADDLE -> PaddleEngine.openLoaded(PaddleModels.require(), settings);
            case TESSERACT -> TesseractEngine.open();
            case AUTO -> openAuto(settings);
        };
    }

    /**
     * PP-OCR alone when it loads, else Tesseract (one INFO line): for reading a scan once for question answering,
     * where PP-OCR's better numbers and names on low-resolution scans are worth its time (decision 0007).
     */
    public static OcrEngine openForQuestions() throws ModelException {
        try {
            return open(Kind.PADDLE);
        } catch (ModelException e) {
            LOG.info("PP-OCR unavailable ({}); OCR uses Tesseract", e.getMessage());
            return TesseractEngine.open();
        }
    }

    private static OcrEngine openAuto(SessionSettings settings) throws ModelException {
        PaddleEngine paddle;
        try {
            // auto reads pages with Tesseract and only word crops with PP-OCR: no detection or angle session
            paddle = PaddleEngine.openForReReading(PaddleModels.require(), settings);
        } catch (ModelException e) {
            LOG.info("PP-OCR unavailable ({}); OCR uses Tesseract", e.getMessage());
            return TesseractEngine.open();
        }
        try {
            return new AutoEngine(paddle, TesseractEngine.open(), ReReadPolicy.defaults());
        } catch (ModelException e) {
            LOG.info("Tesseract unavailable ({}); OCR uses PP-OCR alone", e.getMessage());
            try {
                return paddle.load();
            } catch (ModelException | RuntimeException loadFailed) {
                paddle.close();
                throw loadFailed;
            }
        }
    }
}
