package quire.pipeline.ask.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.DocumentException.Reason;

/**
 * Words and lines of a PDF's text layer with PDFBox, in displayed-page coordinates. A small reader of its own so the
 * ask index works before the shared document layer lands; {@link DocumentTextProvider} is the adapter to use once
 * {@code Documents.open} exists. Not thread-safe (one indexing thread per document).
 */
public final class PdfBoxTextLayer implements PageTextProvider {

    private final Path path;
    private final PDDocument pdf;
    private final PageOcr ocr;

    private PdfBoxTextLayer(Path path, PDDocument pdf, PageOcr ocr) {
        this.path = path;
        this.pdf = pdf;
        this.ocr = ocr;
    }

    public static PageTextProvider.Opener opener(PageOcr ocr) {
        return file -> open(file, ocr);
    }

    public static PdfBoxTextLayer open(Path file, PageOcr ocr) throws DocumentException {
        if (!Files.exists(file)) {
            throw new DocumentException(Reason.MISSING, file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new DocumentException(Reason.DIRECTORY, file + ": is a directory");
        }
        try {
            if (Files.size(file) == 0) {
                throw new DocumentException(Reason.EMPTY, file + ": the file is empty");
            }
            PDDocument pdf = Loader.loadPDF(file.toFile());
            if (pdf.getNumberOfPages() == 0) {
                pdf.close();
                throw new DocumentException(Reason.NO_PAGES, file + ": the document has no pages");
            }
            return new PdfBoxTextLayer(file, pdf, ocr);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(Reason.ENCRYPTED, file + ": the PDF is encrypted with a password", e);
        } catch (IOException e) {
            throw new DocumentException(Reason.CORRUPT, file + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public int pageCount() {
        return pdf.getNumberOfPages();
    }

    @Override
    public PageText page(int page) throws DocumentException {
        if (page < 1 || page > pageCount()) {
            throw new DocumentException(Reason.PAGE_OUT_OF_RANGE, path + ": no page " + page);
        }
        PDPage p = pdf.getPage(page - 1);
        PDRectangle crop = p.getCropBox();
        boolean quarter = p.getRotation() % 180 != 0;
        double width = quarter ? crop.getHeight() : crop.getWidth();
        double height = quarter ? crop.getWidth() : crop.getHeight();
        List<Line> lines;
        try {
            WordCollector collector = new WordCollector(page);
            collector.getText(pdf);
            lines = collector.lines;
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Reason.CORRUPT, path + ": page " + page + " cannot be read", e);
        }
        if (lines.isEmpty()) {
            try {
                var read = ocr.read(path, page);
                if (read.isPresent()) {
                    return read.get();
                }
            } catch (Exception e) {
                throw new DocumentException(Reason.CORRUPT, path + ": OCR of page " + page + " failed", e);
            }
        }
        return new PageText(page, width, height, TextSource.TEXT_LAYER, lines);
    }

    @Override
    public void close() {
        try {
            pdf.close();
        } catch (IOException e) {
            // nothing to recover: the file was only read
        }
    }

    /** PDFTextStripper hands over one word at a time and then a line separator. */
    private static final class WordCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final int page;
        private final List<Word> current = new ArrayList<>();

        WordCollector(int page) throws IOException {
            this.page = page;
            setSortByPosition(true);
            // processPages below hands over one page while the stripper's own page counter stays at 0
            setStartPage(0);
        }

        /** Only the wanted page: the stock loop walks every page before it, quadratic over a long document. */
        @Override
        protected void processPages(PDPageTree pages) throws IOException {
            PDPage p = pages.get(page - 1);
            if (p.hasContents()) {
                processPage(p);
            }
        }

        /** Called per chunk of a line; words are split here at whitespace glyphs, each with its own box. */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition tp : positions) {
                String u = tp.getUnicode();
                if (u == null || u.isBlank()) {
                    addWord(word);
                    word.clear();
                } else {
                    word.add(tp);
                }
            }
            addWord(word);
        }

        private void addWord(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (TextPosition tp : glyphs) {
                text.append(tp.getUnicode());
                double h = Math.max(tp.getHeightDir(), tp.getFontSizeInPt() * 0.7);
                x0 = Math.min(x0, tp.getXDirAdj());
                x1 = Math.max(x1, tp.getXDirAdj() + tp.getWidthDirAdj());
                y0 = Math.min(y0, tp.getYDirAdj() - h);
                y1 = Math.max(y1, tp.getYDirAdj() + h * 0.25);
            }
            String t = text.toString().strip();
            if (!t.isEmpty()) {
                current.add(new Word(t, new BBox(x0, y0, x1, y1), 1.0, TextSource.TEXT_LAYER));
            }
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writePageEnd() {
            flush();
        }

        private void flush() {
            if (!current.isEmpty()) {
                lines.add(Line.of(current));
                current.clear();
            }
        }
    }
}
