package quire.pipeline.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.ocr.text.PageText;

/** Every real PDF of ../shared/data/docs-dev opens, renders page 1 with ink, and has words or is image-only. */
class DocsDevIT {

    private static final Logger LOG = LoggerFactory.getLogger(DocsDevIT.class);

    static Stream<Path> pdfs() throws IOException {
        Path root = Path.of(System.getProperty("quire.shared", "../shared"), "data", "docs-dev");
        if (!Files.isDirectory(root)) {
            return Stream.of(Path.of("(absent)"));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void opensRendersAndReads(Path pdf) throws Exception {
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/data absent: skipping the docs-dev PDFs");
        try (Document doc = Documents.open(pdf, null)) {
            assertThat(doc.pageCount()).isPositive();
            PageGeometry g = doc.geometry(1);
            // a low resolution is enough to see ink and keeps the 2400-dpi scan cheap
            BufferedImage img = doc.render(1, RenderOptions.gray(48).withDownscale(true));
            assertThat(img.getWidth()).isCloseTo((int) Math.round(g.width() * 48 / 72), org.assertj.core.data.Offset.offset(2));
            assertThat(inkFraction(img)).as("page 1 is not blank").isGreaterThan(0.001);
            PageText text = doc.textLayer(1);
            PageStats stats = doc.stats(1);
            LOG.info("{}: {} pages, {} words, stats {}", pdf.getFileName(), doc.pageCount(), text.words().size(), stats);
            boolean imageOnly = text.words().isEmpty() && stats.imageCount() > 0 && stats.imageArea() > 0.2;
            assertThat(!text.words().isEmpty() || imageOnly)
                    .as("words, or reported image-only (stats %s)", stats).isTrue();
            text.words().forEach(w -> {
                assertThat(w.bbox().x1()).isLessThanOrEqualTo(g.width() + 50);
                assertThat(w.bbox().y1()).isLessThanOrEqualTo(g.height() + 50);
            });
        }
    }

    /** Share of pixels clearly unlike the page's background (its most common grey level). */
    static double inkFraction(BufferedImage img) {
        int[] histogram = new int[256];
        int[] grey = img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null);
        for (int v : grey) {
            histogram[v]++;
        }
        int background = 0;
        for (int v = 1; v < 256; v++) {
            if (histogram[v] > histogram[background]) {
                background = v;
            }
        }
        long ink = 0;
        for (int v = 0; v < 256; v++) {
            if (Math.abs(v - background) > 48) {
                ink += histogram[v];
            }
        }
        return ink / (double) grey.length;
    }
}
