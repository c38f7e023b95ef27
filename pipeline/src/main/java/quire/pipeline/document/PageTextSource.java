package quire.pipeline.document;

import quire.ocr.text.PageText;

/**
 * Where the words of a page come from. {@link #TEXT_LAYER} reads the PDF's own text; the OCR work plugs in here
 * (a source that asks the router and falls back to OCR for scanned pages), so {@code quire text} and the jobs
 * need not change when it arrives.
 */
@FunctionalInterface
public interface PageTextSource {

    PageText read(Document doc, int page) throws DocumentException;

    /** The document's text layer only: no lines for images and image-only pages. */
    PageTextSource TEXT_LAYER = Document::textLayer;
}
