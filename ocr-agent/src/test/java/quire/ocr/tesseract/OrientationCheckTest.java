package quire.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

class OrientationCheckTest {

    /** A reading of {@code words} words of {@code len} characters each at confidence {@code conf}. */
    private static List<List<Word>> reading(int words, int len, double conf) {
        List<Word> line = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            line.add(new Word("x".repeat(len), new BBox(i * 10, 0, i * 10 + 8, 10), conf, TextSource.OCR_TESSERACT));
        }
        return words == 0 ? List.of() : List.of(line);
    }

    @ParameterizedTest(name = "{0} words of {1} chars at {2}: upright={3}")
    @CsvSource({
            // a page read upright: many words, high confidence
            "300, 5, 0.95, true",
            // a noisy scan still reads well above the bar
            "300, 5, 0.72, true",
            // the same page turned 90 or 180 degrees reads as garbage near 0.3
            "320, 4, 0.28, false",
            "320, 4, 0.69, false",
            // too little text to say anything: check orientation
            "2, 5, 0.99, false",
            "4, 5, 0.99, true",
            // nothing read at all (blank, or a turned page Tesseract found nothing on)
            "0, 0, 0.0, false",
    })
    void decidesWhetherOrientationDetectionRuns(int words, int len, double conf, boolean upright) {
        assertThat(OrientationCheck.readsUpright(reading(words, len, conf))).isEqualTo(upright);
    }

    @ParameterizedTest
    @CsvSource({"a, 1.0, bbbb, 0.5, 0.6", "aaaa, 0.9, bbbb, 0.3, 0.6", "aaa, 0.0, b, 1.0, 0.25"})
    void meanConfidenceIsWeightedByCharacters(String a, double ca, String b, double cb, double mean) {
        List<Word> line = List.of(new Word(a, new BBox(0, 0, 1, 1), ca, TextSource.OCR_TESSERACT),
                new Word(b, new BBox(2, 0, 3, 1), cb, TextSource.OCR_TESSERACT));
        assertThat(OrientationCheck.meanConf(List.of(line))).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
    }
}
