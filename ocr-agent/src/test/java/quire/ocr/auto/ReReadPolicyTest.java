package quire.ocr.auto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.auto.ReReadPolicy.Calibration;
import quire.ocr.auto.ReReadPolicy.Keep;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

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

    @ParameterizedTest(name = "Tesseract ''{0}'' at {1}, PP-OCR ''{2}'' at {3}: keep {4}")
    @CsvSource({
            // the measured calibrations: a Tesseract word at 0.5 is right about half the time, PP-OCR at 0.99 nearly always
            "'to.',      0.50, 'to',       0.99, PADDLE",
            "'USD.792.0', 0.72, 'USD 792.0', 0.95, PADDLE",
            // Tesseract sure, PP-OCR less so: Tesseract stays
            "'million',  0.93, 'milion',   0.94, TESSERACT",
            "'million',  0.90, 'milion',   0.86, TESSERACT",
            // same characters, other word breaks: Tesseract's layout is kept
            "'Pacific',  0.40, 'Pacific',  0.999, TESSERACT",
            "'cost completed', 0.40, 'costcompleted', 0.999, TESSERACT",
            // PP-OCR read nothing, or nearly nothing with confidence
            "'total',    0.10, '',         0.0,  TESSERACT",
            "'total',    0.10, '   ',      0.9,  TESSERACT",
            "'tota1',    0.10, 'x',        0.02, TESSERACT",
            // typography PP-OCR's dictionary cannot write: Tesseract's curly quote and dash stay
            "'That\u2019s', 0.80, 'That''s', 0.999, TESSERACT",
            "'sequence\u2014', 0.80, 'sequence---', 0.999, TESSERACT",
            "'\u201Cchain\u201D', 0.50, '\"chain\"', 0.999, TESSERACT",
            // a lone symbol is not re-read into another symbol, but a digit for a symbol is taken
            "'\u00A9', 0.30, '.', 0.99, TESSERACT",
            "'|', 0.50, '1', 0.99, PADDLE",
    })
    void keepsTheMoreProbablyRightReading(String tess, double tc, String paddle, double pc, Keep keep) {
        assertThat(ReReadPolicy.defaults().choose(tess, tc, paddle, pc)).isEqualTo(keep);
    }

    @ParameterizedTest(name = "agreement kept from {0}")
    @CsvSource({"TESSERACT", "PADDLE"})
    void whenBothAgreeTheConfiguredEngineKeepsTheWord(Keep onAgreement) {
        ReReadPolicy d = ReReadPolicy.defaults();
        ReReadPolicy policy = new ReReadPolicy(d.tesseract(), d.paddle(), d.reReadBelow(), onAgreement);
        assertThat(policy.choose("cost completed", 0.2, "costcompleted", 0.999)).isEqualTo(onAgreement);
        // a lone symbol from PP-OCR never wins, whatever the setting
        assertThat(policy.choose("\u00A9", 0.2, ".", 0.999)).isEqualTo(Keep.TESSERACT);
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({"'a b', 'ab'", "'it\u2019s', 'it''s'", "'x\u2014y', 'x-y'", "'x--y', 'x-y'", "'\u201Cq\u201D', '\"q\"'"})
    void plainTextDropsSpacesAndTypography(String text, String plain) {
        assertThat(ReReadPolicy.plain(text)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "conf {0}, re-read below {1}: {2}")
    @CsvSource({"0.97, 0.99, false", "0.93, 0.99, true", "0.50, 0.99, true", "0.93, 0.9, false", "0.85, 0.8, false", "0.75, 0.8, true", "0.0, 0.0, false"})
    void unsureWordsAreReRead(double conf, double below, boolean reread) {
        ReReadPolicy defaults = ReReadPolicy.defaults();
        ReReadPolicy policy = new ReReadPolicy(defaults.tesseract(), defaults.paddle(), below);
        Word w = new Word("word", new BBox(0, 0, 10, 5), conf, TextSource.OCR_TESSERACT);
        assertThat(policy.suspicious(w)).isEqualTo(reread);
    }

    @ParameterizedTest(name = "''{0}'' at conf 0.1 re-read: {1}")
    @CsvSource({"':', false", "'\u00A9', false", "'\u2014\u2014', false", "'*', false", "'|', true", "'[', true",
            "'4', true", "'in', true", "'by.', true", "'-5%', true"})
    void loneMarksAreNotReRead(String text, boolean reread) {
        Word w = new Word(text, new BBox(0, 0, 10, 5), 0.1, TextSource.OCR_TESSERACT);
        assertThat(ReReadPolicy.defaults().suspicious(w)).isEqualTo(reread);
    }
}
