package quire.pipeline.ask.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

class OcrWordsTest {

    private static List<Word> words(TextSource source, String... texts) {
        List<Word> out = new ArrayList<>();
        double x = 0;
        for (String t : texts) {
            out.add(new Word(t, new BBox(x, 0, x + 6 * t.length(), 10), 0.9, source));
            x += 6 * t.length() + 4;
        }
        return out;
    }

    private static List<String> repaired(String... texts) {
        return OcrWords.repair(words(TextSource.OCR_PADDLE, texts)).stream().map(Word::text).toList();
    }

    @Test
    void joinsNumbersCutAfterTheirSeparator() {
        assertThat(repaired("EUR", "423.", "1", "million")).containsExactly("EUR", "423.1", "million");
        assertThat(repaired("planted", "5;", "153", "trees")).containsExactly("planted", "5,153", "trees");
        assertThat(repaired("fell", "by", "12.", "7%")).containsExactly("fell", "by", "12.7%");
        // a sentence end followed by a count, and table cells, stay apart
        assertThat(repaired("in", "2022.", "Sales")).containsExactly("in", "2022.", "Sales");
        assertThat(repaired("Benelux", "92", "102")).containsExactly("Benelux", "92", "102");
    }

    @Test
    void readsLettersInsideNumbersAsDigits() {
        assertThat(repaired("5.o%", "l2", "S00")).containsExactly("5.0%", "12", "500");
        assertThat(repaired("Q1", "So", "Oslo", "2nd")).containsExactly("Q1", "So", "Oslo", "2nd");
    }

    @Test
    void splitsWordsRunTogetherWithBoxesInProportion() {
        List<Word> out = OcrWords.repair(words(TextSource.OCR_PADDLE, "ViktorNovak", "12production", "40mg", "McLean"));
        assertThat(out).extracting(Word::text)
                .containsExactly("Viktor", "Novak", "12", "production", "40", "mg", "McLean");
        assertThat(out.get(0).bbox().x1()).isEqualTo(out.get(1).bbox().x0());
        assertThat(out.get(0).bbox().x0()).isZero();
        assertThat(out.get(1).bbox().x1()).isEqualTo(66.0);
    }

    @Test
    void leavesTextLayerWordsAlone() {
        List<Word> in = words(TextSource.TEXT_LAYER, "423.", "1", "ViktorNovak", "5.o%");
        assertThat(OcrWords.repair(in)).isEqualTo(in);
    }
}
