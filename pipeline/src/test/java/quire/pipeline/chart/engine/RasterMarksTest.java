package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RasterMarksTest {

    private static BufferedImage disc(boolean glyph) {
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.setColor(new Color(30, 120, 210));
        g.fillOval(10, 10, 16, 16);
        if (glyph) { // the "i" of an information icon
            g.setColor(Color.WHITE);
            g.fillRect(17, 13, 2, 2);
            g.fillRect(17, 16, 2, 7);
        }
        g.dispose();
        return img;
    }

    @Test
    void aSolidDiscIsARoundLegendSwatch() {
        assertThat(RasterMarks.of(disc(false)).rects).hasSize(1);
    }

    @Test
    void anIconWithAGlyphInItIsNoSwatch() {
        assertThat(RasterMarks.of(disc(true)).rects).isEmpty();
    }
}
