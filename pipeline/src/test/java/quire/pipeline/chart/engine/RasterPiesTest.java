package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import quire.pipeline.chart.read.ChartScene.Wedge;

class RasterPiesTest {

    private static final Color[] COLOURS = {new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3),
        new Color(0xe7298a)};
    private static final double[] SHARES = {11.4, 6.0, 44.8, 37.8};

    private static BufferedImage pie() {
        BufferedImage img = new BufferedImage(500, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 500, 420);
        double start = 90;
        for (int i = 0; i < SHARES.length; i++) {
            double extent = -3.6 * SHARES[i];
            g.setColor(COLOURS[i]);
            g.fill(new java.awt.geom.Arc2D.Double(60, 30, 360, 360, start, extent, java.awt.geom.Arc2D.PIE));
            start += extent;
        }
        g.dispose();
        return img;
    }

    @Test
    void findsTheThinWedgeSegmentationLeftOutAndKeepsTheOthers() {
        BufferedImage img = pie();
        List<Wedge> found = new ArrayList<>(RasterMarks.of(img).wedges);
        // whatever segmentation found, drop the thin wedge as a low-fill wedge can be dropped
        found.removeIf(w -> SeriesPalette.distance(w.rgb(), 0xd95f02) < 40);
        int before = found.size();
        assertThat(before).isEqualTo(3);
        RasterPies.complete(found, img);
        assertThat(found).hasSize(4);
        double total = found.stream().mapToDouble(Wedge::area).sum();
        Wedge thin = found.stream().filter(w -> SeriesPalette.distance(w.rgb(), 0xd95f02) < 40).findFirst()
                .orElseThrow();
        assertThat(100 * thin.area() / total).isCloseTo(6.0, Offset.offset(1.0));
    }

    @Test
    void leavesPartialDiscsAlone() {
        BufferedImage img = pie();
        List<Wedge> found = new ArrayList<>(RasterMarks.of(img).wedges);
        found.removeIf(w -> SeriesPalette.distance(w.rgb(), 0xd95f02) < 40
                || SeriesPalette.distance(w.rgb(), 0xe7298a) < 40);
        List<Wedge> copy = new ArrayList<>(found);
        RasterPies.complete(found, img);
        assertThat(found).isEqualTo(copy);
    }
}
