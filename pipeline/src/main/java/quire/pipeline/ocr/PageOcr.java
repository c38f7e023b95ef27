package quire.pipeline.ocr;

import java.awt.image.BufferedImage;
import quire.models.ModelException;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.text.PageText;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.RenderOptions;

/** OCRs one page of a document: renders it grey at the configured dpi, reads it, boxes in displayed-page points. */
public final class PageOcr {

    private PageOcr() {
    }

    public static PageText read(Document doc, int page, OcrEngine engine, float dpi)
            throws DocumentException, ModelException, OcrException {
        PageGeometry geometry = doc.geometry(page);
        // a huge page is rendered at a lower dpi rather than refused (the engine reads any resolution)
        BufferedImage image = doc.render(page, RenderOptions.gray(dpi).withDownscale(true));
        double scale = geometry.width() / image.getWidth();
        PageText text = engine.read(image, page, scale);
        return new PageText(page, geometry.width(), geometry.height(), text.source(), text.lines());
    }
}
