package quire.ocr.paddle;

import java.awt.image.BufferedImage;
import quire.ocr.PageImages;
import quire.ocr.geom.Quad;

/**
 * Samples a (possibly rotated) text-line quad of a page straight into a model input or an upright image: the crop,
 * the deskew and the resize of PP-OCR's {@code get_rotate_crop_image} + {@code resize_norm_img} in one bilinear pass
 * (supersampled when shrinking, so small print from a large box keeps its strokes).
 */
public final class LineSampler {

    private final int[] rgb;
    /** The page's grey levels when it is grey (then {@link #rgb} is null), each read as its RGB level. */
    private final byte[] grey;
    private final int[] greyRgb;
    private final int width;
    private final int height;

    /** @param rgb the page as packed RGB, {@code width × height} */
    public LineSampler(int[] rgb, int width, int height) {
        this(rgb, null, width, height);
    }

    private LineSampler(int[] rgb, byte[] grey, int width, int height) {
        this.rgb = rgb;
        this.grey = grey;
        this.width = width;
        this.height = height;
        this.greyRgb = new int[256];
        for (int i = 0; i < 256; i++) {
            greyRgb[i] = PageImages.greyToRgb(i);
        }
    }

    /**
     * A sampler over the image: a grey page is sampled from its own pixels (each level read as the RGB it draws as,
     * so the samples are those of its RGB conversion), not converted whole for the few crops read on it.
     */
    public static LineSampler of(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return new LineSampler(null, PageImages.grey(image), image.getWidth(), image.getHeight());
        }
        return new LineSampler(PageImages.rgb(image), image.getWidth(), image.getHeight());
    }

    private int pixel(int i) {
        return rgb != null ? rgb[i] : greyRgb[grey[i] & 0xff];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * Writes the quad, resized to {@code outH × outW}, into {@code dst} (CHW with row stride {@code strideW},
     * channel planes of {@code outH × strideW}, starting at {@code offset}), BGR scaled to [-1, 1].
     */
    public void sampleNormalized(Quad q, int outH, int outW, float[] dst, int offset, int strideW) {
        int plane = outH * strideW;
        int ss = supersampling(q, outH, outW);
        float inv = 1f / (ss * ss);
        for (int v = 0; v < outH; v++) {
            for (int u = 0; u < outW; u++) {
                float b = 0, g = 0, r = 0;
                for (int sv = 0; sv < ss; sv++) {
                    for (int su = 0; su < ss; su++) {
                        double[] p = q.at((u + (su + 0.5) / ss) / outW, (v + (sv + 0.5) / ss) / outH);
                        int c = bilinear(p[0] - 0.5, p[1] - 0.5);
                        r += (c >> 16) & 0xff;
                        g += (c >> 8) & 0xff;
                        b += c & 0xff;
                    }
                }
                int i = offset + v * strideW + u;
                dst[i] = (b * inv / 255f - 0.5f) / 0.5f;
                dst[plane + i] = (g * inv / 255f - 0.5f) / 0.5f;
                dst[2 * plane + i] = (r * inv / 255f - 0.5f) / 0.5f;
            }
        }
    }

    /** The quad as an upright grey image {@code outW × outH} (for re-reading a line with another engine). */
    public BufferedImage uprightGrey(Quad q, int outH, int outW) {
        BufferedImage out = new BufferedImage(Math.max(1, outW), Math.max(1, outH), BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int ss = supersampling(q, outH, outW);
        for (int v = 0; v < outH; v++) {
            for (int u = 0; u < outW; u++) {
                int sum = 0;
                for (int sv = 0; sv < ss; sv++) {
                    for (int su = 0; su < ss; su++) {
                        double[] p = q.at((u + (su + 0.5) / ss) / outW, (v + (sv + 0.5) / ss) / outH);
                        int c = bilinear(p[0] - 0.5, p[1] - 0.5);
                        sum += (((c >> 16) & 0xff) * 299 + ((c >> 8) & 0xff) * 587 + (c & 0xff) * 114) / 1000;
                    }
                }
                data[v * outW + u] = (byte) (sum / (ss * ss));
            }
        }
        return out;
    }

    private static int supersampling(Quad q, int outH, int outW) {
        double shrink = Math.max(q.height() / Math.max(1, outH), q.width() / Math.max(1, outW));
        return (int) Math.max(1, Math.min(4, Math.ceil(shrink - 0.25)));
    }

    /** Bilinear sample at pixel-centre coordinates, clamped to the image (replicated border). */
    private int bilinear(double x, double y) {
        double fx = Math.max(0, Math.min(width - 1, x));
        double fy = Math.max(0, Math.min(height - 1, y));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double ax = fx - x0;
        double ay = fy - y0;
        int c00 = pixel(y0 * width + x0), c10 = pixel(y0 * width + x1), c01 = pixel(y1 * width + x0);
        int c11 = pixel(y1 * width + x1);
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = ((c00 >> shift) & 0xff) * (1 - ax) + ((c10 >> shift) & 0xff) * ax;
            double bot = ((c01 >> shift) & 0xff) * (1 - ax) + ((c11 >> shift) & 0xff) * ax;
            int v = (int) Math.round(top * (1 - ay) + bot * ay);
            out |= (v & 0xff) << shift;
        }
        return out;
    }
}
