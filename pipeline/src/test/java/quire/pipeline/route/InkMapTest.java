package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InkMapTest {

    /** A 72-dpi-like grey page: a text paragraph at the top, a photo-like noisy blob at the bottom. */
    static BufferedImage page() {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int line = 0; line < 14; line++) {
            g.drawString("The quick brown fox jumps over the lazy dog, again and again " + line, 40, 60 + line * 18);
        }
        Random rnd = new Random(7);
        for (int y = 450; y < 750; y++) {
            for (int x = 100; x < 500; x++) {
                double d = Math.hypot(x - 300, (y - 600) * 1.3) / 220;
                int v = (int) Math.max(0, Math.min(255, 40 + 160 * d + rnd.nextGaussian() * 20));
                img.getRaster().setSample(x, y, 0, v);
            }
        }
        g.dispose();
        return img;
    }

    @Test
    void textIsGlyphInkAndThePhotoIsNot() {
        InkMap map = InkMap.of(page());
        InkMap.Ink text = map.box(40, 40, 560, 310);
        InkMap.Ink photo = map.box(100, 450, 500, 750);
        assertThat(text.glyphs()).isGreaterThan(300);
        assertThat(text.textLikeShare()).isGreaterThan(0.8);
        assertThat(photo.textLikeShare()).isLessThan(0.3);
        assertThat(photo.inkShare()).isGreaterThan(text.inkShare());
    }

    @Test
    void blankPageHasNoInk() {
        BufferedImage white = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
        white.getGraphics().fillRect(0, 0, 300, 300);
        InkMap.Ink ink = InkMap.of(white).box(0, 0, 300, 300);
        assertThat(ink.inkShare()).isLessThan(0.001);
        assertThat(ink.glyphs()).isZero();
    }

    @Test
    void splitterSeparatesTheParagraphFromThePhoto() {
        InkMap map = InkMap.of(page());
        List<RasterSplitter.Area> areas = RasterSplitter.split(map, 0, 0, map.cols(), map.rows());
        List<RasterSplitter.Area> text = areas.stream().filter(RasterSplitter.Area::text).toList();
        List<RasterSplitter.Area> pictures = areas.stream().filter(a -> !a.text()).toList();
        assertThat(text).hasSize(1);
        assertThat(text.get(0).r1() * InkMap.CELL).isLessThanOrEqualTo(340);
        assertThat(pictures).isNotEmpty();
        assertThat(pictures).allSatisfy(a -> assertThat(a.r0() * InkMap.CELL).isGreaterThanOrEqualTo(400));
    }

    @Test
    void halfGreyAveragesTwoByTwo() {
        BufferedImage rgb = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xffffff);
        rgb.setRGB(1, 0, 0xffffff);
        BufferedImage half = InkMap.halfGrey(rgb);
        assertThat(half.getWidth()).isEqualTo(2);
        assertThat(half.getRaster().getSample(0, 0, 0)).isBetween(125, 129);
        assertThat(half.getRaster().getSample(1, 0, 0)).isZero();
    }

    @Test
    void flatShareCountsBlankAndPlainAreasNotTextOrPhoto() {
        InkMap map = InkMap.of(page());
        // the blank band between the paragraph and the photo: all flat
        assertThat(map.flatShare(0, 330, 600, 430, 8, 2, 12)).isEqualTo(1.0);
        // the noisy photo: none flat
        assertThat(map.flatShare(120, 470, 480, 730, 8, 8, 12)).isZero();
        // the paragraph's text lines: its 4 × 4 areas all hold glyph ink
        assertThat(map.flatShare(40, 50, 440, 300, 4, 4, 12)).isZero();
        // half blank paper, half photo
        assertThat(map.flatShare(100, 350, 500, 550, 4, 4, 12)).isEqualTo(0.5);
        assertThat(map.flatShare(10, 10, 10, 10, 4, 4, 12)).isZero();
    }
}
