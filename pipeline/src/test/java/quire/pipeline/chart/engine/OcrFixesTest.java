package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

class OcrFixesTest {

    private static Word w(String text, double x0, double x1) {
        return new Word(text, new BBox(x0, 100, x1, 110), 0.9, TextSource.OCR_TESSERACT);
    }

    @Test
    void splitNumbersAreRejoined() {
        List<Word> out = OcrFixes.mergeSplitNumbers(List.of(w("20", 10, 22), w("000", 26, 44), w("000", 48, 66),
                w("44", 200, 212), w("06%", 216, 236), w("2019", 300, 324), w("2020", 360, 384)));
        assertThat(out).extracting(Word::text).containsExactly("20000000", "44.06%", "2019", "2020");
        assertThat(out.get(0).bbox()).isEqualTo(new BBox(10, 100, 66, 110));
    }

    @Test
    void theOneOfAQuarterReadAsALetterIsADigitAgain() {
        assertThat(OcrFixes.quarters(w("Ql 2017", 0, 40)).text()).isEqualTo("Q1 2017");
        assertThat(OcrFixes.quarters(w("QI", 0, 10)).text()).isEqualTo("Q1");
        assertThat(OcrFixes.quarters(w("Qi 2013", 0, 40)).text()).isEqualTo("Q1 2013");
        assertThat(OcrFixes.quarters(w("Qlik", 0, 20)).text()).isEqualTo("Qlik");
    }
}
