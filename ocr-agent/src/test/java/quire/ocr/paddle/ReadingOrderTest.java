package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.geom.Quad;

class ReadingOrderTest {

    private static Quad box(double x, double y, double w, double h) {
        return new Quad(x, y, x + w, y, x + w, y + h, x, y + h);
    }

    @Test
    void rowsTopToBottomLeftToRightWithinARow() {
        List<Quad> lines = List.of(box(300, 100, 80, 20), box(10, 102, 200, 20), box(10, 40, 300, 22),
                box(10, 160, 250, 20));
        assertThat(ReadingOrder.order(lines)).containsExactly(2, 1, 0, 3);
        assertThat(ReadingOrder.quarterTurns(lines)).isZero();
    }

    @Test
    void twoColumnsOfRunningTextReadColumnByColumnButTablesRowByRow() {
        List<Quad> lines = List.of(
                box(10, 10, 600, 20),                                   // 0 full-width heading line
                box(10, 60, 280, 18), box(330, 60, 280, 18),            // 1, 2
                box(10, 85, 280, 18), box(330, 85, 280, 18),            // 3, 4
                box(10, 110, 280, 18), box(330, 110, 280, 18),          // 5, 6
                box(10, 170, 80, 18), box(200, 170, 40, 18), box(400, 170, 40, 18),  // 7, 8, 9 table row
                box(10, 195, 80, 18), box(200, 195, 40, 18), box(400, 195, 40, 18)); // 10, 11, 12
        assertThat(ReadingOrder.order(lines)).containsExactly(0, 1, 3, 5, 2, 4, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void upsideDownPagesReadFromTheBottomRight() {
        // lines turned 180°: their reading start corner is at the right, rows go up the page
        List<Quad> lines = List.of(box(10, 40, 300, 20).turnCounterClockwise(2),
                box(10, 100, 300, 20).turnCounterClockwise(2));
        assertThat(ReadingOrder.quarterTurns(lines)).isEqualTo(2);
        assertThat(ReadingOrder.order(lines)).containsExactly(1, 0);
    }
}
