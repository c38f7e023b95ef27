package quire.ocr.auto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.auto.ReReadPolicy.Calibration;
import quire.ocr.auto.ReReadPolicy.Keep;

class ReReadPolicyTest {

    private static final Calibration CAL = new Calibration(new double[] {0.2, 0.6, 0.9}, new double[] {0.1, 0.5, 0.9});

    @ParameterizedTest(name = "p({0}) = {1}")
    @CsvSource({"0.0, 0.1", "0.2, 0.1", "0.4, 0.3", "0.6, 0.5", "0.75, 0.7", "0.9, 0.9", "1.0, 0.9"})
    void calibrationInterpolatesAndIsFlatBeyondTheEnds(double conf, double p) {
        assertThat(CAL.p(conf)).isCloseTo(p, offset(1e-9));
    }

    @Test
    void calibrationTablesMustMatch() {
        assertThatThrownBy(() -> new Calibration(new double[] {0.1}, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "Tesseract ''{0}'' at {1} (characters {2}), PP-OCR ''{3}'' at {4}: keep {5}")
    @CsvSource({
            // the measured calibrations: a Tesseract word at 0.5 with an unsure character is right less than half
            // the time, PP-OCR at 0.99 nearly always
            "'to.',      0.50, 0.92,  'to',       0.99, PADDLE",
            "'USD.792.0', 0.72, 0.95, 'USD 792.0', 0.95, PADDLE",
            // Tesseract sure, PP-OCR less so: Tesseract stays
            "'million',  0.93, 1.0,   'milion',   0.94, TESSERACT",
            "'million',  0.90, 0.99,  'milion',   0.86, TESSERACT",
            // a low word confidence shared with a misread neighbour, every character sure: Tesseract stays
            "'million',  0.60, 0.995, 'milion',   0.95, TESSERACT",
            // the same word confidence with an unsure character: PP-OCR's reading wins
            "'rnillion', 0.60, 0.94,  'million',  0.95, PADDLE",
            // a word confidence near 0 with every character sure (an unsure word break): PP-OCR when it is sure
            "'USD.',     0.00, 0.994, 'USD',      0.995, PADDLE",
            // same characters, other word breaks: Tesseract's layout is kept
            "'Pacific',  0.40, 0.9,   'Pacific',  0.999, TESSERACT",
            "'cost completed', 0.40, 0.9, 'costcompleted', 0.999, TESSERACT",
            // PP-OCR read nothing, or nearly nothing with confidence
            "'total',    0.10, 0.85,  '',         0.0,  TESSERACT",
            "'total',    0.10, 0.85,  '   ',      0.9,  TESSERACT",
            "'tota1',    0.10, 0.85,  'x',        0.02, TESSERACT",
            // typography PP-OCR's dictionary cannot write: Tesseract's curly quote and dash stay
            "'That\u2019s', 0.80, 0.97, 'That''s', 0.999, TESSERACT",
            "'sequence\u2014', 0.80, 0.97, 'sequence---', 0.999, TESSERACT",
            "'\u201Cchain\u201D', 0.50, 0.92, '\"chain\"', 0.999, TESSERACT",
            // a lone symbol is not re-read into another symbol, but a digit for a symbol is taken
            "'\u00A9', 0.30, 0.89, '.', 0.99, TESSERACT",
            "'|', 0.50, 0.92, '1', 0.99, PADDLE",
    })
    void keepsTheMoreProbablyRightReading(String tess, double tc, double lowest, String paddle, double pc, Keep keep) {
        assertThat(ReReadPolicy.defaults().choose(tess, tc, lowest, paddle, pc)).isEqualTo(keep);
    }

    @Test
    void tesseractsTableIsChosenByItsLowestCharacter() {
        Calibration sure = new Calibration(new double[] {0, 1}, new double[] {0.9, 1.0});
        Calibration unsure = new Calibration(new double[] {0, 1}, new double[] {0.1, 0.5});
        ReReadPolicy.TesseractCalibration split = new ReReadPolicy.TesseractCalibration(unsure, sure, 0.98);
        assertThat(split.p(0.5, 0.98)).isCloseTo(0.95, offset(1e-9));
        assertThat(split.p(0.5, 0.97)).isCloseTo(0.3, offset(1e-9));
        ReReadPolicy.TesseractCalibration single = ReReadPolicy.TesseractCalibration.single(unsure);
        assertThat(single.p(0.5, 1.0)).isEqualTo(single.p(0.5, 0.0)).isCloseTo(0.3, offset(1e-9));
    }

    @ParameterizedTest(name = "agreement kept from {0}")
    @CsvSource({"TESSERACT", "PADDLE"})
    void whenBothAgreeTheConfiguredEngineKeepsTheWord(Keep onAgreement) {
        ReReadPolicy d = ReReadPolicy.defaults();
        ReReadPolicy policy = new ReReadPolicy(d.tesseract(), d.paddle(), d.reReadBelow(), onAgreement);
        assertThat(policy.choose("cost completed", 0.2, 0.9, "costcompleted", 0.999)).isEqualTo(onAgreement);
        // a lone symbol from PP-OCR never wins, whatever the setting
        assertThat(policy.choose("\u00A9", 0.2, 0.9, ".", 0.999)).isEqualTo(Keep.TESSERACT);
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({"'a b', 'ab'", "'it\u2019s', 'it''s'", "'x\u2014y', 'x-y'", "'x--y', 'x-y'", "'\u201Cq\u201D', '\"q\"'"})
    void plainTextDropsSpacesAndTypography(String text, String plain) {
        assertThat(ReReadPolicy.plain(text)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "conf {0}, characters {1}, re-read below {2}: {3}")
    @CsvSource({
            "0.97, 1.0, 0.99, false", "0.93, 1.0, 0.99, true",
            // the default threshold: a word with an unsure character under about 0.69 is re-read...
            "0.50, 0.92, 0.5, true", "0.60, 0.95, 0.5, true", "0.75, 0.96, 0.5, false",
            // ... a neighbour sharing its low word confidence, every character sure, is not
            "0.60, 0.995, 0.5, false",
            // an unsure word break (word confidence near 0, characters sure) only under a higher threshold
            "0.0, 0.994, 0.5, false", "0.0, 0.994, 0.8, true",
            "0.0, 0.8, 0.0, false"})
    void unsureWordsAreReRead(double conf, double lowest, double below, boolean reread) {
        ReReadPolicy defaults = ReReadPolicy.defaults();
        ReReadPolicy policy = new ReReadPolicy(defaults.tesseract(), defaults.paddle(), below, Keep.TESSERACT);
        assertThat(policy.suspicious("word", conf, lowest)).isEqualTo(reread);
    }

    @ParameterizedTest(name = "''{0}'' at conf 0.1 re-read: {1}")
    @CsvSource({"':', false", "'\u00A9', false", "'\u2014\u2014', false", "'*', false", "'|', true", "'[', true",
            "'4', true", "'in', true", "'by.', true", "'-5%', true"})
    void loneMarksAreNotReRead(String text, boolean reread) {
        assertThat(ReReadPolicy.defaults().suspicious(text, 0.1, 0.85)).isEqualTo(reread);
    }
}
