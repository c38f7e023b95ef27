package quire.pipeline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void shortRowsArePaddedToTheWidestRow() {
        Table t = new Table(List.of("Year"), List.of(List.of("2019", "4.2", "5"), List.of("2020")));
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.header()).containsExactly("Year", "", "");
        assertThat(t.rows().get(1)).containsExactly("2020", "", "");
    }

    @Test
    void transposeSwapsRowHeadersAndSeriesNames() {
        Table t = new Table(List.of("Year", "A", "B"), List.of(List.of("2019", "1", "2"), List.of("2020", "3", "4")));
        Table tt = t.transpose();
        assertThat(tt.header()).containsExactly("Year", "2019", "2020");
        assertThat(tt.rows()).containsExactly(List.of("A", "1", "3"), List.of("B", "2", "4"));
        assertThat(tt.transpose()).isEqualTo(t);
    }

    @Test
    void emptyTableTransposesToEmpty() {
        Table t = new Table(List.of(), List.of());
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.transpose().rowCount()).isZero();
    }
}
