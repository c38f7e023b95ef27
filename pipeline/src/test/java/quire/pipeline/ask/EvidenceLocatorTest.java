package quire.pipeline.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;
import quire.pipeline.ask.EvidenceLocator.Passage;

class EvidenceLocatorTest {

    private static final Path FILE = Path.of("report.pdf");

    /** A line of words 6 points per character apart, at height y. */
    private static Line line(double y, String text) {
        List<Word> words = new ArrayList<>();
        double x = 72;
        for (String w : text.split(" ")) {
            words.add(new Word(w, new BBox(x, y, x + 6 * w.length(), y + 10), 1.0, TextSource.TEXT_LAYER));
            x += 6 * (w.length() + 1);
        }
        return Line.of(words);
    }

    private static final Passage INTRO = new Passage(FILE, 1, List.of(
            line(100, "The company grew in every region."),
            line(112, "Its staff count rose to 1,250 people.")));
    private static final Passage RESULTS = new Passage(FILE, 2, List.of(
            line(200, "Revenue for 2023 was"),
            line(212, "$4.2 million, up from 3.9 million.")));

    @Test
    void numbersAndWordsOfTheAnswerLocateTheirWords() {
        List<Evidence> ev = EvidenceLocator.locate(" 4.2 million", List.of(INTRO, RESULTS), 3);
        assertThat(ev).hasSize(1);
        Evidence e = ev.get(0);
        assertThat(e.page()).isEqualTo(2);
        assertThat(e.text()).isEqualTo("$4.2 million, up from 3.9 million.");
        // "$4.2" and both "million" words are covered; "up from 3.9" lies between them
        assertThat(e.bbox().x0()).isEqualTo(72);
        assertThat(e.bbox().y0()).isEqualTo(212);
        assertThat(e.bbox().y1()).isEqualTo(222);
    }

    @Test
    void thousandsSeparatorsAndSentencesMatchAcrossLines() {
        List<Evidence> ev = EvidenceLocator.locate("The staff count was 1250.", List.of(RESULTS, INTRO), 3);
        assertThat(ev).extracting(Evidence::page).containsOnly(1);
        assertThat(ev).extracting(Evidence::text).containsExactly("Its staff count rose to 1,250 people.");

        List<Evidence> two = EvidenceLocator.locate("Revenue in 2023: 4.2 million", List.of(INTRO, RESULTS), 3);
        assertThat(two).extracting(Evidence::text)
                .containsExactly("Revenue for 2023 was", "$4.2 million, up from 3.9 million.");
    }

    @Test
    void anAnswerWithoutSupportGetsNoEvidence() {
        // a number nowhere in the passages: words alone do not make support
        assertThat(EvidenceLocator.locate("Revenue was 5.7 million", List.of(INTRO, RESULTS), 3)).isEmpty();
        // garbage and stop words only
        assertThat(EvidenceLocator.locate("zq xvw ploo", List.of(INTRO, RESULTS), 3)).isEmpty();
        assertThat(EvidenceLocator.locate("it is the", List.of(INTRO, RESULTS), 3)).isEmpty();
        assertThat(EvidenceLocator.locate("", List.of(INTRO, RESULTS), 3)).isEmpty();
        assertThat(EvidenceLocator.locate("4.2 million", List.of(), 3)).isEmpty();
    }

    @Test
    void halfOfTheAnswersWordsAreNeeded() {
        // 1 of 3 content words ("region"; "north", "east" absent): not enough
        assertThat(EvidenceLocator.locate("north east region", List.of(INTRO), 3)).isEmpty();
        // 2 of 3 ("company", "region"; "expansion" absent): enough
        assertThat(EvidenceLocator.locate("company region expansion", List.of(INTRO), 3)).hasSize(1);
    }

    @Test
    void bestSupportedPassageComesFirstAndTheCountIsCapped() {
        Passage partial = new Passage(FILE, 3, List.of(line(300, "Revenue rose.")));
        Passage full = new Passage(FILE, 4, List.of(line(400, "Revenue rose sharply in Asia.")));
        List<Evidence> ev = EvidenceLocator.locate("revenue rose sharply", List.of(partial, full), 3);
        assertThat(ev).extracting(Evidence::page).containsExactly(4, 3);
        assertThat(EvidenceLocator.locate("revenue rose sharply", List.of(partial, full), 1))
                .extracting(Evidence::page).containsExactly(4);
    }

    @Test
    void termsAreNormalised() {
        assertThat(EvidenceLocator.terms("Revenues of $1,250.5 (12%) in the U.S."))
                .containsExactly("revenue", "1250.5", "12");
    }
}
