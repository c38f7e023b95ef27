package quire.pipeline.document.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;

/**
 * The text layer of one PDF page as words and lines in displayed-page coordinates (cli.md): glyphs from PDFBox's
 * stripper, grouped into words ({@link WordBuilder}) and lines ({@link LineBuilder}), in reading order
 * ({@link ReadingOrder}). Not thread-safe per document: PDFBox's PDDocument must not be shared between threads.
 */
public final class TextLayerReader {

    private TextLayerReader() {
    }

    public static PageText read(PDDocument doc, int page) throws IOException {
        DisplayTransform t = DisplayTransform.of(doc.getPage(page - 1));
        List<Glyph> glyphs = GlyphCollector.collect(doc, page);
        List<Line> lines = ReadingOrder.sort(LineBuilder.build(WordBuilder.build(glyphs)));
        return new PageText(page, t.displayWidth(), t.displayHeight(), TextSource.TEXT_LAYER, lines);
    }
}
