package quire.pipeline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.pipeline.summarize.DocSummary.TermCount;

class SummaryAlgorithmsTest {

    @Test
    void sentencesKeepPagesAndSkipFragmentsAndAbbreviations() {
        List<KeySentence> s = Sentences.split(List.of(
                "Annual Report\nThe company grew in all markets this year. Sales, e.g. in Europe, rose by a third.",
                "Short one. The board approved a new dividend policy in March."));
        assertThat(s).extracting(KeySentence::text).containsExactly(
                "The company grew in all markets this year.",
                "Sales, e.g. in Europe, rose by a third.",
                "The board approved a new dividend policy in March.");
        assertThat(s).extracting(KeySentence::page).containsExactly(1, 1, 2);
    }

    @Test
    void textRankPrefersTheCentralSentenceAndReturnsDocumentOrder() {
        // three sentences about one theme (similar vectors) and one outlier
        List<float[]> v = List.of(unit(1, 0.5f, 0, 0), unit(0, 0, 0, 1), unit(1, 0, 0.5f, 0), unit(0.8f, 0.4f, 0.4f, 0));
        double[] r = TextRank.scores(v);
        assertThat(r[1]).isLessThan(Math.min(Math.min(r[0], r[2]), r[3]));
        List<KeySentence> s = List.of(new KeySentence("a", 1), new KeySentence("b", 1), new KeySentence("c", 2),
                new KeySentence("d", 3));
        assertThat(TextRank.select(s, v, 2)).extracting(KeySentence::text).isSubsetOf("a", "c", "d").hasSize(2)
                .isSorted();
    }

    @Test
    void keyFiguresHaveLabelsValuesAndPages() {
        List<KeyFigure> f = KeyFigures.extract(List.of(
                new KeySentence("Revenue rose to $4.2 million in 2023, up from $3.9 million.", 3),
                new KeySentence("The operating margin was 12.5% for the year.", 4),
                new KeySentence("The plant opened in 1998 with 40 staff.", 5)));
        assertThat(f).extracting(KeyFigure::display).contains("Revenue $4.2 million (p. 3)",
                "operating margin 12.5% (p. 4)");
        assertThat(f).noneMatch(k -> k.value().contains("1998") || k.value().equals("40"));
    }

    @Test
    void recurringTermsComeFromSeveralDocuments() {
        List<String> terms = Terms.recurring(List.of(
                List.of(new TermCount("revenue", 5), new TermCount("solar", 3), new TermCount("zebra", 9)),
                List.of(new TermCount("revenue", 4), new TermCount("solar", 1), new TermCount("harbour", 7))), 5);
        assertThat(terms).containsExactly("revenue", "solar");
    }

    @Test
    void garbledTextLayersAreRecognised() {
        assertThat(DocumentSummarizer.garbled("User acceptance of technology has been an important field of "
                + "study for over two decades now. Revenue was $4.2 million (p. 3).")).isFalse();
        assertThat(DocumentSummarizer.garbled("!\" #  !\"$ \" & % % ' % ( )% * + , -. /0 1 2 3 ## $$ %% && ** "
                + "OverviewoftheTechnologyAcceptanceModel: Origins,DevelopmentsandFutureDirections")).isTrue();
    }

    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }
}
