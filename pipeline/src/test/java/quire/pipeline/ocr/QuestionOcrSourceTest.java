package quire.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quire.ocr.paddle.PaddleModels;

/** The ask index reads scans with PP-OCR where its models are installed, and says so in its cache key. */
class QuestionOcrSourceTest {

    @Test
    void questionsUsePpOcrWhenInstalledAtTheScansOwnResolution() {
        String expected = PaddleModels.locate().isPresent() ? "ocr-paddle-scan-300" : "ocr-tesseract-scan-300";
        try (OcrPageTextSource source = OcrPageTextSource.forQuestions()) {
            assertThat(source.extraction().toLowerCase(java.util.Locale.ROOT)).isEqualTo(expected);
        }
    }

    @Test
    void anEngineNamedByThePropertyWins() {
        System.setProperty("quire.ocr.engine", "tesseract");
        try (OcrPageTextSource source = OcrPageTextSource.forQuestions()) {
            assertThat(source.extraction().toLowerCase(java.util.Locale.ROOT)).isEqualTo("ocr-tesseract-scan-300");
        } finally {
            System.clearProperty("quire.ocr.engine");
        }
    }
}
