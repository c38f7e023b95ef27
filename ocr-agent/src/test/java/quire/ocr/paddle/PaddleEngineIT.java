package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quire.ocr.OcrException;
import quire.ocr.testing.TestPages;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** The real PP-OCR models in a real ONNX Runtime session, on pages drawn with Java2D. */
class PaddleEngineIT {

    private static PaddleEngine engine;

    @BeforeAll
    static void open() throws Exception {
        var models = TestPages.models();
        assumeTrue(models.isPresent(), "PP-OCR models were not fetched (no npm at build time): skipping PaddleEngineIT");
        engine = PaddleEngine.openLoaded(models.get());
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static TestPages report() {
        return new TestPages(1100, 420)
                .text("Quarterly revenue grew 12% to $4.2 million", 60, 100, 36)
                .text("The quick brown fox jumps over the lazy dog", 60, 200, 28)
                .text("Invoice No. 2024-0173 dated 15 March 2024", 80, 300, 24);
    }

    @Test
    void readsWordsWithBoxesOnTheInk() throws Exception {
        TestPages page = report();
        PageText text = engine.read(page.image(), 3, 1.0);

        assertThat(text.page()).isEqualTo(3);
        assertThat(text.source()).isEqualTo(TextSource.OCR_PADDLE);
        assertThat(text.lines()).extracting(l -> l.text()).containsExactly(
                "Quarterly revenue grew 12% to $4.2 million",
                "The quick brown fox jumps over the lazy dog",
                "Invoice No. 2024-0173 dated 15 March 2024");
        List<Word> words = text.words();
        assertThat(words).hasSameSizeAs(page.words());
        for (int i = 0; i < words.size(); i++) {
            TestPages.Drawn drawn = page.words().get(i);
            assertThat(words.get(i).text()).isEqualTo(drawn.text());
            assertThat(TestPages.near(words.get(i).bbox(), drawn.ink(), 8))
                    .as("%s at %s, ink %s", drawn.text(), words.get(i).bbox(), drawn.ink()).isTrue();
            assertThat(words.get(i).conf()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void boxesAreInPageUnits() throws Exception {
        TestPages page = report();
        PageText text = engine.read(page.image(), 1, 0.24);

        assertThat(text.width()).isCloseTo(1100 * 0.24, org.assertj.core.data.Offset.offset(1e-6));
        Word first = text.words().get(0);
        assertThat(TestPages.near(first.bbox(), page.words().get(0).ink().scale(0.24), 2.5)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void readsPagesScannedAtQuarterTurns(int turns) throws Exception {
        BufferedImage turned = TestPages.turn(report().image(), turns);

        PageText text = engine.read(turned, 1, 1.0);

        assertThat(text.lines()).extracting(l -> l.text()).containsExactly(
                "Quarterly revenue grew 12% to $4.2 million",
                "The quick brown fox jumps over the lazy dog",
                "Invoice No. 2024-0173 dated 15 March 2024");
        assertThat(text.width()).isEqualTo(turned.getWidth());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3, 3})
    void readsSlightlySkewedPages(double degrees) throws Exception {
        BufferedImage skewed = new TestPages(1100, 420).skew(degrees)
                .text("Operating margin improved to 18.5 percent", 60, 120, 32)
                .text("Net income attributable to shareholders", 60, 220, 32).image();

        PageText text = engine.read(skewed, 1, 1.0);

        assertThat(text.plainText()).isEqualTo(
                "Operating margin improved to 18.5 percent\nNet income attributable to shareholders\n");
        assertThat(text.words().get(0).polygon()).hasSize(4);
    }

    @Test
    void blankPageHasNoWords() throws Exception {
        PageText text = engine.read(new TestPages(800, 1000).image(), 1, 1.0);
        assertThat(text.lines()).isEmpty();
    }

    @Test
    void tinyImageHasNoWordsAndNoError() throws Exception {
        assertThat(engine.read(new TestPages(5, 5).image(), 1, 1.0).lines()).isEmpty();
        assertThat(engine.read(new TestPages(1, 1).image(), 1, 1.0).lines()).isEmpty();
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
}
