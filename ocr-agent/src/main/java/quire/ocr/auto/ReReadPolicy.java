package quire.ocr.auto;

/**
 * The auto engine's two decisions: which Tesseract words PP-OCR reads again, and whose reading of such a word is
 * kept. The two engines' confidences are not on one scale (Tesseract's word confidence, PP-OCR's mean character
 * probability), so each is first mapped to the share of words it actually read right at that confidence
 * ({@link Calibration}, measured on a generated degraded-scan set that is not the benchmark's; see
 * {@code AutoCalibration} in the test sources), and the readings compete on that. Tesseract's words are mapped by
 * their word confidence and their lowest character confidence together ({@link TesseractCalibration}).
 */
public record ReReadPolicy(TesseractCalibration tesseract, Calibration paddle, double reReadBelow, Keep onAgreement) {

    /** The policy with one table for all of Tesseract's words and Tesseract's word kept when both agree. */
    public ReReadPolicy(Calibration tesseract, Calibration paddle, double reReadBelow) {
        this(TesseractCalibration.single(tesseract), paddle, reReadBelow, Keep.TESSERACT);
    }

    /** The policy with one table for all of Tesseract's words. */
    public ReReadPolicy(Calibration tesseract, Calibration paddle, double reReadBelow, Keep onAgreement) {
        this(TesseractCalibration.single(tesseract), paddle, reReadBelow, onAgreement);
    }

    /**
     * Words Tesseract reads right less often than this are re-read. On the calibration set (seed 7) that is 4.4
     * words a page, which fix 16 words net; 0.8 re-reads 11.2 a page for 29 (with Tesseract's word confidence
     * alone, as before, 0.8 re-read 10.6 a page for 23). 0.5 gives the most fixes per re-read word there and on a
     * validation set (seed 8: 2.9 a page, 9 fixed). Each re-read word costs about 9 ms of one core, against about
     * 1.05 s of Tesseract a page, so every re-read is paid out of the speed margin over the peer.
     */
    public static final double REREAD_BELOW = 0.5;

    /**
     * A word whose every character has at least this confidence counts as one with sure characters: on the
     * calibration set the characters of right words next to a misread one sit at 0.99 and up, the unsure character
     * of a misread word mostly under 0.97 (0.97, 0.98 and 0.99 gave the same trade-off on the validation set).
     */
    public static final double SURE_CHARS = 0.98;

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

    /**
     * Tesseract's word confidence mapped to the probability that the word is right, by one table for words whose
     * every character Tesseract is sure of (lowest character confidence from {@code sureFrom}) and one for the others.
     * Tesseract 5's LSTM gives the words of one chunk it recognised together one word confidence, the lowest of
     * the chunk (the spaces between its words included), so a word next to a badly read one, or next to an unsure
     * word break, looks as unsure as that one; its own characters' confidences tell them apart: on the calibration
     * set, of the words under word confidence 0.8 whose characters were all sure 31 of 34 were right, of the others
     * 35 of 76.
     */
    public record TesseractCalibration(Calibration unsureChars, Calibration sureChars, double sureFrom) {

        /** One table for every word, whatever its characters' confidences. */
        public static TesseractCalibration single(Calibration all) {
            return new TesseractCalibration(all, all, Double.NEGATIVE_INFINITY);
        }

        public double p(double wordConf, double lowestChar) {
            return (lowestChar >= sureFrom ? sureChars : unsureChars).p(wordConf);
        }
    }

    /** Calibrations measured on bench/ocr's generated calibration set (seed 7), see AutoCalibration. */
    public static ReReadPolicy defaults() {
        return new ReReadPolicy(
                new TesseractCalibration(
                        new Calibration(
                                new double[] {0.177, 0.415, 0.550, 0.651, 0.727, 0.779, 0.826, 0.855},
                                new double[] {0.286, 0.400, 0.429, 0.429, 0.583, 0.643, 0.737, 0.778}),
                        new Calibration(
                                new double[] {0.031, 0.391, 0.553, 0.630, 0.746, 0.777, 0.820, 0.884, 0.918, 0.951,
                                        0.967},
                                new double[] {0.667, 0.947, 0.947, 0.947, 0.947, 0.947, 0.947, 0.947, 0.956, 0.996,
                                        0.999}),
                        SURE_CHARS),
                new Calibration(
                        new double[] {0.064, 0.762, 0.806, 0.882, 0.915, 0.942, 0.960, 0.976, 0.987, 0.995},
                        new double[] {0.000, 0.778, 0.778, 0.786, 0.902, 0.908, 0.924, 0.991, 0.998, 0.999}),
                Double.parseDouble(System.getProperty("quire.ocr.reread", String.valueOf(REREAD_BELOW))),
                Keep.TESSERACT);
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
    public boolean suspicious(String text, double wordConf, double lowestChar) {
        return tesseract.p(wordConf, lowestChar) < reReadBelow && !loneMark(text);
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
    public Keep choose(String tessText, double wordConf, double lowestChar, String paddleText, double paddleConf) {
        String p = paddleText.strip();
        if (p.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Keep.TESSERACT;
        }
        if (plain(p).equals(plain(tessText))) {
            return onAgreement;
        }
        return paddle.p(paddleConf) > tesseract.p(wordConf, lowestChar) ? Keep.PADDLE : Keep.TESSERACT;
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
