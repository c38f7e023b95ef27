package quire.pipeline.chart.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The few saturated colours a chart draws its series in. Anti-aliasing fades a mark's colour towards the white
 * background along its edges, so a pixel belongs to a palette colour when it lies on that colour's fade line
 * (white + α·(colour − white)); the strongest colour of a fade line stands for it.
 */
final class SeriesPalette {

    private static final int WHITE = 0xffffff;

    private SeriesPalette() {
    }

    /** Up to {@code max} colours, most frequent first; greys (text, grids, bands) are never series colours. */
    static List<Integer> of(int[] rgb, int w, int h, int max) {
        int[] count = new int[4096];
        long[][] sum = new long[4096][3];
        for (int c : rgb) {
            c &= 0xffffff;
            if (chroma(c) < 25) {
                continue;
            }
            int q = (c >> 20 & 0xf) << 8 | (c >> 12 & 0xf) << 4 | (c >> 4 & 0xf);
            count[q]++;
            sum[q][0] += c >> 16 & 0xff;
            sum[q][1] += c >> 8 & 0xff;
            sum[q][2] += c & 0xff;
        }
        int minCount = Math.max(30, (int) (0.0004 * w * h));
        List<Integer> bins = new ArrayList<>();
        for (int q = 0; q < 4096; q++) {
            if (count[q] >= minCount) {
                bins.add(q);
            }
        }
        bins.sort((a, b) -> Integer.compare(count[b], count[a]));
        List<Integer> palette = new ArrayList<>();
        for (int q : bins) {
            int c = (int) (sum[q][0] / count[q]) << 16 | (int) (sum[q][1] / count[q]) << 8
                    | (int) (sum[q][2] / count[q]);
            int same = -1;
            for (int i = 0; i < palette.size(); i++) {
                int p = palette.get(i);
                if (fadeResidual(c, p) <= 20 || fadeResidual(p, c) <= 20) {
                    same = i;
                    break;
                }
            }
            if (same >= 0) {
                int p = palette.get(same);
                if (strength(c) > strength(p) + 30 && fadeResidual(p, c) <= 20) {
                    palette.set(same, c); // the fuller colour of the same fade line
                }
            } else if (palette.size() < max) {
                palette.add(c);
            }
        }
        return palette;
    }

    /**
     * Index of the palette colour the pixel belongs to, or -1: background, grey, or a faint fade (a faint pixel
     * goes to the colour whose fade line it lies on, and then counts only when it is not too faint for it).
     */
    static int nearest(int c, List<Integer> palette) {
        if (chroma(c) < 12) {
            return -1;
        }
        int best = -1;
        double bestD = 30;
        for (int i = 0; i < palette.size(); i++) {
            double d = fadeResidual(c, palette.get(i));
            if (d < bestD && alpha(c, palette.get(i)) > 0.05) {
                bestD = d;
                best = i;
            }
        }
        return best >= 0 && alpha(c, palette.get(best)) >= 0.3 ? best : -1;
    }

    /** Distance of {@code c} from the fade line of {@code colour} (α clamped to 0..1). */
    static double fadeResidual(int c, int colour) {
        double a = alpha(c, colour);
        double dr = 255 + a * ((colour >> 16 & 0xff) - 255) - (c >> 16 & 0xff);
        double dg = 255 + a * ((colour >> 8 & 0xff) - 255) - (c >> 8 & 0xff);
        double db = 255 + a * ((colour & 0xff) - 255) - (c & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** How far along the fade from white to {@code colour} the pixel {@code c} lies (0 white, 1 the colour). */
    static double alpha(int c, int colour) {
        double vr = (colour >> 16 & 0xff) - 255, vg = (colour >> 8 & 0xff) - 255, vb = (colour & 0xff) - 255;
        double pr = (c >> 16 & 0xff) - 255, pg = (c >> 8 & 0xff) - 255, pb = (c & 0xff) - 255;
        double len = vr * vr + vg * vg + vb * vb;
        if (len < 1) {
            return 0;
        }
        return Math.max(0, Math.min(1, (pr * vr + pg * vg + pb * vb) / len));
    }

    static int chroma(int c) {
        int r = c >> 16 & 0xff, g = c >> 8 & 0xff, b = c & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    /** Distance from white. */
    private static double strength(int c) {
        return Math.sqrt(Math.pow(255 - (c >> 16 & 0xff), 2) + Math.pow(255 - (c >> 8 & 0xff), 2)
                + Math.pow(255 - (c & 0xff), 2));
    }

    static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }
}
