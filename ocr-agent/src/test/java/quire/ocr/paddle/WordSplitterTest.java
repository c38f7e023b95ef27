package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSplitterTest {

    /** A 48-row crop, {@code width} wide, with ink columns where {@code cols} says '#'. */
    private static LineInk ink(String cols) {
        int w = cols.length();
        int[] grey = new int[48 * w];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < w; x++) {
                grey[y * w + x] = cols.charAt(x) == '#' && y >= 10 && y < 38 ? 0 : 255;
            }
        }
        return LineInk.fromGrey(grey, w, 48);
    }

    /** Glyphs centred on the given columns. */
    private static LineReading reading(String text, int[] centres, LineInk ink) {
        List<LineReading.Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            double c = (centres[i] + 0.5) / ink.width();
            glyphs.add(new LineReading.Glyph(String.valueOf(text.charAt(i)), c, c, c, 0.9));
        }
        return new LineReading(text, 0.9, glyphs, ink);
    }

    @Test
    void splitsAtWideInkGapsAndPlacesWordsOnTheirInk() {
        //        0         1         2         3         4
        //        0123456789012345678901234567890123456789012345
        String c = "   ####  ####  ####            ####  ####     ";
        LineInk ink = ink(c);
        LineReading r = reading("abcde", new int[] {4, 10, 16, 32, 38}, ink);

        List<WordSplitter.WordSpan> words = WordSplitter.split(r);

        assertThat(words).extracting(WordSplitter.WordSpan::text).containsExactly("abc", "de");
        assertThat(words.get(0).start() * c.length()).isCloseTo(3, offset(0.01));
        assertThat(words.get(0).end() * c.length()).isCloseTo(19, offset(0.01));
        assertThat(words.get(1).start() * c.length()).isCloseTo(31, offset(0.01));
        assertThat(words.get(1).end() * c.length()).isCloseTo(41, offset(0.01));
        assertThat(words.get(0).top()).isCloseTo(10 / 48.0, offset(1e-9));
        assertThat(words.get(0).bottom()).isCloseTo(38 / 48.0, offset(1e-9));
    }

    @Test
    void readSpacesSplitEvenWithoutAGap() {
        String c = "  ##########  ";
        LineReading r = reading("a b", new int[] {4, 7, 10}, ink(c));
        assertThat(WordSplitter.split(r)).extracting(WordSplitter.WordSpan::text).containsExactly("a", "b");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # before, left, right, may break
              x,  a,  b,  true
              2,  1,  1,  false
              2,  1,  .,  false
              1,  .,  9,  false
              o,  .,  2,  true
              5,  9,  %,  false
              o,  n,  .,  false
              x,  $,  4,  false
              x,  (,  a,  false
              9,  %,  d,  true
              x,  4,  a,  true
            """)
    void neverBreaksInsideNumbersOrBeforeClosingPunctuation(String before, String a, String b, boolean expected) {
        assertThat(WordSplitter.mayBreak(before, a, b)).isEqualTo(expected);
    }
}
