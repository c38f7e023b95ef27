package quire.ocr.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinAreaRectTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # angle, width, height
              0,   200, 30
              3,   200, 30
             -3,   200, 30
             20,   120, 40
            """)
    void findsTheRotatedRectangleOfItsPoints(double angle, double w, double h) {
        double a = Math.toRadians(angle);
        int n = 400;
        double[] xs = new double[n];
        double[] ys = new double[n];
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            // points inside the rectangle, plus its four corners
            double u = i < 4 ? (i % 2) * w : rnd.nextDouble() * w;
            double v = i < 4 ? (i / 2) * h : rnd.nextDouble() * h;
            xs[i] = 500 + u * Math.cos(a) - v * Math.sin(a);
            ys[i] = 300 + u * Math.sin(a) + v * Math.cos(a);
        }
        Quad q = MinAreaRect.of(xs, ys);
        assertThat(q.width()).isCloseTo(w, offset(1e-6));
        assertThat(q.height()).isCloseTo(h, offset(1e-6));
        assertThat(q.angleDegrees()).isCloseTo(angle, offset(1e-6));
        assertThat(q.x0()).isCloseTo(500, offset(1e-6));
        assertThat(q.y0()).isCloseTo(300, offset(1e-6));
    }

    @Test
    void unclipGrowsEverySideByAreaTimesRatioOverPerimeter() {
        Quad rect = new Quad(0, 0, 100, 0, 100, 20, 0, 20);
        Quad grown = MinAreaRect.unclip(rect, 1.5);
        double d = 100 * 20 * 1.5 / 240;
        assertThat(grown.x0()).isCloseTo(-d, offset(1e-9));
        assertThat(grown.y0()).isCloseTo(-d, offset(1e-9));
        assertThat(grown.width()).isCloseTo(100 + 2 * d, offset(1e-9));
        assertThat(grown.height()).isCloseTo(20 + 2 * d, offset(1e-9));
    }

    @Test
    void quarterTurnsMoveTheReadingStartCorner() {
        Quad q = new Quad(0, 0, 10, 0, 10, 50, 0, 50);
        Quad turned = q.turnCounterClockwise(1);
        assertThat(turned.width()).isEqualTo(50);
        assertThat(turned.height()).isEqualTo(10);
        assertThat(turned.x0()).isEqualTo(10);
        assertThat(turned.y0()).isEqualTo(0);
        assertThat(q.turnCounterClockwise(4)).isEqualTo(q);
        assertThat(q.turnCounterClockwise(2).at(0, 0)).containsExactly(10, 50);
    }

    @Test
    void subQuadMapsFractionsOntoTheQuad() {
        Quad q = new Quad(0, 0, 100, 0, 100, 20, 0, 20);
        assertThat(q.sub(0.25, 0.5, 0.1, 0.9).bbox()).isEqualTo(new quire.ocr.text.BBox(25, 2, 50, 18));
        assertThat(q.contains(50, 10)).isTrue();
        assertThat(q.contains(150, 10)).isFalse();
    }
}
