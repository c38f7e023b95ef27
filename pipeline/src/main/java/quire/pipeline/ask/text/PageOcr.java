package quire.pipeline.ask.text;

import java.util.Optional;
import quire.ocr.text.PageText;

/**
 * Reads the words of a page that has no text layer (the OCR seam). {@link #NONE} is used until an OCR engine is
 * wired in: such pages are indexed empty and reported as a note.
 */
@FunctionalInterface
public interface PageOcr {

    PageOcr NONE = (file, page) -> Optional.empty();

    Optional<PageText> read(java.nio.file.Path file, int page) throws Exception;
}
