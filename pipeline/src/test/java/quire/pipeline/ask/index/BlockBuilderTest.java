package quire.pipeline.ask.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;
import quire.pipeline.ask.SpanLocator;
import quire.pipeline.ask.Units;

class BlockBuilderTest {

    /** A line of words 6 pt per character plus a 3 pt space, starting at x, with its top at y and 10 pt high. */
    static Line line(double x, double y, String text) {
        List<Word> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            double width = 6 * w.length();
            words.add(new Word(w, new BBox(x, y, x + width, y + 10), 1.0, TextSource.TEXT_LAYER));
            x += width + 3;
        }
        return Line.of(words);
    }

    static PageText page(List<Line> lines) {
        return new PageText(1, 600, 800, TextSource.TEXT_LAYER, lines);
    }

    @Test
    void aParagraphGapStartsANewBlock() {
        List<Block> blocks = BlockBuilder.blocks(page(List.of(
                line(50, 100, "First paragraph line one"),
                line(50, 112, "and its second line."),
                line(50, 140, "Second paragraph after a gap."))), 5);
        assertThat(blocks).extracting(Block::text)
                .containsExactly("First paragraph line one\nand its second line.", "Second paragraph after a gap.");
        assertThat(blocks).extracting(Block::ordinal).containsExactly(5, 6);
    }

    @Test
    void tableRowsStayTogetherDespiteWiderSpacing() {
        List<Block> blocks = BlockBuilder.blocks(page(List.of(
                line(50, 100, "Region 2022 2023"),
                line(50, 118, "North 120 135"),
                line(50, 136, "South 98 101"))), 0);
        assertThat(blocks).hasSize(1);
        assertThat(Units.of(blocks.get(0))).extracting(Units.Unit::row).containsExactly(0, 1, 2);
    }

    @Test
    void twoColumnsAreReadLeftColumnFirst() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(50, 60, "A Title That Spans The Whole Page Width From Left To Right Side"));
        for (int i = 0; i < 10; i++) {
            // the text layer hands over merged lines: left column words, then right column words at the same y
            Line left = line(50, 80 + 12 * i, "left" + i + " words here");
            Line right = line(320, 80 + 12 * i, "right" + i + " words there");
            List<Word> merged = new ArrayList<>(left.words());
            merged.addAll(right.words());
            lines.add(Line.of(merged));
        }
        String text = String.join("\n", BlockBuilder.blocks(page(lines), 0).stream().map(Block::text).toList());
        assertThat(text.indexOf("left9")).isLessThan(text.indexOf("right0"));
        assertThat(text).doesNotContain("here right");
    }

    @Test
    void marginLineNumbersAndLigaturesAreCleanedUp() {
        Line withNumber = line(50, 100, "the ﬁlm studios receive 99 percent");
        List<Word> words = new ArrayList<>(withNumber.words());
        words.add(new Word("12", new BBox(560, 100, 572, 110), 1.0, TextSource.TEXT_LAYER));
        List<Block> blocks = BlockBuilder.blocks(page(List.of(Line.of(words), line(20, 112, "13"))), 0);
        assertThat(blocks).extracting(Block::text).containsExactly("the film studios receive 99 percent");
    }

    @Test
    void aSpanMapsToTheBoxesOfItsWordsPerLine() {
        Block b = BlockBuilder.blocks(page(List.of(line(50, 100, "revenue was EUR 4"),
                line(50, 112, "million last year"))), 0).get(0);
        int start = b.text().indexOf("EUR");
        int end = b.text().indexOf("million") + "million".length();
        List<SpanLocator.LineSpan> spans = SpanLocator.locate(b, start, end);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).text()).isEqualTo("EUR 4");
        assertThat(spans.get(0).bbox()).isEqualTo(new BBox(50 + 6 * 7 + 3 + 6 * 3 + 3, 100, 50 + 6 * 7 + 3
                + 6 * 3 + 3 + 18 + 3 + 6, 110));
        assertThat(spans.get(1).text()).isEqualTo("million");
    }

    @Test
    void theLayoutCodecRoundTripsWordsAndBoxes() {
        Block b = BlockBuilder.blocks(page(List.of(line(50, 100, "a b"), line(50, 112, "c"))), 3).get(0);
        Block back = BlockCodec.decode(b.page(), b.ordinal(), b.text(), BlockCodec.layout(b), TextSource.TEXT_LAYER);
        assertThat(back.text()).isEqualTo(b.text());
        assertThat(back.lines().get(1).words().get(0).bbox()).isEqualTo(b.lines().get(1).words().get(0).bbox());
    }
}
