package quire.pipeline.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.RenderOptions;

/** Parallel rendering gives the same pixels as rendering one page at a time, and a bad page fails alone. */
class PageRenderServiceIT {

    @TempDir
    Path dir;

    private Path pdf(int pages) throws IOException {
        Path file = dir.resolve("p.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A5);
                page.setRotation(i % 2 == 0 ? 90 : 0);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(30, 30 + i * 10, 100 + i * 7, 40);
                    cs.fill();
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(40, 400);
                    cs.showText("Page number " + i);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void parallelRenderingMatchesSequentialPixels() throws Exception {
        try (Document doc = Documents.open(pdf(8), null); PageRenderService service = new PageRenderService(3)) {
            Map<Integer, BufferedImage> parallel = new ConcurrentHashMap<>();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            List<Integer> pages = IntStream.rangeClosed(1, 8).boxed().toList();
            List<PageOutcome> outcomes = service.renderAll(doc, pages, RenderOptions.rgb(50), (p, img) -> {
                threads.add(Thread.currentThread().getName());
                parallel.put(p, img);
            });
            assertThat(outcomes).extracting(PageOutcome::page).containsExactlyElementsOf(pages);
            assertThat(outcomes).allMatch(o -> o instanceof PageOutcome.Ok);
            assertThat(threads).allMatch(t -> t.startsWith("quire-render-"));
            for (int p : pages) {
                BufferedImage one = doc.render(p, RenderOptions.rgb(50));
                BufferedImage many = parallel.get(p);
                assertThat(many.getWidth()).isEqualTo(one.getWidth());
                assertThat(many.getRGB(0, 0, one.getWidth(), one.getHeight(), null, 0, one.getWidth()))
                        .as("page %d", p)
                        .isEqualTo(one.getRGB(0, 0, one.getWidth(), one.getHeight(), null, 0, one.getWidth()));
            }
            // /Rotate 90 on even pages: landscape A5
            assertThat(parallel.get(2).getWidth()).isGreaterThan(parallel.get(2).getHeight());
        }
    }

    @Test
    void aFailingPageDoesNotFailTheOthers() throws Exception {
        try (Document doc = Documents.open(pdf(4), null); PageRenderService service = new PageRenderService()) {
            List<PageOutcome> outcomes = service.renderAll(doc, List.of(1, 2, 3, 4), RenderOptions.gray(30),
                    (p, img) -> {
                        if (p == 3) {
                            throw new IOException("disk full");
                        }
                    });
            assertThat(outcomes.get(2)).isInstanceOf(PageOutcome.Failed.class);
            assertThat(((PageOutcome.Failed) outcomes.get(2)).message()).contains("disk full");
            assertThat(List.of(outcomes.get(0), outcomes.get(1), outcomes.get(3)))
                    .allMatch(o -> o instanceof PageOutcome.Ok);
        }
    }
}
