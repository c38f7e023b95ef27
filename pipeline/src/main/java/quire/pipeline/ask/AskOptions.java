package quire.pipeline.ask;

import java.nio.file.Path;
import quire.models.CacheDirs;
import quire.pipeline.ask.text.PageTextProvider;

/**
 * How {@link AskJob} indexes and answers.
 *
 * @param cacheDir       where indexes are cached (one directory per document content)
 * @param opener         how a file's page texts are read; null = the shared document layer, with OCR when
 *                       {@code ocr} is set
 * @param dense          whether to add dense (bge-small) retrieval
 * @param denseWaitBlocks documents with at most this many blocks are embedded before {@code open} returns (a one-shot
 *                       CLI call answers with dense retrieval from the start); all others are embedded in the
 *                       background while questions are answered from BM25 (0: every document in the background)
 * @param threshold      the extractive engine's "not found" confidence threshold
 * @param topK           blocks retrieved per question
 */
public record AskOptions(Path cacheDir, PageTextProvider.Opener opener, boolean ocr, boolean dense,
                         int denseWaitBlocks, double threshold, int topK) {

    /** Calibrated on the bench/ask development questions (answerable vs unanswerable). */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public static AskOptions defaults() {
        return new AskOptions(CacheDirs.root().resolve("ask-index"), null, true, true, 3000, DEFAULT_THRESHOLD, 20);
    }

    public AskOptions withCacheDir(Path dir) {
        return new AskOptions(dir, opener, ocr, dense, denseWaitBlocks, threshold, topK);
    }

    public AskOptions withDense(boolean d) {
        return new AskOptions(cacheDir, opener, ocr, d, denseWaitBlocks, threshold, topK);
    }

    public AskOptions withDenseWaitBlocks(int blocks) {
        return new AskOptions(cacheDir, opener, ocr, dense, blocks, threshold, topK);
    }

    public AskOptions withThreshold(double t) {
        return new AskOptions(cacheDir, opener, ocr, dense, denseWaitBlocks, t, topK);
    }

    public AskOptions withOcr(boolean o) {
        return new AskOptions(cacheDir, opener, o, dense, denseWaitBlocks, threshold, topK);
    }

    public AskOptions withOpener(PageTextProvider.Opener o) {
        return new AskOptions(cacheDir, o, ocr, dense, denseWaitBlocks, threshold, topK);
    }
}
