package quire.pipeline.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.pipeline.ask.index.IndexStore;

/** A page with no text layer is read by OCR (the real engine) and answered with boxes in page points. */
class AskScannedTest {

    @TempDir
    Path dir;

    @Test
    void answersFromAnImageOnlyPageThroughOcrEvenAfterItWasIndexedWithout() throws Exception {
        Path born = TestPdfs.write(dir.resolve("born.pdf"), List.of(List.of(
                "Quarterly Update",
                "",
                "The spring exhibition of the museum was opened by Clara Holm.")));
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument src = Loader.loadPDF(born.toFile()); PDDocument out = new PDDocument()) {
            BufferedImage image = new PDFRenderer(src).renderImageWithDPI(0, 300, ImageType.GRAY);
            PDPage page = new PDPage(PDRectangle.A4);
            out.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                cs.drawImage(LosslessFactory.createFromImage(out, image), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            out.save(scan.toFile());
        }
        AskOptions options = AskOptions.defaults().withCacheDir(dir.resolve("cache")).withDense(false);
        // read once without OCR into the same cache: that empty index must not be reused when OCR is on
        try (AskJob job = new AskJob(options.withOcr(false));
             Corpus c = job.open(List.of(scan), IndexStore.Progress.NONE)) {
            assertThat(c.indexes().get(0).meta().emptyPages()).isEqualTo(1);
        }
        try (AskJob job = new AskJob(options); Corpus c = job.open(List.of(scan), IndexStore.Progress.NONE)) {
            assertThat(c.notes()).isEmpty();
            AskResult r = job.ask(c, "Who opened the spring exhibition?");
            StringBuilder text = new StringBuilder();
            for (int b = 0; b < c.indexes().get(0).meta().blocks(); b++) {
                text.append(c.indexes().get(0).block(b).text()).append(" | ");
            }
            assertThat(r.answer().found()).as("%s read as: %s", r, text).isTrue();
            // the answer is the name; how exactly OCR spells it is the OCR engine's business (its own tests)
            assertThat(r.answer().text()).startsWith("Clara").doesNotContain("opened");
            Evidence e = r.answer().evidence().get(0);
            assertThat(e.page()).isEqualTo(1);
            // the third line's baseline is 100 pt from the top; OCR boxes come back in page points
            assertThat(e.bbox().centerY()).isBetween(TestPdfs.baseline(2) - 12, TestPdfs.baseline(2) + 4);
            assertThat(e.bbox().x0()).isGreaterThan(TestPdfs.LEFT + 150);
        }
    }
}
