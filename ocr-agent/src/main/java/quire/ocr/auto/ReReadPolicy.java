package quire.ocr.auto;

import quire.ocr.text.Word;

/**
 * The auto engine's two decisions: which Tesseract words PP-OCR reads again, and whose reading of such a word is
 * kept. The two engines' confidences are not on one scale (Tesseract's word confidence, PP-OCR's mean character
 * probability), so each is first mapped to the share of words it actually read right at that confidence
 * ({@link Calibration}, measured on a generated degraded-scan set that is not the benchmark's; see
 * {@code AutoCalibration} in the test sources), and the readings compete on that.
 */
public record ReReadPolicy(Calibration tesseract, Calibration paddle, double reReadBelow, Keep onAgreement) {

    /** The policy with Tesseract's word kept when both engines read the same characters. */
    public ReReadPolicy(Calibration tesseract, Calibration paddle, double reReadBelow) {
        this(tesseract, paddle, reReadBelow, Keep.TESSERACT);
    }

    /**
     * Words Tesseract reads right less often than this are re-read: on the calibration set that is Tesseract
     * confidence under about 0.82, one word in 29 (12 a page), which holds 70% of the words PP-OCR fixes when
     * every word under 0.95 is re-read. Each re-read word costs about 10 ms of one core, so re-reading more would
     * cost the speed of a page (about 1.1 s of Tesseract): 0.9 re-reads 19 words a page for 31 fixes against 23.
     */
    public static final double REREAD_BELOW = 0.8;

    /** Whose reading of a re-read word is kept. */
    public enum Keep { TESSERACT, PADDLE }

    /**
     * A non-decreasing piecewise-linear map from an engine's confidence to the measured probability that the word is
     * right: {@code conf[i] → correct[i]}, flat beyond the ends.
     */
    public record Calibration(double[] conf, double[] correct) {
        public Calibration {
            if (conf.length != correct.length || conf.length == 0) {
                throw new IllegalArgumentException("calibration needs matching, non-empty tables");
            }
            conf = conf.clone();
            correct = correct.clone();
        }

        public double p(double c) {
            if (c <= conf[0]) {
                return correct[0];
            }
            for (int i = 1; i < conf.length; i++) {
                if (c <= conf[i]) {
                    double t = (c - conf[i - 1]) / (conf[i] - conf[i - 1]);
                    return correct[i - 1] + t * (correct[i] - correct[i - 1]);
                }
            }
            return correct[conf.length - 1];
        }
    }

    /** Calibrations measured on bench/ocr's generated calibration set (seed 7), see AutoCalibration. */
    public static ReReadPolicy defaults() {
        return new ReReadPolicy(
                new Calibration(
                        new double[] {0.120, 0.414, 0.551, 0.642, 0.729, 0.778, 0.824, 0.879, 0.918, 0.951, 0.967},
                        new double[] {0.435, 0.438, 0.638, 0.638, 0.638, 0.792, 0.815, 0.882, 0.956, 0.996, 0.999}),
                new Calibration(
                        new double[] {0.020, 0.779, 0.827, 0.881, 0.915, 0.942, 0.960, 0.976, 0.987, 0.995},
                        new double[] {0.000, 0.840, 0.840, 0.840, 0.872, 0.928, 0.929, 0.981, 0.998, 0.999}),
                Double.parseDouble(System.getProperty("quire.ocr.reread", String.valueOf(REREAD_BELOW))));
    }

    /** Marks Tesseract reads for a letter's stroke ({@code [inn} for {@code Linn}, {@code |} for {@code l}). */
    private static final String STROKES = "|!/\\[]()";

    /**
     * Tesseract's word is re-read when it is probably wrong, unless it is a lone mark (no letter or digit, no
     * stroke-like mark): cropped out of its line, PP-OCR reads a bullet, colon or symbol as nothing or as another
     * mark, which {@link #choose} never takes. Such marks were 13 of 106 re-reads on the calibration set and 18 of
     * 25 on a real scan (linn), none ever replaced; single letters and digits are still re-read ({@code 4} for
     * {@code a} is a real fix).
     */
    public boolean suspicious(Word w) {
        return tesseract.p(w.conf()) < reReadBelow && !loneMark(w.text());
    }

    static boolean loneMark(String text) {
        return text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || STROKES.indexOf(c) >= 0);
    }

    /**
     * PP-OCR's reading replaces Tesseract's only when it is more probably right. When both read the same characters
     * {@link #onAgreement} decides (Tesseract by default: its word breaks and boxes come from layout analysis),
     * also when they differ only in
     * typography PP-OCR's dictionary cannot write (curly quotes, dashes: it reads {@code ’} as {@code '} and
     * {@code —} as {@code --}), and when PP-OCR read no letter or digit (a lone symbol cropped out of its line, such
     * as a bullet, is a guess without context for a recogniser trained on text lines).
     */
    public Keep choose(String tessText, double tessConf, String paddleText, double paddleConf) {
        String p = paddleText.strip();
        if (p.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Keep.TESSERACT;
        }
        if (plain(p).equals(plain(tessText))) {
            return onAgreement;
        }
        return paddle.p(paddleConf) > tesseract.p(tessConf) ? Keep.PADDLE : Keep.TESSERACT;
    }

    /** The text without spaces, typographic quotes and dashes written as ASCII, runs of hyphens as one. */
    static String plain(String text) {
        return text.replace(" ", "")
                .replaceAll("[\u2018\u2019\u201A\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-")
                .replaceAll("-{2,}", "-");
    }
}
