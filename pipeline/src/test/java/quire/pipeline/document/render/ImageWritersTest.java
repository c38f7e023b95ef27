package quire.pipeline.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast writers round-trip every pixel: PNG read back by ImageIO, PPM checked byte by byte. */
class ImageWritersTest {

    private static BufferedImage noise(int type, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, type);
        Random r = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // flat areas and noise, like a page with a photo on it
                int v = x < w / 2 ? 0xFFFFFF : r.nextInt(0x1000000);
                img.setRGB(x, y, v);
            }
        }
        return img;
    }

    @ParameterizedTest(name = "image type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_3BYTE_BGR})
    void pngRoundTripsEveryPixel(int type) throws Exception {
        BufferedImage img = noise(type, 301, 203);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(img, out);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.getWidth()).isEqualTo(301);
        assertThat(back.getHeight()).isEqualTo(203);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (type == BufferedImage.TYPE_BYTE_GRAY) {
                    assertThat(back.getRaster().getSample(x, y, 0)).isEqualTo(img.getRaster().getSample(x, y, 0));
                } else {
                    assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y));
                }
            }
        }
    }

    @ParameterizedTest(name = "image type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY})
    void ppmHoldsTheRasterAfterItsHeader(int type) throws Exception {
        BufferedImage img = noise(type, 37, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PpmWriter.write(img, out);
        boolean gray = type == BufferedImage.TYPE_BYTE_GRAY;
        String header = (gray ? "P5" : "P6") + "\n37 11\n255\n";
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, header.length(), StandardCharsets.US_ASCII)).isEqualTo(header);
        int channels = gray ? 1 : 3;
        assertThat(bytes).hasSize(header.length() + 37 * 11 * channels);
        int o = header.length();
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 37; x++) {
                if (gray) {
                    assertThat(bytes[o++] & 0xFF).isEqualTo(img.getRaster().getSample(x, y, 0));
                } else {
                    int rgb = img.getRGB(x, y);
                    assertThat(bytes[o++] & 0xFF).isEqualTo((rgb >> 16) & 0xFF);
                    assertThat(bytes[o++] & 0xFF).isEqualTo((rgb >> 8) & 0xFF);
                    assertThat(bytes[o++] & 0xFF).isEqualTo(rgb & 0xFF);
                }
            }
        }
    }
}
