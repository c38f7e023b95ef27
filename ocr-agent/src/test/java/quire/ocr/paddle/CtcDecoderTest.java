package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

    // classes: 0 blank, 1 'a', 2 'b', 3 'c', 4 space
    private final CtcDecoder decoder = new CtcDecoder(new Dictionary(List.of("a", "b", "c")));

    /** One-hot-ish steps: the given class gets {@code p}, the rest share the remainder. */
    private static float[] steps(int[] best, float p) {
        int classes = 5;
        float[] out = new float[best.length * classes];
        for (int t = 0; t < best.length; t++) {
            for (int c = 0; c < classes; c++) {
                out[t * classes + c] = c == best[t] ? p : (1 - p) / (classes - 1);
            }
        }
        return out;
    }

    @Test
    void collapsesRepeatsDropsBlanksAndKeepsSpaces() {
        float[] probs = steps(new int[] {0, 1, 1, 0, 1, 4, 2, 2, 3, 0}, 0.9f);
        LineReading r = decoder.decode(probs, 0, 10, 5, 0.1);
        assertThat(r.text()).isEqualTo("aa bc");
        assertThat(r.conf()).isCloseTo(0.9, offset(1e-6));
        // the first 'a' starts at step 1 and runs over step 2
        assertThat(r.glyphs().get(0).center()).isCloseTo(0.15, offset(1e-9));
        assertThat(r.glyphs().get(0).end()).isCloseTo(0.3, offset(1e-9));
        assertThat(r.glyphs().get(2).isSpace()).isTrue();
    }

    @Test
    void argmaxStopsEarlyOnlyWhereNoLaterClassCanWin() {
        java.util.Random random = new java.util.Random(5);
        int classes = 300;
        for (int row = 0; row < 2000; row++) {
            // a softmax row: one class peaked by a random margin, the rest random
            float[] p = new float[classes];
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = (float) Math.exp(random.nextGaussian() * 2);
                sum += p[c];
            }
            int peak = random.nextInt(classes);
            p[peak] += (float) (sum * random.nextDouble() * 3);
            sum = 0;
            for (float v : p) {
                sum += v;
            }
            int full = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = (float) (p[c] / sum);
                full = p[c] > p[full] ? c : full;
            }
            assertThat(CtcDecoder.argmax(p, 0, classes)).isEqualTo(full);
        }
    }

    @Test
    void allBlankIsEmpty() {
        LineReading r = decoder.decode(steps(new int[] {0, 0, 0}, 0.99f), 0, 3, 5, 0.3);
        assertThat(r.text()).isEmpty();
        assertThat(r.glyphs()).isEmpty();
    }

    @Test
    void dictionaryHasBlankKeysAndSpace() {
        Dictionary d = new Dictionary(List.of("x", "y"));
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.get(0)).isEmpty();
        assertThat(d.isSpace(3)).isTrue();
    }
}
