package quire.pipeline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The map-reduce summariser's pure parts: chunk planning, reduce grouping, page attribution. */
class MapReducePlanningTest {

    /** One token per whitespace-separated word: easy to reason about in assertions. */
    static final TokenCounter WORDS = t -> t.isBlank() ? 0 : t.strip().split("\\s+").length;

    static List<String> pages(int n, int sentencesPerPage) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            StringBuilder sb = new StringBuilder("Heading of page " + p + "\n");
            for (int s = 1; s <= sentencesPerPage; s++) {
                sb.append("Sentence ").append(s).append(" of page ").append(p).append(" says revenue was ")
                        .append(p * 100 + s).append(" units. ");
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void unitsKeepEveryLineAndSentenceWithItsPage() {
        List<KeySentence> units = ChunkPlanner.units(List.of("Short title\nOne sentence here. Two words.", "", "x"));
        assertThat(units).containsExactly(new KeySentence("Short title", 1),
                new KeySentence("One sentence here.", 1), new KeySentence("Two words.", 1), new KeySentence("x", 3));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # pages, sentences per page, budget
            1, 3, 400
            6, 10, 60
            20, 4, 33
            3, 30, 120
            """)
    void chunksStayWithinTheBudgetAndCoverEveryUnitInOrder(int pageCount, int perPage, int budget) {
        List<KeySentence> units = ChunkPlanner.units(pages(pageCount, perPage));
        List<Chunk> chunks = ChunkPlanner.plan(units, budget, WORDS);

        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.tokens()).isEqualTo(WORDS.count(c.text())).isLessThanOrEqualTo(budget);
            assertThat(c.text()).startsWith("[p. " + c.firstPage() + "] ");
            assertThat(c.firstPage()).isLessThanOrEqualTo(c.lastPage());
        });
        String joined = String.join(" ", chunks.stream().map(Chunk::text).toList()).replaceAll("\\[p\\. \\d+] ", "")
                .replaceAll("\\s+", " ");
        String expected = String.join(" ", units.stream().map(KeySentence::text).toList());
        assertThat(joined).isEqualTo(expected);
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).firstPage()).isGreaterThanOrEqualTo(chunks.get(i - 1).lastPage());
        }
        int total = units.stream().mapToInt(u -> WORDS.count(u.text())).sum();
        assertThat(chunks.size()).isLessThanOrEqualTo(2 * total / budget + 2); // greedy: no needless splits
    }

    @Test
    void aLineLongerThanTheBudgetIsCutAtWordsAndNothingIsLost() {
        String longLine = String.join(" ", IntStream.range(0, 500).mapToObj(i -> "w" + i).toList());
        List<Chunk> chunks = ChunkPlanner.plan(List.of(new KeySentence(longLine, 4)), 64, WORDS);

        assertThat(chunks).hasSizeGreaterThan(8).allSatisfy(c -> {
            assertThat(c.tokens()).isLessThanOrEqualTo(64);
            assertThat(c.firstPage()).isEqualTo(4);
        });
        assertThat(String.join(" ", chunks.stream().map(c -> c.text().replace("[p. 4] ", "")).toList()))
                .isEqualTo(longLine);
    }

    @Test
    void aTinyBudgetIsRefused() {
        assertThatThrownBy(() -> ChunkPlanner.plan(List.of(new KeySentence("a b c", 1)), 4, WORDS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reduceGroupsFitTheBudgetHoldTwoOrMoreAndKeepOrder() {
        List<Partial> parts = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> new Partial("summary of part " + i + " with some words", i, i)).toList();
        List<List<Partial>> groups = ReducePlanner.groups(parts, 30, WORDS);

        assertThat(groups).allSatisfy(g -> assertThat(WORDS.count(ReducePlanner.text(g))).isLessThanOrEqualTo(30));
        assertThat(groups.subList(0, groups.size() - 1)).allSatisfy(g -> assertThat(g).hasSizeGreaterThan(1));
        assertThat(groups.stream().flatMap(List::stream).map(Partial::firstPage).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(ReducePlanner.text(groups.get(0))).startsWith("[p. 1] summary of part 1");
    }

    @Test
    void overlongPartialsAreCutSoAnyTwoFitAndTheRecursionEnds() {
        String words = String.join(" ", IntStream.range(0, 200).mapToObj(i -> "x" + i).toList());
        List<Partial> parts = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            parts.add(new Partial(words, 2 * i - 1, 2 * i));
        }
        int levels = 0;
        while (parts.size() > 1) {
            List<List<Partial>> groups = ReducePlanner.groups(parts, 50, WORDS);
            assertThat(groups).hasSizeLessThan(parts.size());
            assertThat(groups).allSatisfy(g -> assertThat(WORDS.count(ReducePlanner.text(g))).isLessThanOrEqualTo(50));
            // stand-in for the model: the combined partial is the group's first text, spanning the group's pages
            parts = groups.stream().map(g -> new Partial(g.get(0).text(), g.get(0).firstPage(),
                    g.get(g.size() - 1).lastPage())).toList();
            levels++;
        }
        assertThat(levels).isBetween(1, 3);
        assertThat(parts.get(0).firstPage()).isEqualTo(1);
        assertThat(parts.get(0).lastPage()).isEqualTo(14);
    }

    @Test
    void fitCutsWordsFromTheEnd() {
        Partial p = new Partial("one two three four five six", 3, 5);
        assertThat(ReducePlanner.fit(p, 5, WORDS)).isEqualTo(new Partial("one two three", 3, 5));
        assertThat(ReducePlanner.fit(p, 50, WORDS)).isSameAs(p);
    }

    @Test
    void citedPagesInRangeWinAndTheCitationIsRemovedFromTheText() {
        List<KeySentence> out = PageAttribution.attribute("Revenue grew to 4.2 million (p. 3). Costs fell (page 9).",
                List.of(), 1, 5);
        assertThat(out).containsExactly(new KeySentence("Revenue grew to 4.2 million.", 3),
                new KeySentence("Costs fell.", 1));
    }

    @Test
    void uncitedSentencesTakeThePageOfTheSourceSharingMostWords() {
        List<KeySentence> sources = List.of(new KeySentence("Staff numbers stayed flat at 120.", 2),
                new KeySentence("Warehouse throughput grew by 14% to 3,200 pallets a day.", 4),
                new KeySentence("The board met twice.", 5));
        List<KeySentence> out = PageAttribution.attribute(
                "- Warehouse throughput rose 14% to 3,200 pallets.\n- Something unrelated entirely happened.",
                sources, 1, 5);
        assertThat(out).containsExactly(new KeySentence("Warehouse throughput rose 14% to 3,200 pallets.", 4),
                new KeySentence("Something unrelated entirely happened.", 1));
    }

    @Test
    void garbageWithoutSentenceEndsIsOneSentenceOnTheSpansFirstPage() {
        List<KeySentence> out = PageAttribution.attribute("qz xv kk ww", List.of(new KeySentence("a b c", 7)), 7, 9);
        assertThat(out).containsExactly(new KeySentence("qz xv kk ww", 7));
        assertThat(PageAttribution.attribute("  \n ", List.of(), 1, 1)).isEmpty();
    }

    @Test
    void brokenCharactersAndControlCodesFromTheModelAreDropped() {
        assertThat(PageAttribution.attribute("Costs\tfell \uFFFD\u0007sharply (p. 2).", List.of(), 1, 3))
                .containsExactly(new KeySentence("Costs fell sharply.", 2));
    }
}
