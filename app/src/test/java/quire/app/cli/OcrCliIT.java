package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.ocr.paddle.PaddleModels;

/** {@code quire ocr} and OCR inside {@code quire text}, on an image-only PDF made here. */
class OcrCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Letter page whose only content is a 200 dpi scan of two lines; the first word's box in points. */
    static Path scannedPdf(Path file) throws IOException {
        int dpi = 200;
        BufferedImage scan = new BufferedImage(612 * dpi / 72, 792 * dpi / 72, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // 14 pt text at 72 pt from the left, baseline 100 pt from the top
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 14 * dpi / 72));
        g.drawString("Quarterly revenue grew strongly in Europe", 72 * dpi / 72, 100 * dpi / 72);
        g.drawString("Operating costs fell by eight percent", 72 * dpi / 72, 130 * dpi / 72);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void ocrJsonHasWordsWithBoxesInPagePoints(@TempDir Path dir) throws Exception {
        Path pdf = scannedPdf(dir.resolve("scan.pdf"));

        CliFixtures.Result r = CliFixtures.run("ocr", pdf.toString(), "--engine", "tesseract", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode page = JSON.readTree(r.out()).get("pages").get(0);
        assertThat(page.get("source").asText()).isEqualTo("ocr:tesseract");
        assertThat(page.get("width").asDouble()).isEqualTo(612.0);
        JsonNode first = page.get("words").get(0);
        assertThat(first.get("text").asText()).isEqualTo("Quarterly");
        double[] bbox = JSON.convertValue(first.get("bbox"), double[].class);
        // starts at x = 72 pt; cap height sits above the 100 pt baseline, the 'y' descends below it
        assertThat(bbox[0]).isBetween(70.0, 76.0);
        assertThat(bbox[1]).isBetween(86.0, 92.0);
        assertThat(bbox[3]).isBetween(100.0, 106.0);
        assertThat(first.get("conf").asDouble()).isBetween(0.5, 1.0);
        assertThat(page.get("lines").get(1).get("text").asText()).isEqualTo("Operating costs fell by eight percent");
    }

    @Test
    void textOcrsPagesWithoutATextLayer(@TempDir Path dir) throws Exception {
        assumeTrue(PaddleModels.locate().isPresent(), "PP-OCR models were not fetched: skipping the auto-engine CLI test");
        Path pdf = scannedPdf(dir.resolve("scan.pdf"));

        CliFixtures.Result r = CliFixtures.run("text", pdf.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Quarterly revenue grew strongly in Europe\nOperating costs fell by eight percent\n");
    }

    @Test
    void unknownEngineIsAUsageError(@TempDir Path dir) throws Exception {
        CliFixtures.Result r = CliFixtures.run("ocr", scannedPdf(dir.resolve("s.pdf")).toString(), "--engine", "magic");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).isEqualTo(1);
    }

    @Test
    void requestedEngineWithoutModelsExits4WithOneLine(@TempDir Path dir) throws Exception {
        Path pdf = scannedPdf(dir.resolve("s.pdf"));
        withModels(Files.createDirectory(dir.resolve("no-models")), () -> {
            assumeTrue(PaddleModels.locate().isEmpty(), "PP-OCR models found elsewhere on the search path");
            CliFixtures.Result r = CliFixtures.run("ocr", pdf.toString(), "--engine", "paddle");
            assertThat(r.code()).isEqualTo(ExitCode.MODEL);
            assertThat(r.errLines()).isEqualTo(1);
            assertThat(r.err()).contains("PP-OCR models not found");
        });
    }

    @Test
    void autoWithoutPpOcrModelsReadsWithTesseract(@TempDir Path dir) throws Exception {
        Path pdf = scannedPdf(dir.resolve("s.pdf"));
        withModels(Files.createDirectory(dir.resolve("no-models")), () -> {
            assumeTrue(PaddleModels.locate().isEmpty(), "PP-OCR models found elsewhere on the search path");
            CliFixtures.Result r = CliFixtures.run("ocr", pdf.toString(), "--engine", "auto", "--json");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode page = JSON.readTree(r.out()).get("pages").get(0);
            assertThat(page.get("source").asText()).isEqualTo("ocr:tesseract");
            assertThat(page.get("lines").get(0).get("text").asText())
                    .isEqualTo("Quarterly revenue grew strongly in Europe");
        });
    }

    @Test
    void corruptModelFileExits4WithOneLine(@TempDir Path dir) throws Exception {
        var found = PaddleModels.locate();
        assumeTrue(found.isPresent(), "PP-OCR models were not fetched (no npm at build time): skipping");
        Path pdf = scannedPdf(dir.resolve("s.pdf"));
        Path models = Files.createDirectory(dir.resolve("corrupt-models"));
        PaddleModels m = found.get();
        for (Path f : new Path[] {m.detector(), m.recognizer(), m.classifier(), m.keys()}) {
            Files.copy(f, models.resolve(f.getFileName()));
        }
        Path det = models.resolve(m.detector().getFileName());
        byte[] bytes = Files.readAllBytes(det);
        Files.write(det, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        withModels(models, () -> {
            CliFixtures.Result r = CliFixtures.run("ocr", pdf.toString(), "--engine", "paddle");
            assertThat(r.code()).isEqualTo(ExitCode.MODEL);
            assertThat(r.errLines()).isEqualTo(1);
            assertThat(r.err()).contains("corrupt");
        });
    }

    /** Runs {@code body} with PP-OCR's models looked up in {@code dir} only, then restores the search path. */
    private static void withModels(Path dir, ThrowingRunnable body) throws Exception {
        String before = System.getProperty("quire.ocr.models");
        System.setProperty("quire.ocr.models", dir.toString());
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty("quire.ocr.models");
            } else {
                System.setProperty("quire.ocr.models", before);
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
