package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.pipeline.chart.read.ChartScene.Poly;

class RasterLinesTest {

    private static final Color BLUE = new Color(0x2876dd);
    private static final Color ORANGE = new Color(0xff7f0e);
    private static final int[] XS = {60, 160, 260, 360, 460, 560};
    private static final int[] BLUE_YS = {300, 120, 200, 90, 260, 150};
    private static final int[] ORANGE_YS = {100, 250, 180, 280, 60, 220};

    /** Two anti-aliased series with round markers, their legend samples, and a link in the blue of one series. */
    private static BufferedImage chart() {
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.GRAY);
        g.drawLine(40, 340, 600, 340); // the axis: grey, never a series
        g.setStroke(new BasicStroke(2.5f));
        for (Color c : new Color[] {BLUE, ORANGE}) {
            int[] ys = c == BLUE ? BLUE_YS : ORANGE_YS;
            g.setColor(c);
            g.drawPolyline(XS, ys, XS.length);
            for (int i = 0; i < XS.length; i++) {
                g.fillOval(XS[i] - 4, ys[i] - 4, 8, 8);
            }
            int ly = c == BLUE ? 20 : 36;
            g.drawLine(480, ly, 505, ly); // legend sample at the top right, standing alone
        }
        g.setColor(BLUE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("Show source", 500, 385);
        g.dispose();
        return img;
    }

    @Test
    void tracesEachSeriesThroughItsMarkersAndKeepsLegendSamplesApart() {
        List<Poly> lines = RasterLines.find(chart());
        List<Poly> traces = lines.stream().filter(p -> p.points().size() > 2).toList();
        List<Poly> samples = lines.stream().filter(p -> p.points().size() == 2).toList();
        assertThat(traces).hasSize(2);
        for (Poly t : traces) {
            boolean blue = SeriesPalette.distance(t.rgb(), BLUE.getRGB() & 0xffffff) < 60;
            int[] ys = blue ? BLUE_YS : ORANGE_YS;
            assertThat(t.bbox().x0()).isCloseTo(XS[0], org.assertj.core.data.Offset.offset(6.0));
            assertThat(t.bbox().x1()).isCloseTo(XS[XS.length - 1], org.assertj.core.data.Offset.offset(6.0));
            for (int i = 0; i < XS.length; i++) {
                assertThat(t.yAt(XS[i] + 0.5)).as("series %s at x=%d", blue ? "blue" : "orange", XS[i])
                        .isCloseTo(ys[i] + 0.5, org.assertj.core.data.Offset.offset(2.0));
            }
            assertThat(t.bbox().y1()).as("the blue link text is not part of the trace").isLessThan(320);
        }
        assertThat(samples).anySatisfy(s -> assertThat(s.bbox().centerY()).isCloseTo(20,
                org.assertj.core.data.Offset.offset(2.0)));
        assertThat(samples).anySatisfy(s -> assertThat(s.bbox().centerY()).isCloseTo(36,
                org.assertj.core.data.Offset.offset(2.0)));
    }

    @Test
    void barsGiveNoLines() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(BLUE);
        for (int i = 0; i < 5; i++) {
            g.fillRect(30 + 70 * i, 250 - 40 * i, 40, 40 * i + 10);
        }
        g.dispose();
        assertThat(RasterLines.find(img)).isEmpty();
    }
}
