package quire.models.mllm;

import java.awt.image.BufferedImage;

/** Deterministic test images: smooth colour fields with sharp bars and a band of seeded noise. */
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
                if ((x / 37) % 5 == 0 && y > height / 8 && y < height / 3) {
                    r = 20;
                    g = 20;
                    b = 20;
                }
                img.setRGB(x, y, (clip(r) << 16) | (clip(g) << 8) | clip(b));
            }
        }
        java.util.Random noise = new java.util.Random(5);
        for (int y = height * 3 / 4; y < height * 7 / 8; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, noise.nextInt(1 << 24));
            }
        }
        return img;
    }

    private static int clip(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
