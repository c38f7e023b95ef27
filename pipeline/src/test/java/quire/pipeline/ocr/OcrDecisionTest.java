package quire.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.pipeline.document.PageStats;

/** Tika's AUTO rule, table-driven. */
class OcrDecisionTest {

    @ParameterizedTest(name = "{0} chars, {1} unmapped, limit {2} -> ocr={3}")
    @CsvSource(textBlock = """
            # chars, unmapped, unmappedLimit, ocr
                 0,      0,   0.1,   true
                10,      0,   0.1,   true
                11,      0,   0.1,   false
              1200,      0,   0.1,   false
              1000,    112,   0.1,   true
              1000,    111,   0.1,   false
              1000,    100,   0.5,   false
              1000,     50,   40,    true
              1000,     40,   40,    false
                 5,      0,   40,    true
                11,   5000,   0.99,  true
              5000,     11,   0.99,  false
            """)
    void followsTikasAutoRule(int chars, int unmapped, double limit, boolean ocr) {
        PageStats stats = new PageStats(1, chars, unmapped, 0, 0, 0);
        OcrDecision d = OcrDecision.needsOcr(stats, new OcrConfig(10, limit, 300));
        assertThat(d.ocr()).isEqualTo(ocr);
        assertThat(d.reason()).isNotBlank();
    }
}
