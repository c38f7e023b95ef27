package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;
import quire.pipeline.chart.read.ChartScene.Wedge;

/**
 * Completes a pie found by colour segmentation: a thin wedge fills little of its box and is easily taken for
 * something else, so once the big wedges show where the disc is, every colour inside the disc that covers a
 * visible share of it is a wedge too.
 */
final class RasterPies {

    /** Least share of the disc a colour must cover to count as a wedge. */
    private static final double MIN_SHARE = 0.004;

    private RasterPies() {
    }

    /** Adds the missing wedges to {@code wedges} when they make a round pie. */
    static void complete(List<Wedge> wedges, BufferedImage img) {
        if (wedges.size() < 2) {
            return;
        }
        BBox pie = BBox.unionOf(wedges.stream().map(Wedge::box).toList());
        if (pie.width() < 40 || Math.abs(pie.width() - pie.height()) > 0.1 * Math.max(pie.width(), pie.height())) {
            return; // not a whole disc: some wedge is missing in a way this cannot tell
        }
        double cx = pie.centerX(), cy = pie.centerY(), r = Math.max(pie.width(), pie.height()) / 2;
        List<long[]> clusters = new ArrayList<>(); // {rgb, count, sum x, sum y, x0, y0, x1, y1, sum r, sum g, sum b}
        int x0 = (int) Math.max(0, pie.x0()), x1 = (int) Math.min(img.getWidth(), Math.ceil(pie.x1()));
        int y0 = (int) Math.max(0, pie.y0()), y1 = (int) Math.min(img.getHeight(), Math.ceil(pie.y1()));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > 0.95 * r) {
                    continue;
                }
                int c = img.getRGB(x, y) & 0xffffff;
                if (SeriesPalette.chroma(c) < 25) {
                    continue; // white separators, grey or black text
                }
                long[] home = null;
                for (long[] k : clusters) {
                    if (SeriesPalette.distance((int) k[0], c) < 40) {
                        home = k;
                        break;
                    }
                }
                if (home == null) {
                    home = new long[] {c, 0, 0, 0, x, y, x, y, 0, 0, 0};
                    clusters.add(home);
                }
                home[1]++;
                home[2] += x;
                home[3] += y;
                home[4] = Math.min(home[4], x);
                home[5] = Math.min(home[5], y);
                home[6] = Math.max(home[6], x);
                home[7] = Math.max(home[7], y);
                home[8] += c >> 16 & 0xff;
                home[9] += c >> 8 & 0xff;
                home[10] += c & 0xff;
            }
        }
        double disc = Math.PI * r * r;
        for (long[] k : clusters) {
            int n = (int) k[1];
            if (n < MIN_SHARE * disc) {
                continue;
            }
            int rgb = (int) (k[8] / n) << 16 | (int) (k[9] / n) << 8 | (int) (k[10] / n);
            boolean known = wedges.stream().anyMatch(w -> SeriesPalette.distance(w.rgb(), rgb) < 40);
            if (!known) {
                wedges.add(new Wedge(new BBox(k[4], k[5], k[6] + 1, k[7] + 1), rgb, n, k[2] / (double) n,
                        k[3] / (double) n));
            }
        }
    }
}
