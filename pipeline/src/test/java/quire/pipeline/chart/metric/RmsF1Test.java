package quire.pipeline.chart.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.TableCsv;

/** Every expected value below is worked out by hand in the comment next to it. */
class RmsF1Test {

    private static final RmsF1 METRIC = RmsF1.DEFAULT;
    private static final Table GOLD = TableCsv.read("Year,Sales\n2019,10\n2020,20\n");

    private static RmsF1Score score(String predictedCsv, Table gold) {
        return METRIC.score(TableCsv.read(predictedCsv), gold);
    }

    @Test
    void identicalTablesScoreOne() {
        RmsF1Score s = score("Year,Sales\n2019,10\n2020,20\n", GOLD);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.transposed()).isFalse();
        assertThat(s.predicted()).isEqualTo(2);
        assertThat(s.gold()).isEqualTo(2);
    }

    @Test
    void fivePercentOffCostsFivePercentOfThatPoint() {
        // 2019: keys equal, 10 vs 10 → 1. 2020: |21−20|/20 = 0.05 ≤ θ → 0.95. Σ = 1.95; P = R = 1.95/2 = 0.975
        RmsF1Score s = score("Year,Sales\n2019,10\n2020,21\n", GOLD);
        assertThat(s.precision()).isCloseTo(0.975, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.975, within(1e-12));
        assertThat(s.f1()).isCloseTo(0.975, within(1e-12));
    }

    @Test
    void errorAboveThetaScoresZero() {
        // 2020: |24−20|/20 = 0.2 > 0.10 → 0. Σ = 1; P = R = F1 = 0.5
        assertThat(score("Year,Sales\n2019,10\n2020,24\n", GOLD).f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void missingRowLowersRecallOnly() {
        // Σ = 1 (2019 exact); P = 1/1 = 1, R = 1/2; F1 = 2·1·0.5/1.5 = 2/3
        RmsF1Score s = score("Year,Sales\n2019,10\n", GOLD);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void extraRowLowersPrecisionOnly() {
        // Σ = 2; P = 2/3, R = 2/2 = 1; F1 = 2·(2/3)·1/(5/3) = 0.8
        RmsF1Score s = score("Year,Sales\n2019,10\n2020,20\n2021,30\n", GOLD);
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void keyTypoCostsItsNormalisedDistance() {
        // "2019 sale" vs "2019 sales": 1 edit / 10 chars = 0.1 → each pair 0.9 × 1; Σ = 1.8; P = R = F1 = 0.9
        assertThat(score("Year,Sale\n2019,10\n2020,20\n", GOLD).f1()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void matchingIsOneToOne() {
        // two predicted "2019" rows: one takes gold "2019 sales" (score 1), the other must take "2020 sales":
        // key distance "2019 sales"/"2020 sales" = 2/10 = 0.2, value |10−20|/20 = 0.5 > θ → 0. Σ = 1; P = R = 0.5
        assertThat(score("Year,Sales\n2019,10\n2019,10\n", GOLD).f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void transposedPredictionIsScoredTransposed() {
        // transposing header [Year,2019,2020] / row [Sales,10,20] gives the gold table exactly → 1
        RmsF1Score s = score("Year,2019,2020\nSales,10,20\n", GOLD);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.transposed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # predicted series name, expected F1 against gold key "1 a" with an exact value
            # "1 a" vs itself: distance 0 → 1
            A,    1.0
            # "1 b": 1 substitution / 3 = 1/3 → 1 − 1/3
            B,    0.666666667
            # "1 bc": substitute a→b, insert c = 2 / 4 = 0.5, not above τ → 0.5
            BC,   0.5
            # "1 bcd": 3 / 5 = 0.6 > τ → distance 1 → 0 (transposed "a 1"/"bcd 1" is no better: 3/5)
            BCD,  0.0
            """)
    void keyDistanceAboveTauCountsAsOne(String seriesName, double expected) {
        Table gold = TableCsv.read("X,A\n1,5\n");
        assertThat(score("X," + seriesName + "\n1,5\n", gold).f1()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # predicted | gold | similarity (hand-computed)
            0           | 0    | 1.0
            # gold 0 matches only 0
            0.01        | 0    | 0.0
            # |49−49|/49 after stripping % → 1
            49          | 49%  | 1.0
            # £1,234 → 1234, 1234.0 → 1234
            1234.0      | £1,234 | 1.0
            # |95−100|/100 = 0.05 → 0.95
            95          | 100  | 0.95
            # exactly θ: |110−100|/100 = 0.10, not above θ → 0.9
            110         | 100  | 0.9
            # negative gold: |−9−(−10)|/10 = 0.1 → 0.9
            -9          | -10  | 0.9
            # '-' is text: Levenshtein("0","-") = 1 / 1 → 0
            0           | -    | 0.0
            # text: "hig" vs "high" = 1 / 4 → 0.75
            hig         | High | 0.75
            # number vs text: "12" vs "twelve": 6 edits / 6 → 0
            12          | twelve | 0.0
            """)
    void valueSimilarity(String predicted, String gold, double expected) {
        assertThat(METRIC.valueSimilarity(predicted, gold)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void emptyPredictionScoresZeroAndTwoEmptiesScoreOne() {
        Table empty = new Table(List.of(), List.of());
        assertThat(METRIC.score(empty, GOLD).f1()).isZero();
        assertThat(METRIC.score(empty, empty).f1()).isEqualTo(1.0);
    }

    @Test
    void keysAreCaseAndSpaceInsensitive() {
        assertThat(score("YEAR, SALES \n 2019 ,10\n2020,20\n", GOLD).f1()).isEqualTo(1.0);
    }

    @Test
    void everyStatistaGoldTableScoresOneAgainstItselfAndItsTranspose() throws IOException {
        Path dir = Path.of(System.getProperty("quire.shared", "../shared"), "data", "charts-dev", "tables");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data absent: skipping Statista gold tables");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
            Table gold = TableCsv.read(Files.readString(f, StandardCharsets.UTF_8));
            assertThat(METRIC.score(gold, gold).f1()).as(f.toString()).isCloseTo(1.0, within(1e-12));
            assertThat(METRIC.score(gold.transpose(), gold).f1()).as(f.toString()).isCloseTo(1.0, within(1e-12));
        }
    }
}
