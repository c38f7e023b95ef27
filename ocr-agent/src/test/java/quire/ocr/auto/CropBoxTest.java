package quire.ocr.auto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** Where the auto engine crops a Tesseract word for PP-OCR. */
class CropBoxTest {

    /** Three words, y 100..130 except the middle one's own top and bottom. */
    private static List<Word> line(String text, double midTop, double midBottom) {
        List<Word> words = new ArrayList<>();
        words.add(new Word("The", new BBox(100, 100, 160, 130), 0.9, TextSource.OCR_TESSERACT));
        words.add(new Word(text, new BBox(180, midTop, 240, midBottom), 0.9, TextSource.OCR_TESSERACT));
        words.add(new Word("end", new BBox(250, 100, 300, 130), 0.9, TextSource.OCR_TESSERACT));
        return words;
    }

    @ParameterizedTest(name = "{0} at y {1}..{2} -> {3},{4},{5},{6}")
    @CsvSource({
            // x-height word: grown to the neighbours' height plus a fifth of it (6 px) all round, except on the
            // right, where the middle of the narrow gap to the next word (245) comes first
            "'some', 108, 130, 174, 94, 245, 136",
            // a word taller than its neighbours keeps its own extent
            "'Type', 95, 140, 171, 86, 245, 149",
    })
    void cropCoversTheLineHeightAndStopsHalfwayToNeighbours(String text, double top, double bottom,
                                                             double x0, double y0, double x1, double y1) {
        BBox crop = AutoEngine.cropBox(line(text, top, bottom), 1, 1000, 1000);
        assertThat(crop).isEqualTo(new BBox(x0, y0, x1, y1));
    }

    @ParameterizedTest(name = "first word {0}..{1} on a {2} px wide image")
    @CsvSource({"100, 160, 1000, 94, 166", "2, 60, 1000, 0, 66"})
    void firstWordIsPaddedOnTheLeftAndClampedToTheImage(double x0, double x1, int width, double cx0, double cx1) {
        List<Word> words = List.of(new Word("The", new BBox(x0, 100, x1, 130), 0.9, TextSource.OCR_TESSERACT),
                new Word("end", new BBox(x1 + 20, 100, x1 + 60, 130), 0.9, TextSource.OCR_TESSERACT));
        BBox crop = AutoEngine.cropBox(words, 0, width, 1000);
        assertThat(crop.x0()).isEqualTo(cx0);
        assertThat(crop.x1()).isEqualTo(cx1);
    }

    @ParameterizedTest(name = "''{0}'' {1}x{2}: skipped={3}")
    @CsvSource({"'revenue', 20, 140, true", "'l', 5, 30, false", "'revenue', 140, 20, false"})
    void wordsRunningDownThePageAreNotReRead(String text, double w, double h, boolean skipped) {
        List<Word> words = List.of(new Word(text, new BBox(100, 100, 100 + w, 100 + h), 0.5,
                TextSource.OCR_TESSERACT));
        assertThat(AutoEngine.cropBox(words, 0, 1000, 1000) == null).isEqualTo(skipped);
    }
}
