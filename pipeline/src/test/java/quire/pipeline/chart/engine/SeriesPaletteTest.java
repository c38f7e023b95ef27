package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesPaletteTest {

    private static final int GREEN = 0x7fc97f;
    private static final int PURPLE = 0xbeaed4;

    /** Pixels of two series colours, their anti-aliased fades, grey text and white background. */
    private static int[] picture(int w, int h) {
        int[] rgb = new int[w * h];
        java.util.Arrays.fill(rgb, 0xffffff);
        for (int x = 0; x < w; x++) {
            rgb[10 * w + x] = GREEN;
            rgb[11 * w + x] = GREEN;
            rgb[12 * w + x] = 0xe0f2e0; // green faded 3/4 of the way to white
            rgb[30 * w + x] = PURPLE;
            rgb[31 * w + x] = PURPLE;
            rgb[40 * w + x] = 0x555555;
        }
        return rgb;
    }

    @Test
    void findsTheSeriesColoursButNotGreysOrFades() {
        List<Integer> palette = SeriesPalette.of(picture(200, 50), 200, 50, 12);
        assertThat(palette).hasSize(2);
        assertThat(palette.stream().mapToInt(c -> SeriesPalette.distance(c, GREEN)).min().orElseThrow())
                .isLessThan(10);
        assertThat(palette.stream().mapToInt(c -> SeriesPalette.distance(c, PURPLE)).min().orElseThrow())
                .isLessThan(10);
    }

    @Test
    void aFadedPixelBelongsToTheColourWhoseFadeLineItLiesOn() {
        List<Integer> palette = List.of(PURPLE, GREEN);
        // half-way from white to green, and a faint green a lighter purple's fade line passes near
        assertThat(SeriesPalette.nearest(0xbfe4bf, palette)).isEqualTo(1);
        assertThat(SeriesPalette.nearest(0xd8ecd8, palette)).isNotEqualTo(0);
        assertThat(SeriesPalette.nearest(0xc6b8da, palette)).isEqualTo(0);
        assertThat(SeriesPalette.nearest(0x808080, palette)).isEqualTo(-1); // grey text
        assertThat(SeriesPalette.nearest(0xffffff, palette)).isEqualTo(-1);
    }

    @Test
    void alphaRunsFromWhiteToTheColour() {
        assertThat(SeriesPalette.alpha(0xffffff, GREEN)).isEqualTo(0.0);
        assertThat(SeriesPalette.alpha(GREEN, GREEN)).isEqualTo(1.0);
        assertThat(SeriesPalette.fadeResidual(GREEN, GREEN)).isLessThan(1e-9);
    }
}
