package quire.pipeline.slicer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;

class SlicerTest {

    /** Left half red, right half blue, a black bar across the bottom quarter. */
    private static BufferedImage halves(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.setColor(Color.BLACK);
        g.fillRect(0, h * 3 / 4, w, h - h * 3 / 4);
        g.dispose();
        return img;
    }

    @Test
    void tilesCoverTheRegionRowMajorWithTheirPageBoxes() {
        // 2048x1024 → 2 rows x 4 cols; the region sits at (100, 50)-(300, 150) on the page
        BBox region = new BBox(100, 50, 300, 150);
        Slicing s = new Slicer().slice(halves(2048, 1024), region);
        assertThat(s.grid()).isEqualTo(new SliceGrid(2, 4));
        assertThat(s.tiles()).hasSize(8);
        double area = 0;
        for (int i = 0; i < 8; i++) {
            Tile t = s.tiles().get(i);
            assertThat(t.row()).isEqualTo(i / 4);
            assertThat(t.col()).isEqualTo(i % 4);
            assertThat(t.image().getWidth()).isEqualTo(512);
            assertThat(t.image().getHeight()).isEqualTo(512);
            assertThat(t.box().width()).isCloseTo(50, within(1e-9));
            assertThat(t.box().height()).isCloseTo(50, within(1e-9));
            area += t.box().area();
        }
        assertThat(area).isCloseTo(region.area(), within(1e-6));
        assertThat(s.tiles().get(7).box()).isEqualTo(new BBox(250, 100, 300, 150));
        assertThat(s.tiles().get(5).promptTag()).isEqualTo("<row_2_col_2>");
        // content: top-left tile is red, top-right blue; bottom row's lower half black
        assertThat(new Color(s.tiles().get(0).image().getRGB(256, 256))).isEqualTo(Color.RED);
        assertThat(new Color(s.tiles().get(3).image().getRGB(256, 256))).isEqualTo(Color.BLUE);
        assertThat(new Color(s.tiles().get(6).image().getRGB(256, 400))).isEqualTo(Color.BLACK);
        assertThat(new Color(s.tiles().get(6).image().getRGB(256, 100))).isEqualTo(Color.BLUE);
    }

    @Test
    void globalViewIsTheWholeRegionAtTileSizeAndComesLast() {
        BBox region = new BBox(0, 0, 612, 792);
        Slicing s = new Slicer().slice(halves(1224, 1584), region);
        Tile global = s.global();
        assertThat(global.isGlobal()).isTrue();
        assertThat(global.promptTag()).isEqualTo("<global-img>");
        assertThat(global.box()).isEqualTo(region);
        assertThat(global.image().getWidth()).isEqualTo(512);
        assertThat(global.image().getHeight()).isEqualTo(512);
        assertThat(new Color(global.image().getRGB(100, 100))).isEqualTo(Color.RED);
        assertThat(new Color(global.image().getRGB(400, 100))).isEqualTo(Color.BLUE);
        assertThat(s.encoderOrder()).last().isSameAs(global);
        assertThat(s.encoderOrder()).hasSize(s.grid().tiles() + 1);
        // N = ceil(1224·1584/262144) = 8: 4 rows x 2 cols → (612/396) ln = 0.435 vs 3x3 (0.773 → 0.258): 3x3
        assertThat(s.grid()).isEqualTo(new SliceGrid(3, 3));
        assertThat(s.promptTokens(64)).isEqualTo(9 * 66 + 3 + 67);
    }

    @Test
    void smallRegionIsOneGlobalViewOnly() {
        Slicing s = new Slicer().slice(halves(400, 300), new BBox(10, 10, 50, 40));
        assertThat(s.grid().isSingle()).isTrue();
        assertThat(s.tiles()).isEmpty();
        assertThat(s.encoderOrder()).containsExactly(s.global());
        assertThat(s.promptTokens(64)).isEqualTo(67);
    }

    @Test
    void transparentPixelsBecomeWhite() {
        BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB); // all transparent
        Slicing s = new Slicer().slice(img, new BBox(0, 0, 600, 600));
        assertThat(new Color(s.global().image().getRGB(256, 256))).isEqualTo(Color.WHITE);
    }
}
