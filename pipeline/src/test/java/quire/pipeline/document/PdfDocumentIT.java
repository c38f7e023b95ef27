package quire.pipeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.pipeline.document.PdfFixtures.PageSpec;
import quire.pipeline.document.PdfFixtures.Run;

class PdfDocumentIT {

    @TempDir
    Path dir;

    @Test
    void opensRendersAndReadsAPlainPage() throws Exception {
        Path pdf = PdfFixtures.write(dir.resolve("a.pdf"), List.of(new PageSpec(PDRectangle.A4, null, 0,
                List.of(new Run("Hello world", 72, 700, 12), new Run("Second line", 72, 680, 12)))));
        try (Document doc = Documents.open(pdf, null)) {
            assertThat(doc.format()).isEqualTo("pdf");
            assertThat(doc.pageCount()).isEqualTo(1);
            assertThat(doc.encrypted()).isFalse();
            PageGeometry g = doc.geometry(1);
            assertThat(g.width()).isCloseTo(595.28, org.assertj.core.data.Offset.offset(0.01));
            BufferedImage img = doc.render(1, RenderOptions.rgb(144));
            assertThat(img.getWidth()).isBetween(1189, 1191);
            BufferedImage grey = doc.render(1, RenderOptions.gray(72));
            assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            PageText text = doc.textLayer(1);
            assertThat(text.source()).isEqualTo(TextSource.TEXT_LAYER);
            assertThat(text.lines()).extracting(l -> l.text()).containsExactly("Hello world", "Second line");
            assertThat(text.words()).allSatisfy(w -> assertThat(w.conf()).isEqualTo(1.0));
            PageStats stats = doc.stats(1);
            assertThat(stats.chars()).isEqualTo("HelloworldSecondline".length());
            assertThat(stats.imageCount()).isZero();
            assertThatThrownBy(() -> doc.geometry(2)).isInstanceOf(DocumentException.class)
                    .extracting(e -> ((DocumentException) e).reason())
                    .isEqualTo(DocumentException.Reason.PAGE_OUT_OF_RANGE);
        }
    }
}
