package quire.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

/** Real PDFBox documents: a page-filling 150 dpi scan, a small picture, and a plain image file. */
class ScanResolutionTest {

    @TempDir
    Path dir;

    private Path pdfWithImage(int pixelsWide, int pixelsHigh, float width, float height) throws Exception {
        Path file = dir.resolve("scan-" + pixelsWide + "-" + (int) width + ".pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            BufferedImage img = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_BYTE_GRAY);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(LosslessFactory.createFromImage(pdf, img), 0, 0, width, height);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    @Test
    void aPageFillingScanIsReadAtItsOwnResolutionAndNeverAboveTheCap() throws Exception {
        // A4 is 595 x 842 pt; 1241 x 1754 pixels over it is 150 dpi
        try (Document doc = Documents.open(pdfWithImage(1241, 1754, 595.28f, 841.89f))) {
            assertThat(ScanResolution.dpiFor(doc, 1, 300f)).isBetween(149f, 151f);
            assertThat(ScanResolution.dpiFor(doc, 1, 100f)).isEqualTo(100f);
        }
    }

    @Test
    void aSmallPictureDoesNotSetThePageResolution() throws Exception {
        try (Document doc = Documents.open(pdfWithImage(100, 100, 100, 100))) {
            assertThat(ScanResolution.dpiFor(doc, 1, 300f)).isEqualTo(300f);
        }
    }

    @Test
    void anImageFileIsReadPixelForPixel() throws Exception {
        Path png = dir.resolve("page.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        try (Document doc = Documents.open(png)) {
            assertThat(ScanResolution.dpiFor(doc, 1, 300f)).isEqualTo(72f);
        }
    }
}
