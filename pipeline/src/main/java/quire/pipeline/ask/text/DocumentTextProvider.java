package quire.pipeline.ask.text;

import java.nio.file.Path;
import quire.ocr.text.PageText;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageTextSource;

/** A {@link Document}'s words through a {@link PageTextSource}: the text layer, or OCR where the page needs it. */
public final class DocumentTextProvider implements PageTextProvider {

    private final Document document;
    private final PageTextSource source;

    /** Opens files with the shared document layer ({@link Documents#open}): PDFs and images. */
    public static PageTextProvider.Opener opener(PageTextSource source) {
        return file -> new DocumentTextProvider(Documents.open(file), source);
    }

    public DocumentTextProvider(Document document, PageTextSource source) {
        this.document = document;
        this.source = source;
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
        return source.read(document, page);
    }

    @Override
    public void close() {
        document.close();
    }
}
