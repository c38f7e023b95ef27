package quire.pipeline.chart.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevenshteinTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            kitten,   sitting, 3, 0.428571
            '',       '',      0, 0
            '',       abc,     3, 1
            abc,      abc,     0, 0
            flaw,     lawn,    2, 0.5
            2019 sale, 2019 sales, 1, 0.1
            a 1,      1 a,     2, 0.666667
            """)
    void distanceAndNormalisedDistance(String a, String b, int d, double norm) {
        assertThat(Levenshtein.distance(a, b)).isEqualTo(d);
        assertThat(Levenshtein.distance(b, a)).isEqualTo(d);
        assertThat(Levenshtein.normalized(a, b)).isCloseTo(norm, within(1e-6));
    }
}
