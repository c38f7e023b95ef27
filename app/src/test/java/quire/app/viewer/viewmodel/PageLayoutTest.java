package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.pipeline.document.PageGeometry;

class PageLayoutTest {

    private static List<PageGeometry> pages(int n) {
        List<PageGeometry> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new PageGeometry(i, 600, 800, 0));
        }
        return out;
    }

    @ParameterizedTest(name = "window {0}..{1} shows pages {2}..{3}")
    @CsvSource(textBlock = """
            0,    500,  1, 1
            0,    820,  1, 2
            805,  815,  1, 1
            805,  825,  1, 2
            811,  900,  2, 2
            1630, 2500, 3, 4
            """)
    void visiblePagesFollowTheViewport(double y0, double y1, int first, int last) {
        // zoom 1, gap 10: page p spans [10 + (p-1)*810, 810 + (p-1)*810]
        PageLayout layout = new PageLayout(pages(5), 1.0, 10);
        assertThat(layout.visible(y0, y1)).containsExactly(first, last);
    }

    @Test
    void zoomScalesPagesAndContent() {
        PageLayout layout = new PageLayout(List.of(new PageGeometry(1, 600, 800, 0), new PageGeometry(2, 300, 400, 90)),
                0.5, 10);
        assertThat(layout.width(1)).isEqualTo(300);
        assertThat(layout.height(2)).isEqualTo(200);
        assertThat(layout.top(2)).isEqualTo(10 + 400 + 10);
        assertThat(layout.contentWidth()).isEqualTo(320);
        assertThat(layout.left(2)).isEqualTo((320 - 150) / 2.0);
        assertThat(layout.pageAt(414)).isEqualTo(1);
        assertThat(layout.pageAt(416)).isEqualTo(2);
    }

    @Test
    void aBoxMapsByTheZoomAndBack() {
        double[] v = ViewTransform.toView(new BBox(100, 50, 160, 70), 1.5);
        assertThat(v).containsExactly(150, 75, 90, 30);
        BBox back = ViewTransform.toPage(150, 75, 240, 105, 1.5);
        assertThat(back.x0()).isCloseTo(100, within(1e-9));
        assertThat(back.y1()).isCloseTo(70, within(1e-9));
    }

    @Test
    void zoomStepsAndFits() {
        assertThat(Zoom.stepIn(1.0)).isEqualTo(1.1);
        assertThat(Zoom.stepOut(1.0)).isEqualTo(0.9);
        assertThat(Zoom.stepIn(8.0)).isEqualTo(Zoom.MAX);
        assertThat(Zoom.fitWidth(620, 600, 10)).isCloseTo(1.0, within(1e-9));
        assertThat(Zoom.fitPage(1000, 420, 600, 800, 10)).isCloseTo(0.5, within(1e-9));
        assertThat(ViewTransform.renderDpi(2.0, 1.0)).isEqualTo(144f);
        assertThat(ViewTransform.renderDpi(2.0, 2.0)).isEqualTo(288f);
    }
}
