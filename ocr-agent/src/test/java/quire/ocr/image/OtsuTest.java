package quire.ocr.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtsuTest {

    /** Two grey levels: every split between them separates the classes equally well; the first such level wins. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            20,  220, 20
            0,   255, 0
            100, 101, 100
            """)
    void twoLevelsSplitAtTheDarkerOne(int dark, int light, int expected) {
        long[] h = new long[256];
        h[dark] = 300;
        h[light] = 700;
        assertThat(Otsu.lastDarkLevel(h)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0
            128
            255
            """)
    void aSingleLevelHasNoSplit(int level) {
        long[] h = new long[256];
        h[level] = 1000;
        assertThat(Otsu.lastDarkLevel(h)).isEqualTo(127);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            30, 60, 200, 230
            """)
    void inkAndPaperSpreadsSplitBetweenThem(int inkLo, int inkHi, int paperLo, int paperHi) {
        long[] h = new long[256];
        for (int i = inkLo; i <= inkHi; i++) {
            h[i] = 10;
        }
        for (int i = paperLo; i <= paperHi; i++) {
            h[i] = 40;
        }
        assertThat(Otsu.lastDarkLevel(h)).isBetween(inkHi, paperLo - 1);
    }
}
