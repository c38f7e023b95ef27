package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;

/**
 * The chart picture as OCR should see it: text only. Coloured marks (bars, wedges, lines) binarise to big dark blobs
 * that swallow the labels beside them, so coloured pixels turn white; text written inside a coloured mark (white or
 * dark labels in a bar or wedge) would vanish with it, so a pixel enclosed by one colour on all four sides is drawn
 * by its contrast to that colour instead.
 */
final class TextPicture {

    /** Farthest (pixels) a label pixel may be from the colour that encloses it. */
    private static final int REACH = 48;

    private TextPicture() {
    }

    static boolean coloured(int c) {
        int r = (c >> 16) & 0xff, g = (c >> 8) & 0xff, b = c & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) >= 25;
    }

    static BufferedImage of(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        boolean[] col = new boolean[px.length];
        boolean any = false;
        for (int i = 0; i < px.length; i++) {
            col[i] = coloured(px[i]);
            any |= col[i];
        }
        if (!any) {
            return src;
        }
        // the nearest coloured pixel's index in each direction (-1: none within REACH)
        int[] left = new int[px.length], right = new int[px.length], up = new int[px.length], down = new int[px.length];
        for (int y = 0; y < h; y++) {
            int last = -1;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (col[i]) {
                    last = i;
                }
                left[i] = last >= 0 && i - last <= REACH ? last : -1;
            }
            last = -1;
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                if (col[i]) {
                    last = i;
                }
                right[i] = last >= 0 && last - i <= REACH ? last : -1;
            }
        }
        for (int x = 0; x < w; x++) {
            int last = -1;
            for (int y = 0; y < h; y++) {
                int i = y * w + x;
                if (col[i]) {
                    last = y;
                }
                up[i] = last >= 0 && y - last <= REACH ? last * w + x : -1;
            }
            last = -1;
            for (int y = h - 1; y >= 0; y--) {
                int i = y * w + x;
                if (col[i]) {
                    last = y;
                }
                down[i] = last >= 0 && last - y <= REACH ? last * w + x : -1;
            }
        }
        int[] out = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xffffff;
            int grey;
            if (col[i]) {
                grey = 255;
            } else if (left[i] >= 0 && right[i] >= 0 && up[i] >= 0 && down[i] >= 0
                    && same(px[left[i]], px[right[i]]) && same(px[left[i]], px[up[i]])
                    && same(px[left[i]], px[down[i]])) {
                grey = 255 - Math.min(255, 2 * RasterMarks.distance(c, px[left[i]] & 0xffffff) / 3);
            } else {
                grey = luma(c);
            }
            out[i] = grey << 16 | grey << 8 | grey;
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, out, 0, w);
        return img;
    }

    private static boolean same(int a, int b) {
        return RasterMarks.distance(a & 0xffffff, b & 0xffffff) < 60;
    }

    private static int luma(int c) {
        return (299 * ((c >> 16) & 0xff) + 587 * ((c >> 8) & 0xff) + 114 * (c & 0xff)) / 1000;
    }
}
