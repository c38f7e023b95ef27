package quire.pipeline.chart.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevenshteinTest {

    @org.junit.jupiter.api.Test
    void boundedDistanceAgreesWithTheFullOneUpToTheLimit() {
        java.util.Random rnd = new java.util.Random(31);
        for (int trial = 0; trial < 20000; trial++) {
            String a = randomString(rnd);
            String b = rnd.nextInt(4) == 0 ? a : randomString(rnd);
            int limit = rnd.nextInt(8);
            int full = Levenshtein.distance(a, b);
            int bounded = Levenshtein.distanceAtMost(a, b, limit);
            assertThat(bounded).as("%s / %s limit %d", a, b, limit).isEqualTo(full <= limit ? full : limit + 1);
        }
    }

    private static String randomString(java.util.Random rnd) {
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(10);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + rnd.nextInt(3)));
        }
        return sb.toString();
    }

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
