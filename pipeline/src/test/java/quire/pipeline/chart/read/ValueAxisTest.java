package quire.pipeline.chart.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

class ValueAxisTest {

    /** A tick label right-aligned at x = 92, centred on y. */
    private static Word tick(String text, double y) {
        return new Word(text, new BBox(92 - 6 * text.length(), y - 4, 92, y + 4), 0.9, TextSource.OCR_TESSERACT);
    }

    private static final BBox MARKS = new BBox(110, 40, 700, 400);

    @Test
    void linearTicksCalibrateTheAxis() {
        List<Word> ticks = List.of(tick("0", 400), tick("1000", 330), tick("2000", 260), tick("3000", 190));
        ValueAxis axis = ValueAxis.find(ticks, MARKS, true, Set.of()).orElseThrow();
        assertThat(axis.value(400)).isCloseTo(0, offset(1e-6));
        assertThat(axis.value(225)).isCloseTo(2500, offset(1e-6));
        assertThat(axis.log()).isFalse();
    }

    @Test
    void aMisreadTickInTheColumnIsLeftOut() {
        List<Word> ticks = new ArrayList<>(List.of(tick("5000", 48), tick("4000", 119), tick("3000", 190),
                tick("2000", 262)));
        // "1 000" read as two words: the "1" shares the column's left edge, the "000" its right edge
        ticks.add(new Word("1", new BBox(63, 329, 65.5, 337), 0.6, TextSource.OCR_TESSERACT));
        ticks.add(new Word("000", new BBox(73, 329, 92, 337), 0.6, TextSource.OCR_TESSERACT));
        Optional<ValueAxis> axis = ValueAxis.find(ticks, MARKS, true, Set.of());
        assertThat(axis).isPresent();
        assertThat(axis.get().ticks()).extracting(Word::text).containsExactlyInAnyOrder("5000", "4000", "3000",
                "2000");
        assertThat(axis.get().value(333)).isCloseTo(1000, offset(20.0));
    }

    @Test
    void logarithmicTicksGiveALogAxis() {
        List<Word> ticks = List.of(tick("1", 400), tick("10", 300), tick("100", 200), tick("1000", 100));
        ValueAxis axis = ValueAxis.find(ticks, MARKS, true, Set.of()).orElseThrow();
        assertThat(axis.log()).isTrue();
        assertThat(axis.value(250)).isCloseTo(Math.sqrt(10) * 10, offset(1e-6));
    }

    @Test
    void scatteredNumbersAreNoAxis() {
        List<Word> words = List.of(tick("7", 400), tick("1990", 330), tick("3", 260));
        assertThat(ValueAxis.find(words, MARKS, true, Set.of())).isEmpty();
    }
}
