package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.pipeline.slicer.SliceGrid;

class TokenBudgetTest {

    @ParameterizedTest(name = "{0}x{1} px -> {2} tokens")
    @CsvSource(textBlock = """
            # A4 at 144 dpi: 3 columns x 4 rows + global = 13 tiles (mllm-runtime.md)
            1190, 1684, 863
            # US letter at 144 dpi: 4 x 4 + global
            1224, 1584, 1127
            # default processing scales the longest edge up to 2048 even for a small image: 3 x 4 + global
            300,  200,  862
            """)
    void defaultPageTokensFollowTheIdefics3Grid(int w, int h, int tokens) {
        assertThat(TokenBudget.defaultPage(w, h)).isEqualTo(tokens);
    }

    @Test
    void textCostsOneTokenPerFourCharacters() {
        assertThat(TokenBudget.text("")).isZero();
        assertThat(TokenBudget.text("abcd")).isEqualTo(1);
        assertThat(TokenBudget.text("abcde")).isEqualTo(2);
    }

    @Test
    void textFrameCountsTheHeaderAndOneBlankLinePerPart() {
        int header = TokenBudget.text(TokenBudget.TEXT_HEADER);
        assertThat(header).isPositive();
        assertThat(TokenBudget.textFrame(0)).isZero();
        assertThat(TokenBudget.textFrame(1)).isEqualTo(header + 1);
        assertThat(TokenBudget.textFrame(3)).isEqualTo(header + 3);
    }

    @Test
    void mergingHalvesTheVisualTokensOfEachImage() {
        SliceGrid single = new SliceGrid(1, 1);
        assertThat(TokenBudget.visual(single, PlanOptions.DEFAULT.withMerge(false))).isEqualTo(67);
        assertThat(TokenBudget.visual(single, PlanOptions.DEFAULT)).isEqualTo(35);
        SliceGrid twoByTwo = new SliceGrid(2, 2);
        // 4 tiles x (32 + 2) + 2 row newlines + global 32 + 3
        assertThat(TokenBudget.visual(twoByTwo, PlanOptions.DEFAULT)).isEqualTo(4 * 34 + 2 + 35);
    }

    @Test
    void slicerGivesSmallRegionsFewerTilesThanDefaultProcessing() {
        SliceGrid sliced = TokenBudget.visualGrid(600, 400, PlanOptions.DEFAULT);
        SliceGrid unsliced = TokenBudget.visualGrid(600, 400, PlanOptions.DEFAULT.withSlicer(false));
        assertThat(sliced.tiles()).isLessThan(unsliced.tiles());
    }

    @Test
    void flatRegionsAreMergedMoreButEveryTileKeepsAQuarter() {
        PlanOptions o = PlanOptions.DEFAULT;
        assertThat(o.mergeRatioFor(0.1)).isEqualTo(0.5);
        assertThat(o.mergeRatioFor(0.6)).isEqualTo(0.6);
        assertThat(o.mergeRatioFor(1.0)).isEqualTo(PlanOptions.MAX_MERGE);
        assertThat(o.withMerge(false).mergeRatioFor(1.0)).isZero();
        assertThat(PlanOptions.tokensPerImage(0.75)).isEqualTo(16);
        assertThat(TokenBudget.visual(new SliceGrid(1, 1), PlanOptions.tokensPerImage(0.75)))
                .isEqualTo(TokenBudget.visual(new SliceGrid(1, 1), 64) - 48);
    }

    @Test
    void ocrTextIsEstimatedFromGlyphSpanOrTheUnusableLayersCharacters() {
        // 100 height-widths of glyphs: 150 characters, 38 tokens
        assertThat(TokenBudget.ocr(100, 0)).isEqualTo(38);
        // a text layer of unmapped glyphs with more characters than the pixels show
        assertThat(TokenBudget.ocr(100, 400)).isEqualTo(100);
        assertThat(TokenBudget.ocr(0, 0)).isZero();
    }
}
