package quire.pipeline.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.ocr.text.PageText;
import quire.pipeline.document.DocumentException.Reason;
import quire.pipeline.document.pdf.DisplayTransform;
import quire.pipeline.document.pdf.PageStatsEngine;
import quire.pipeline.document.pdf.TextLayerReader;

/**
 * A PDF opened with PDFBox. Thread-safe: every operation borrows its own loaded copy of the file from
 * {@link PdfHandles}, so pages can be rendered and read in parallel (PDDocument itself is not thread-safe).
 */
final class PdfDocument implements Document {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocument.class);

    /**
     * For previews ({@link RenderOptions#preview()}: the viewer, {@code quire render}) at or below this resolution,
     * embedded images bigger than the target are decoded subsampled and drawn bilinearly: on scanned pages this
     * renders about twice as fast as PDFBox's area-averaging path. Everything else (OCR, model inputs, chart
     * reading) takes the careful path, which keeps every pixel of a scan: subsampling cost OCR whole words.
     */
    static final float FAST_IMAGE_DPI = 150f;

    private enum PDFRendererChoice { FAST, CAREFUL }

    /** Work on one borrowed copy of the document. */
    private interface Work<T> {
        T apply(PdfHandles.Handle h) throws IOException;
    }

    private final Path path;
    private final boolean encrypted;
    private final int pageCount;
    private final PageGeometry[] geometry;
    private final PdfHandles handles;

    private PdfDocument(Path path, PDDocument first, String password) {
        this.path = path;
        this.encrypted = first.isEncrypted();
        this.pageCount = first.getNumberOfPages();
        this.geometry = new PageGeometry[pageCount];
        int workers = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
        this.handles = new PdfHandles(first, () -> PdfLoading.load(path, password), workers);
    }

    static PdfDocument open(Path file, String password) throws DocumentException {
        PDDocument doc = PdfLoading.load(file, password);
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
            closeQuietly(doc);
            if (!PdfLoading.hasEndMarker(file)) {
                throw new DocumentException(Reason.TRUNCATED,
                        file + ": the PDF is truncated (it has no end); copy or download it again");
            }
            throw new DocumentException(Reason.NO_PAGES, file + ": the PDF has no pages; give a PDF with content");
        }
        if (!PdfLoading.hasEndMarker(file)) {
            LOG.warn("{}: the PDF is truncated; showing what could be recovered", file);
        }
        return new PdfDocument(file, doc, password);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String format() {
        return FileType.PDF.label();
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public PageGeometry geometry(int page) throws DocumentException {
        checkPage(page);
        synchronized (geometry) {
            if (geometry[page - 1] != null) {
                return geometry[page - 1];
            }
        }
        PageGeometry g = with(page, h -> {
            PDPage p = h.doc().getPage(page - 1);
            DisplayTransform t = DisplayTransform.of(p);
            return new PageGeometry(page, t.displayWidth(), t.displayHeight(), t.rotation());
        });
        synchronized (geometry) {
            geometry[page - 1] = g;
        }
        return g;
    }

    @Override
    public BufferedImage render(int page, RenderOptions options) throws DocumentException {
        PageGeometry g = geometry(page);
        RenderSize size = RenderSize.of(g.width(), g.height(), options, page);
        PDFRendererChoice choice = options.preview() && size.dpi() <= FAST_IMAGE_DPI ? PDFRendererChoice.FAST : PDFRendererChoice.CAREFUL;
        return with(page, h -> (choice == PDFRendererChoice.FAST ? h.fastRenderer() : h.renderer())
                .renderImage(page - 1, size.dpi() / 72f, options.gray() ? ImageType.GRAY : ImageType.RGB));
    }

    @Override
    public PageText textLayer(int page) throws DocumentException {
        checkPage(page);
        return with(page, h -> TextLayerReader.read(h.doc(), page));
    }

    @Override
    public PageStats stats(int page) throws DocumentException {
        checkPage(page);
        PageStatsEngine.Counts c = with(page, h -> PageStatsEngine.count(h.doc().getPage(page - 1)));
        return new PageStats(page, c.chars(), c.unmappedGlyphs(), c.imageCount(), c.imageArea(), c.pathOps());
    }

    @Override
    public PageGraphics graphics(int page) throws DocumentException {
        checkPage(page);
        return with(page, h -> GraphicsCollector.collect(h.doc().getPage(page - 1), page));
    }

    private <T> T with(int page, Work<T> work) throws DocumentException {
        PdfHandles.Handle h = handles.borrow();
        try {
            return work.apply(h);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Reason.CORRUPT, path + ": page " + page + " cannot be read ("
                    + PdfLoading.oneLine(e) + "); the file may be damaged", e);
        } finally {
            handles.release(h);
        }
    }

    private void checkPage(int page) throws DocumentException {
        if (page < 1 || page > pageCount) {
            throw new DocumentException(Reason.PAGE_OUT_OF_RANGE, path + ": there is no page " + page
                    + "; the document has " + pageCount + (pageCount == 1 ? " page" : " pages"));
        }
    }

    @Override
    public void close() {
        handles.close();
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // only read
        }
    }
}
