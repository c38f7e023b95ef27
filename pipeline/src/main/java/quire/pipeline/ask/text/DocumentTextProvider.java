package quire.pipeline.ask.text;

import java.nio.file.Path;
import quire.ocr.text.PageText;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.Documents;

/** A {@link Document}'s text layer, with OCR for pages that have none. */
public final class DocumentTextProvider implements PageTextProvider {

    private final Document document;
    private final PageOcr ocr;

    /** Opens files with the shared document layer ({@link Documents#open}): PDFs and images. */
    public static PageTextProvider.Opener opener(PageOcr ocr) {
        return file -> new DocumentTextProvider(Documents.open(file), ocr);
    }

    public DocumentTextProvider(Document document, PageOcr ocr) {
        this.document = document;
        this.ocr = ocr;
    }

    @Override
    public Path path() {
        return document.path();
    }

    @Override
    public int pageCount() {
        return document.pageCount();
    }

    @Override
    public PageText page(int page) throws DocumentException {
        PageText text = document.textLayer(page);
        if (text.lines().isEmpty()) {
            try {
                var read = ocr.read(document.path(), page);
                if (read.isPresent()) {
                    return read.get();
                }
            } catch (Exception e) {
                throw new DocumentException(DocumentException.Reason.CORRUPT,
                        document.path() + ": OCR of page " + page + " failed", e);
            }
        }
        return text;
    }

    @Override
    public void close() {
        document.close();
    }
}
