package quire.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quire.models.ModelException;
import quire.ocr.OcrException;
import quire.ocr.testing.TestPages;
import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** Real libtesseract 5 through Tess4J on pages drawn with Java2D. */
class TesseractEngineIT {

    private static TesseractEngine engine;

    @BeforeAll
    static void open() throws Exception {
        engine = TesseractEngine.open();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static TestPages page() {
        return new TestPages(1100, 330)
                .text("Quarterly revenue grew 12% to $4.2 million", 60, 100, 36)
                .text("The quick brown fox jumps over the lazy dog", 60, 200, 28);
    }

    @Test
    void readsWordsWithBoxesAndConfidences() throws Exception {
        TestPages page = page();
        PageText text = engine.read(page.image(), 2, 1.0);

        assertThat(text.source()).isEqualTo(TextSource.OCR_TESSERACT);
        assertThat(text.plainText()).isEqualTo(
                "Quarterly revenue grew 12% to $4.2 million\nThe quick brown fox jumps over the lazy dog\n");
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            assertThat(TestPages.near(words.get(i).bbox(), page.words().get(i).ink(), 4))
                    .as("%s vs %s", words.get(i), page.words().get(i)).isTrue();
            assertThat(words.get(i).conf()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void aSmudgedWordHasAnUnsureCharacterAndItsCleanNeighboursDoNot() throws Exception {
        TestPages page = new TestPages(1100, 200).text("Quarterly revenue grew strongly in every region", 40, 100, 30);
        BufferedImage image = page.image();
        // flip 15% of the pixels around "grew"
        BBox ink = page.words().get(2).ink();
        Random random = new Random(3);
        for (int y = (int) ink.y0() - 2; y < ink.y1() + 2; y++) {
            for (int x = (int) ink.x0() - 2; x < ink.x1() + 2; x++) {
                if (random.nextDouble() < 0.15) {
                    image.getRaster().setSample(x, y, 0, image.getRaster().getSample(x, y, 0) < 128 ? 255 : 0);
                }
            }
        }
        TesseractEngine.UprightPage read = engine.readUpright(image, 300);

        assertThat(read.lines()).hasSize(1);
        List<Word> words = read.lines().get(0);
        assertThat(words).hasSize(7);
        for (int i = 0; i < words.size(); i++) {
            double lowest = read.lowestChar(0, i);
            // a word's confidence is never above its weakest character's
            assertThat(lowest).as("%s", words.get(i)).isBetween(words.get(i).conf(), 1.0);
            if (i == 2) {
                assertThat(words.get(i).conf()).isLessThan(TesseractEngine.CHARS_BELOW);
                assertThat(lowest).as("%s", words.get(i)).isLessThan(0.95);
            } else {
                assertThat(words.get(i).text()).isEqualTo(page.words().get(i).text());
                assertThat(lowest).as("%s", words.get(i)).isGreaterThanOrEqualTo(0.98);
            }
        }
    }

    @Test
    void readsAPageTurnedAQuarterAndMapsBoxesBack() throws Exception {
        TestPages page = page();
        BufferedImage turned = TestPages.turn(page.image(), 1);

        PageText text = engine.read(turned, 1, 1.0);

        assertThat(text.plainText()).startsWith("Quarterly revenue grew 12% to $4.2 million");
        // turned clockwise: the first word sits at the top right, tall and narrow
        Word first = text.words().get(0);
        assertThat(first.bbox().height()).isGreaterThan(first.bbox().width());
        assertThat(first.bbox().x0()).isGreaterThan(turned.getWidth() / 2.0);
    }

    @Test
    void readsAnUpsideDownPage() throws Exception {
        PageText text = engine.read(TestPages.turn(page().image(), 2), 1, 1.0);
        assertThat(text.plainText()).startsWith("Quarterly revenue grew");
    }

    @Test
    void blankAndTinyImagesHaveNoWords() throws Exception {
        assertThat(engine.read(new TestPages(600, 800).image(), 1, 1.0).lines()).isEmpty();
        assertThat(engine.read(new TestPages(5, 5).image(), 1, 1.0).lines()).isEmpty();
    }

    @Test
    void hugeImageIsRefusedClearly() {
        BufferedImage huge = TestPages.overPixelLimit();
        assertThatThrownBy(() -> engine.read(huge, 1, 1.0))
                .isInstanceOf(OcrException.class).hasMessageContaining("too large");
    }

    @Test
    void nonLatinTextDoesNotCrash() throws Exception {
        BufferedImage image = TestPages.mixedScripts();
        PageText text = engine.read(image, 1, 1.0);
        assertThat(text.words()).allSatisfy(w -> assertThat(w.conf()).isBetween(0.0, 1.0));
        assertThat(text.plainText()).contains("2024");
    }

    @Test
    void readsOneLineImage() throws Exception {
        BufferedImage line = new TestPages(700, 64).text("Net income rose sharply", 10, 46, 40).image();
        assertThat(engine.readLine(line)).extracting(Word::text)
                .containsExactly("Net", "income", "rose", "sharply");
    }

    @Test
    void missingLanguageDataSaysWhatToInstall() {
        assertThatThrownBy(() -> TesseractEngine.open("xyz", false))
                .isInstanceOf(ModelException.class).hasMessageContaining("apt-get install tesseract-ocr-xyz");
    }
}
