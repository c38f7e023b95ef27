package quire.ocr.paddle;

import java.util.ArrayList;
import java.util.List;

/** Greedy CTC decoding: best class per time step, repeats collapsed, blanks (class 0) dropped. */
public final class CtcDecoder {

    private final Dictionary dictionary;

    public CtcDecoder(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The most probable class of one softmax step. A probability over one half is the step's largest (the others
     * share less than a half), so the scan stops there: most steps are blanks (class 0) well over a half, and a
     * character's class is found before the end of the 6625.
     */
    static int argmax(float[] probs, int base, int classes) {
        int best = 0;
        float bestP = probs[base];
        for (int c = 1; c < classes && bestP <= 0.5f; c++) {
            if (probs[base + c] > bestP) {
                bestP = probs[base + c];
                best = c;
            }
        }
        return best;
    }

    /**
     * @param probs        softmax output of one batch item, {@code steps × classes}, starting at {@code offset}
     * @param stepFraction width of one time step as a fraction of the line's content width
     */
    public LineReading decode(float[] probs, int offset, int steps, int classes, double stepFraction) {
        List<LineReading.Glyph> glyphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double sum = 0;
        int prev = -1;
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            int best = argmax(probs, base, classes);
            float bestP = probs[base + best];
            if (best != 0 && best == prev && !glyphs.isEmpty()) {
                // the same character continues: extend its run
                LineReading.Glyph g = glyphs.get(glyphs.size() - 1);
                glyphs.set(glyphs.size() - 1, new LineReading.Glyph(g.text(), g.center(), g.start(),
                        (t + 1) * stepFraction, g.prob()));
            } else if (best != 0 && best < dictionary.size()) {
                String s = dictionary.get(best);
                glyphs.add(new LineReading.Glyph(s, (t + 0.5) * stepFraction, t * stepFraction,
                        (t + 1) * stepFraction, bestP));
                text.append(s);
                sum += bestP;
            }
            prev = best;
        }
        if (glyphs.isEmpty()) {
            return LineReading.empty();
        }
        return new LineReading(text.toString(), sum / glyphs.size(), glyphs);
    }
}
