package quire.ocr.auto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.geom.Quad;
import quire.ocr.paddle.LineReading;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** How PP-OCR's reading of a word crop becomes words. */
class WordsOfTest {

    /** The crop runs x 90..290; the Tesseract word's box is x 100..280, y 10..40. */
    private static final Quad CROP = new Quad(90, 0, 290, 0, 290, 50, 90, 50);
    private static final BBox TESS = new BBox(100, 10, 280, 40);

    /** A reading with one glyph per character, spread evenly over the crop's width, probability 0.9 each. */
    private static LineReading reading(String text) {
        List<LineReading.Glyph> glyphs = new ArrayList<>();
        double step = 1.0 / text.length();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new LineReading.Glyph(String.valueOf(text.charAt(i)), (i + 0.5) * step, i * step,
                    (i + 1) * step, 0.9));
        }
        return new LineReading(text, 0.9, glyphs);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            // no space: one word, in Tesseract's box (PP-OCR does not split a word at gaps between letters)
            "Total|Total@100.0-280.0",
            // a space: one word per run, placed by the characters' positions, within Tesseract's box
            "ab cd|ab@100.0-170.0 cd@210.0-280.0",
            // leading and trailing spaces change nothing
            " 7.5% |7.5%@100.0-280.0",
    })
    void wordsComeFromTheReadingInsideTesseractsBox(String text, String expected) {
        List<Word> words = AutoEngine.wordsOf(reading(text), CROP, TESS);
        StringBuilder got = new StringBuilder();
        for (Word w : words) {
            got.append(got.length() == 0 ? "" : " ").append(w.text()).append('@').append(w.bbox().x0()).append('-')
                    .append(w.bbox().x1());
            assertThat(w.source()).isEqualTo(TextSource.OCR_PADDLE);
            assertThat(w.bbox().y0()).isEqualTo(10);
            assertThat(w.bbox().y1()).isEqualTo(40);
            assertThat(w.conf()).isEqualTo(0.9);
        }
        assertThat(got.toString()).isEqualTo(expected);
    }
}
