package quire.pipeline.ask.text;

import java.nio.file.Path;
import quire.ocr.text.PageText;
import quire.pipeline.document.DocumentException;

/**
 * The words of a document page by page, for indexing. Implementations decide where words come from: the text layer,
 * or OCR for pages that have none (see {@link PageOcr}).
 */
public interface PageTextProvider extends AutoCloseable {

    Path path();

    int pageCount();

    /** The words of one page (from 1); a page without words yields a {@link PageText} with no lines. */
    PageText page(int page) throws DocumentException;

    @Override
    void close();

    /** Opens a provider for a file; the one seam where the document layer plugs in. */
    @FunctionalInterface
    interface Opener {
        PageTextProvider open(Path file) throws DocumentException;
    }
}
