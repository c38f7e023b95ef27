package quire.pipeline.ocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.auto.OcrEngines;
import quire.ocr.paddle.PaddleModels;
import quire.ocr.text.PageText;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageTextSource;

/**
 * The text layer where it is usable, OCR where {@link OcrDecision} says the page needs it. The OCR engine
 * ({@code auto}) is opened on the first page that needs it; when no engine can load, pages keep their text layer
 * and one INFO line says so (Tika: in AUTO, OCR without an engine is skipped quietly). Close it to free the engine.
 */
public final class OcrPageTextSource implements PageTextSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OcrPageTextSource.class);

    /** Opens an engine when first needed. */
    @FunctionalInterface
    public interface EngineOpener {
        OcrEngine open() throws ModelException;
    }

    private final OcrConfig config;
    private final EngineOpener opener;
    private final boolean scanResolution;
    private final String engineName;
    private OcrEngine engine;
    private boolean unavailable;

    public OcrPageTextSource(OcrConfig config, EngineOpener opener) {
        this(config, opener, false, "custom");
    }

    /**
     * @param scanResolution render a scanned page at most at its own resolution ({@link ScanResolution}), the
     *                       configured dpi being the cap
     */
    public OcrPageTextSource(OcrConfig config, EngineOpener opener, boolean scanResolution, String engineName) {
        this.config = config;
        this.opener = opener;
        this.scanResolution = scanResolution;
        this.engineName = engineName;
    }

    /** How this source reads text, for cache keys: the engine and the resolution rule ({@code ocr-auto-scan-300}). */
    public String extraction() {
        return "ocr-" + engineName + (scanResolution ? "-scan-" : "-") + Math.round(config.dpi());
    }

    /** The default: Tika's rule, with the engine named by {@code quire.ocr.engine} ({@code auto} when unset). */
    public static OcrPageTextSource auto() {
        OcrEngines.Kind kind = OcrEngines.Kind.parse(System.getProperty("quire.ocr.engine", "auto"));
        return new OcrPageTextSource(OcrConfig.defaults(), () -> OcrEngines.open(kind), false, kind.name());
    }

    /**
     * The source for the question-answering index: scans read at their own resolution, by PP-OCR when its models are
     * installed (Tesseract when they are not, or when they fail to load), unless {@code quire.ocr.engine} names an
     * engine. Not {@code auto}: Q&A reads a scan once and keeps the index, and one misread number is a wrong answer.
     * On the generated 150-dpi report scans (bench/ask) PP-OCR alone answered 34 of 36 questions and put the
     * evidence on the right page for 36, Tesseract-first {@code auto} 32 and 33; on a held-out set made with another
     * seed 34 against 28 (decision 0007). It costs about one more CPU second a scanned page.
     */
    public static OcrPageTextSource forQuestions() {
        String named = System.getProperty("quire.ocr.engine");
        if (named != null) {
            OcrEngines.Kind kind = OcrEngines.Kind.parse(named);
            return new OcrPageTextSource(OcrConfig.defaults(), () -> OcrEngines.open(kind), true, kind.name());
        }
        if (PaddleModels.locate().isEmpty()) {
            return new OcrPageTextSource(OcrConfig.defaults(), () -> OcrEngines.open(OcrEngines.Kind.TESSERACT), true,
                    "tesseract");
        }
        return new OcrPageTextSource(OcrConfig.defaults(), OcrEngines::openForQuestions, true, "paddle");
    }

    @Override
    public PageText read(Document doc, int page) throws DocumentException {
        OcrDecision decision = OcrDecision.needsOcr(doc.stats(page), config);
        if (!decision.ocr()) {
            return doc.textLayer(page);
        }
        OcrEngine e = engine();
        if (e == null) {
            return doc.textLayer(page);
        }
        LOG.debug("page {}: OCR ({})", page, decision.reason());
        try {
            float dpi = scanResolution ? ScanResolution.dpiFor(doc, page, config.dpi()) : config.dpi();
            return PageOcr.read(doc, page, e, dpi);
        } catch (ModelException | OcrException ex) {
            LOG.warn("page {}: OCR failed ({}); using its text layer", page, ex.getMessage());
            return doc.textLayer(page);
        }
    }

    private synchronized OcrEngine engine() {
        if (engine == null && !unavailable) {
            try {
                engine = opener.open();
            } catch (ModelException ex) {
                unavailable = true;
                LOG.info("no OCR engine available ({}); pages without a usable text layer stay empty",
                        ex.getMessage());
            }
        }
        return engine;
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
