package quire.pipeline.chart.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            42          | 42
            4.2         | 4.2
            -12.5       | -12.5
            −3          | -3
            49%         | 49
            369£        | 369
            $1,234.50   | 1234.5
            € 1 234     | 1234
            1,234,567   | 1234567
            1,5         | 1.5
            2019*       | 2019
            12.3**      | 12.3
            7†          | 7
            88¹         | 88
            .5          | 0.5
            1e3         | 1000
            +4          | 4
            """)
    void parsesChartNumbers(String cell, double expected) {
        OptionalDouble v = CellNumbers.parse(cell);
        assertThat(v).isPresent();
        assertThat(v.getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "", " ", "Q1 2019", "n/a", "18-24", "2018/19", "12,34,5", "1.2.3", "abc", "%", "FY 2019"})
    void textIsNotANumber(String cell) {
        assertThat(CellNumbers.parse(cell)).isEmpty();
    }
}
