package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quire.ocr.PageImages;
import quire.ocr.geom.Quad;

class LineSamplerTest {

    @Test
    void aGreyPageSamplesAsItsRgbConversionWithoutConvertingIt() {
        BufferedImage grey = new BufferedImage(300, 120, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(3);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                grey.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }
        LineSampler direct = LineSampler.of(grey);
        LineSampler converted = new LineSampler(PageImages.rgb(grey), grey.getWidth(), grey.getHeight());
        // a skewed quad, shrunk (supersampled) and stretched
        for (Quad q : new Quad[] {new Quad(10, 12, 250, 20, 248, 90, 8, 82), new Quad(100, 40, 130, 40, 130, 52,
                100, 52)}) {
            float[] a = new float[3 * 48 * 200];
            float[] b = new float[3 * 48 * 200];
            direct.sampleNormalized(q, 48, 180, a, 0, 200);
            converted.sampleNormalized(q, 48, 180, b, 0, 200);
            assertThat(a).containsExactly(b);
            // not a trivially equal blank: the sampled noise varies
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int i = 0; i < 180; i++) {
                min = Math.min(min, a[i]);
                max = Math.max(max, a[i]);
            }
            assertThat(max - min).isGreaterThan(0.2f);
        }
    }

    @Test
    void rgbPagesAreSampledFromTheirPixels() {
        BufferedImage rgb = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                rgb.setRGB(x, y, 0x0000ff);
            }
        }
        float[] out = new float[3 * 4 * 4];
        LineSampler.of(rgb).sampleNormalized(new Quad(0, 0, 40, 0, 40, 20, 0, 20), 4, 4, out, 0, 4);
        // channel planes are B, G, R scaled to [-1, 1]
        assertThat(out[0]).isEqualTo(1f);
        assertThat(out[16]).isEqualTo(-1f);
        assertThat(out[32]).isEqualTo(-1f);
    }
}
