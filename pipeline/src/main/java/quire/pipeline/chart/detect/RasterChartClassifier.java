package quire.pipeline.chart.detect;

import java.awt.image.BufferedImage;

/**
 * Tells a chart image from a photo, a scan of text or a blank area, on a downscaled copy, from colour statistics:
 * charts are mostly flat background with a few solid, saturated or mid-grey colours in sizeable areas; photos spread
 * over many colours; text and tables are dark ink on light paper with almost no solid colour.
 */
public final class RasterChartClassifier {

    /** The verdict with the measurements behind it. */
    public record Verdict(boolean chart, double score, String reason) {
    }

    private static final int SIDE = 256;

    private RasterChartClassifier() {
    }

    public static Verdict classify(BufferedImage image) {
        BufferedImage small = downscale(image);
        int w = small.getWidth();
        int h = small.getHeight();
        int n = w * h;
        int[] bins = new int[4096];
        int light = 0;
        int dark = 0;
        int solidColour = 0;
        int saturated = 0;
        int[] px = small.getRGB(0, 0, w, h, null, 0, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = px[y * w + x];
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                bins[(r >> 4) << 8 | (g >> 4) << 4 | (b >> 4)]++;
                int max = Math.max(r, Math.max(g, b));
                int min = Math.min(r, Math.min(g, b));
                if (min >= 225) {
                    light++;
                } else if (max <= 80) {
                    dark++;
                } else if (max - min >= 60) {
                    saturated++;
                }
                if (min < 225 && max > 80 && isFlatInterior(px, w, h, x, y)) {
                    solidColour++; // inside a flat patch of colour or mid grey: a bar or wedge, not a text stroke
                }
            }
        }
        double lightShare = light / (double) n;
        double colourShare = solidColour / (double) n;
        double darkShare = dark / (double) n;
        int coverage95 = binsCovering(bins, 0.95 * n);
        if (lightShare > 0.985 || n < 64) {
            return new Verdict(false, 0, "blank image");
        }
        boolean flat = coverage95 <= 60;
        boolean background = lightShare >= 0.30;
        double saturatedShare = saturated / (double) n;
        // bars and wedges leave flat interiors; thin data lines at least show a truly saturated colour
        boolean marks = colourShare >= 0.01 || saturatedShare >= 0.004;
        double score = (flat ? 0.4 : 0) + (background ? 0.3 : 0) + (marks ? 0.3 : 0);
        String reason = String.format("image: %.0f%% light, %.0f%% coloured marks, %.0f%% dark, %d colours hold 95%%",
                100 * lightShare, 100 * colourShare, 100 * darkShare, coverage95);
        return new Verdict(flat && background && marks, score, reason);
    }

    /** The pixel and its 8 neighbours share one colour (within a few levels). */
    private static boolean isFlatInterior(int[] px, int w, int h, int x, int y) {
        if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
            return false;
        }
        int c = px[y * w + x];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (!close(c, px[(y + dy) * w + x + dx])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) <= 12
                && Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) <= 12
                && Math.abs((a & 0xFF) - (b & 0xFF)) <= 12;
    }

    private static int binsCovering(int[] bins, double target) {
        int[] sorted = bins.clone();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0 && sum < target; i--) {
            sum += sorted[i];
            count++;
        }
        return count;
    }

    private static BufferedImage downscale(BufferedImage image) {
        double f = Math.min(1.0, SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * f));
        int h = Math.max(1, (int) Math.round(image.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        // nearest neighbour keeps flat colours flat (smoothing would invent in-between colours)
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
