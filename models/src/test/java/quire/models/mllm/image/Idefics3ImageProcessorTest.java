package quire.models.mllm.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Idefics3ImageProcessorTest {

    final Idefics3ImageProcessor processor = new Idefics3ImageProcessor(ImageProcessorConfig.idefics3Defaults());

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3} grid, {4} tiles")
    @CsvSource(textBlock = """
            1000, 800,  4, 4, 17
            2000, 600,  2, 4, 9
            600,  1700, 4, 2, 9
            3000, 900,  2, 4, 9
            100,  100,  4, 4, 17
            40,   2000, 4, 1, 5
            """)
    void cutsTheDocumentedGrids(int w, int h, int rows, int cols, int tiles) {
        ProcessedImage p = processor.process(RgbImage.of(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB)));
        assertThat(p.rows()).isEqualTo(rows);
        assertThat(p.cols()).isEqualTo(cols);
        assertThat(p.tiles()).isEqualTo(tiles);
        assertThat(p.pixels()).hasSize(tiles * 3 * 512 * 512);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1000, 800, 2048, 1638
            600, 1700, 722, 2048
            3000, 900, 2048, 614
            2048, 2048, 2048, 2048
            """)
    void stageOneKeepsAspectWithLongestEdge2048(int w, int h, int ew, int eh) {
        assertThat(Idefics3ImageProcessor.stage1Size(w, h, 2048)).containsExactly(ew, eh);
    }

    @Test
    void preCutTilesAreNormalisedAndResizedToTheTileSize() {
        byte[] white = new byte[256 * 256 * 3];
        java.util.Arrays.fill(white, (byte) 255);
        RgbImage small = new RgbImage(256, 256, white);
        RgbImage black = new RgbImage(600, 400, new byte[600 * 400 * 3]);
        ProcessedImage p = processor.fromTiles(java.util.List.of(small, small), 1, 2, black);
        assertThat(p.tiles()).isEqualTo(3);
        assertThat(p.rows()).isEqualTo(1);
        assertThat(p.pixels()[0]).isEqualTo(1.0f);
        assertThat(p.pixels()[p.pixels().length - 1]).isEqualTo(-1.0f);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> processor.fromTiles(java.util.List.of(small), 1, 2,
                black)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutSplittingGivesOneTileAndNoGrid() {
        var cfg = new ImageProcessorConfig(2048, 512, false, 1.0 / 255, new float[] {.5f, .5f, .5f},
                new float[] {.5f, .5f, .5f});
        ProcessedImage p = new Idefics3ImageProcessor(cfg).process(
                RgbImage.of(new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB)));
        assertThat(p.tiles()).isEqualTo(1);
        assertThat(p.split()).isFalse();
    }

    @Test
    void normalisesToMinusOneToOneAndDropsAlpha() {
        BufferedImage img = new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                img.setRGB(x, y, 0x00ff0000); // fully transparent red: alpha is dropped, not composited on white
            }
        }
        ProcessedImage p = processor.process(RgbImage.of(img));
        int plane = 512 * 512;
        assertThat(p.pixels()[0]).isEqualTo(1.0f);
        assertThat(p.pixels()[plane]).isEqualTo(-1.0f);
        assertThat(p.pixels()[2 * plane]).isEqualTo(-1.0f);
    }

    @Test
    void grayImagesAreReadWithoutGammaChange() {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(1, 1, 0, 100);
        RgbImage rgb = RgbImage.of(gray);
        assertThat(rgb.at(1, 1, 0)).isEqualTo(100);
        assertThat(rgb.at(1, 1, 2)).isEqualTo(100);
    }

    @Test
    void resizeOfAConstantImageStaysConstant() {
        byte[] data = new byte[300 * 200 * 3];
        java.util.Arrays.fill(data, (byte) 77);
        RgbImage src = new RgbImage(300, 200, data);
        for (int[] size : new int[][] {{700, 500}, {120, 90}, {300, 450}}) {
            RgbImage out = LibvipsResize.resize(src, size[0], size[1]);
            assertThat(out.width()).isEqualTo(size[0]);
            for (byte b : out.rgb()) {
                assertThat(b & 0xff).isEqualTo(77);
            }
        }
    }
}
