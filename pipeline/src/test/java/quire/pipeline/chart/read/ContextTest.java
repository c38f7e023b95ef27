package quire.pipeline.chart.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

class ContextTest {

    private static Word w(String t, double x0, double y0, double x1) {
        return new Word(t, new BBox(x0, y0, x1, y0 + 10), 0.9, TextSource.OCR_TESSERACT);
    }

    @Test
    void theTitleUnderTheTickRowIsTheFirstPhraseNotTheFooter() {
        List<Word> words = List.of(w("0", 100, 300, 106), w("500", 300, 300, 318), w("Production", 200, 316, 260),
                w("value", 264, 316, 292), w("Additional", 20, 400, 80), w("Information", 84, 400, 150),
                w("Show", 600, 400, 630), w("source", 634, 400, 670));
        Context ctx = new Context(new ChartScene(new BBox(0, 0, 800, 450), List.of(), List.of(), List.of(), words));
        BBox marks = new BBox(100, 40, 700, 290);

        Optional<List<Word>> title = ctx.titleBelow(310, 10, marks);

        assertThat(title).isPresent();
        assertThat(Words.join(title.get())).isEqualTo("Production value");
        assertThat(ctx.titleBelow(330, 10, marks)).as("nothing within two lines").isEmpty();
    }
}
