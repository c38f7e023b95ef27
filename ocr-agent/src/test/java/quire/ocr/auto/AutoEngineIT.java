package quire.ocr.auto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.ModelException;
import quire.ocr.OcrException;
import quire.ocr.paddle.PaddleEngine;
import quire.ocr.paddle.PaddleModels;
import quire.ocr.tesseract.TesseractEngine;
import quire.ocr.testing.TestPages;
import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** The auto engine with both real engines, and what happens when model files are missing or corrupt. */
class AutoEngineIT {

    private static PaddleEngine paddle;
    private static TesseractEngine tesseract;

    @BeforeAll
    static void open() throws Exception {
        var models = TestPages.models();
        assumeTrue(models.isPresent(), "PP-OCR models were not fetched (no npm at build time): skipping AutoEngineIT");
        paddle = PaddleEngine.openLoaded(models.get());
        tesseract = TesseractEngine.open();
    }

    @AfterAll
    static void close() {
        if (paddle != null) {
            paddle.close();
            tesseract.close();
        }
    }

    private static TestPages page() {
        return new TestPages(1000, 260)
                .text("Total assets increased by 7 percent", 50, 90, 34)
                .text("Cash and equivalents at year end", 50, 190, 34);
    }

    private static final ReReadPolicy.Calibration ALWAYS = new ReReadPolicy.Calibration(new double[] {0},
            new double[] {1});
    private static final ReReadPolicy.Calibration NEVER = new ReReadPolicy.Calibration(new double[] {0},
            new double[] {0});

    @Test
    void confidentWordsStayWithTesseract() throws Exception {
        AutoEngine auto = new AutoEngine(paddle, tesseract, new ReReadPolicy(NEVER, ALWAYS, 0.0));
        PageText text = auto.read(page().image(), 1, 1.0);
        assertThat(text.source()).isEqualTo(TextSource.OCR_TESSERACT);
        assertThat(text.words()).extracting(Word::source).containsOnly(TextSource.OCR_TESSERACT);
        assertThat(text.plainText()).isEqualTo("Total assets increased by 7 percent\nCash and equivalents at year end\n");
    }

    @Test
    void unsureWordsAreReReadByPaddleOnTheWordCrop() throws Exception {
        TestPages page = page();
        // every word is unsure and PP-OCR is always believed, also where both agree: each word comes from its
        // recogniser, read on its crop
        AutoEngine auto = new AutoEngine(paddle, tesseract,
                new ReReadPolicy(NEVER, ALWAYS, 1.01, ReReadPolicy.Keep.PADDLE));
        PageText text = auto.read(page.image(), 1, 1.0);

        assertThat(text.plainText()).isEqualTo("Total assets increased by 7 percent\nCash and equivalents at year end\n");
        assertThat(text.source()).isEqualTo(TextSource.OCR_PADDLE);
        assertThat(text.words()).extracting(Word::source).containsOnly(TextSource.OCR_PADDLE);
        for (int i = 0; i < text.words().size(); i++) {
            Word w = text.words().get(i);
            assertThat(TestPages.near(w.bbox(), page.words().get(i).ink(), 8)).as("%s vs %s", w, page.words().get(i))
                    .isTrue();
        }
    }

    @Test
    void theDefaultPolicyReReadsTheSmudgedWordAndNotItsNeighbours() throws Exception {
        TestPages page = new TestPages(1100, 200).text("Quarterly revenue grew strongly in every region", 40, 100, 30);
        BufferedImage image = page.image();
        // flip 15% of the pixels around "grew": Tesseract misreads it with an unsure character, PP-OCR reads it
        BBox ink = page.words().get(2).ink();
        Random random = new Random(2);
        for (int y = (int) ink.y0() - 2; y < ink.y1() + 2; y++) {
            for (int x = (int) ink.x0() - 2; x < ink.x1() + 2; x++) {
                if (random.nextDouble() < 0.15) {
                    image.getRaster().setSample(x, y, 0, image.getRaster().getSample(x, y, 0) < 128 ? 255 : 0);
                }
            }
        }
        PageText text = new AutoEngine(paddle, tesseract, ReReadPolicy.defaults()).read(image, 1, 72.0 / 300);

        assertThat(text.plainText()).isEqualTo("Quarterly revenue grew strongly in every region\n");
        assertThat(text.source()).isEqualTo(TextSource.MIXED);
        assertThat(text.words()).extracting(Word::source).containsExactly(TextSource.OCR_TESSERACT,
                TextSource.OCR_TESSERACT, TextSource.OCR_PADDLE, TextSource.OCR_TESSERACT, TextSource.OCR_TESSERACT,
                TextSource.OCR_TESSERACT, TextSource.OCR_TESSERACT);
    }

    @Test
    void reReadingNeedsOnlyTheRecognitionModel(@TempDir Path dir) throws Exception {
        copyModels(dir);
        Files.delete(dir.resolve(PaddleModels.DET));
        Files.delete(dir.resolve(PaddleModels.CLS));
        try (PaddleEngine recOnly = PaddleEngine.openForReReading(PaddleModels.in(dir),
                quire.models.onnx.SessionSettings.fromSystemProperties())) {
            AutoEngine auto = new AutoEngine(recOnly, tesseract,
                    new ReReadPolicy(NEVER, ALWAYS, 1.01, ReReadPolicy.Keep.PADDLE));
            PageText text = auto.read(page().image(), 1, 1.0);
            assertThat(text.source()).isEqualTo(TextSource.OCR_PADDLE);
            assertThat(text.plainText()).isEqualTo(
                    "Total assets increased by 7 percent\nCash and equivalents at year end\n");
        }
        Files.delete(dir.resolve(PaddleModels.REC));
        assertThatThrownBy(() -> PaddleEngine.openForReReading(PaddleModels.in(dir),
                quire.models.onnx.SessionSettings.fromSystemProperties()))
                .isInstanceOf(ModelException.class).hasMessageContaining("model file missing");
    }

    @Test
    void defaultPolicyReadsTurnedPagesUpright() throws Exception {
        AutoEngine auto = new AutoEngine(paddle, tesseract, ReReadPolicy.defaults());
        for (int turns = 0; turns < 4; turns++) {
            PageText text = auto.read(TestPages.turn(page().image(), turns), 1, 1.0);
            assertThat(text.plainText()).as("turned %d x 90", turns)
                    .isEqualTo("Total assets increased by 7 percent\nCash and equivalents at year end\n");
        }
    }

    @Test
    void blankAndTinyPagesHaveNoWordsAndNoError() throws Exception {
        AutoEngine auto = new AutoEngine(paddle, tesseract, ReReadPolicy.defaults());
        for (TestPages page : List.of(new TestPages(800, 1000), new TestPages(5, 5), new TestPages(1, 1))) {
            assertThat(auto.read(page.image(), 1, 1.0).lines()).isEmpty();
        }
    }

    @Test
    void hugePageIsRefusedClearly() {
        AutoEngine auto = new AutoEngine(paddle, tesseract, ReReadPolicy.defaults());
        BufferedImage huge = TestPages.overPixelLimit();
        assertThatThrownBy(() -> auto.read(huge, 1, 1.0))
                .isInstanceOf(OcrException.class).hasMessageContaining("too large");
    }

    @Test
    void nonLatinTextIsReadBestEffortWithoutError() throws Exception {
        AutoEngine auto = new AutoEngine(paddle, tesseract, ReReadPolicy.defaults());
        BufferedImage image = TestPages.mixedScripts();
        PageText text = auto.read(image, 1, 1.0);
        assertThat(text.words()).allSatisfy(w -> assertThat(w.conf()).isBetween(0.0, 1.0));
        assertThat(text.plainText()).contains("2024");
    }

    @Test
    void missingModelFileIsAModelExceptionWithOneLine(@TempDir Path dir) throws IOException {
        copyModels(dir);
        Files.delete(dir.resolve(PaddleModels.DET));

        assertThatThrownBy(() -> PaddleEngine.openLoaded(PaddleModels.in(dir)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("model file missing")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void corruptModelFileIsAModelExceptionWithOneLine(@TempDir Path dir) throws IOException {
        copyModels(dir);
        byte[] det = Files.readAllBytes(dir.resolve(PaddleModels.DET));
        Files.write(dir.resolve(PaddleModels.DET), java.util.Arrays.copyOf(det, det.length / 3));

        assertThatThrownBy(() -> PaddleEngine.openLoaded(PaddleModels.in(dir)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("corrupt")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static void copyModels(Path dir) throws IOException {
        PaddleModels m = TestPages.models().orElseThrow();
        for (Path p : new Path[] {m.detector(), m.recognizer(), m.classifier(), m.keys()}) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
    }
}
