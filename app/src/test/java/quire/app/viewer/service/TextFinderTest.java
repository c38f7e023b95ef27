package quire.app.viewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

class TextFinderTest {

    private static Word w(String t, double x) {
        return new Word(t, new BBox(x, 10, x + 10 * t.length(), 20), 1, TextSource.TEXT_LAYER);
    }

    private static final PageText PAGE = new PageText(1, 600, 800, TextSource.TEXT_LAYER, List.of(
            Line.of(List.of(w("Net", 0), w("revenue", 40), w("grew,", 120), w("revenue", 180))),
            Line.of(List.of(w("Revenues:", 0), w("4.2", 100), w("million", 140)))));

    @ParameterizedTest(name = "''{0}'' finds {1} hits, the first at x0={2}")
    @CsvSource(textBlock = """
            revenue,       3, 40
            REVENUE,       3, 40
            net revenue,   1, 0
            4.2 million,   1, 100
            grew revenue,  1, 120
            profit,        0, -1
            '   ',         0, -1
            """)
    void findsWordsAndPhrasesCaseInsensitively(String query, int hits, double firstX0) {
        List<TextFinder.Hit> found = TextFinder.find(PAGE, query);
        assertThat(found).hasSize(hits);
        if (hits > 0) {
            assertThat(found.get(0).bbox().x0()).isEqualTo(firstX0);
            assertThat(found.get(0).page()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            net revenue, 0, 110
            4.2 million, 100, 210
            """)
    void aPhraseHitSpansItsWords(String query, double x0, double x1) {
        BBox box = TextFinder.find(PAGE, query).get(0).bbox();
        assertThat(box.x0()).isEqualTo(x0);
        assertThat(box.x1()).isEqualTo(x1);
    }
}
