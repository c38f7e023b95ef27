package quire.models.mllm;

import java.awt.image.BufferedImage;

/** Deterministic test images: smooth colour fields (no noise, so resampler rounding stays within one level). */
final class TestImages {

    private TestImages() {
    }

    static BufferedImage smooth(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (int) Math.round(128 + 100 * Math.sin(x / 57.0 + y / 93.0));
                int g = (int) Math.round(128 + 100 * Math.cos(y / 71.0 - x / 180.0));
                double dx = (x - width * 0.3) / (width * 0.2);
                double dy = (y - height * 0.6) / (height * 0.25);
                int b = (int) Math.round(40 + 170 * Math.exp(-(dx * dx + dy * dy)) + 30 * Math.sin(x / 130.0));
                img.setRGB(x, y, (clip(r) << 16) | (clip(g) << 8) | clip(b));
            }
        }
        return img;
    }

    private static int clip(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
