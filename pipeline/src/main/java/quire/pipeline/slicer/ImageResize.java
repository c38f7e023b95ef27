package quire.pipeline.slicer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Resizing to an exact size with reasonable quality: bilinear, halving in steps while shrinking by more than 2× so
 * thin strokes do not alias away. The result is opaque RGB; transparency is composited onto white.
 */
public final class ImageResize {

    private ImageResize() {
    }

    public static BufferedImage to(BufferedImage src, int width, int height) {
        BufferedImage cur = opaque(src);
        while (cur.getWidth() / 2 >= width && cur.getHeight() / 2 >= height
                && (cur.getWidth() > width * 2 || cur.getHeight() > height * 2)) {
            cur = draw(cur, Math.max(width, cur.getWidth() / 2), Math.max(height, cur.getHeight() / 2));
        }
        if (cur.getWidth() == width && cur.getHeight() == height) {
            return cur == src ? copy(cur) : cur;
        }
        return draw(cur, width, height);
    }

    private static BufferedImage opaque(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage draw(BufferedImage src, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage copy(BufferedImage src) {
        return draw(src, src.getWidth(), src.getHeight());
    }
}
