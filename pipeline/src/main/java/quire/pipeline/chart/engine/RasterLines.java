package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Pt;

/**
 * Data lines of a chart picture. Coloured pixels are given to the chart's few series colours (an anti-aliased pixel
 * is its colour faded towards the white background, so it is matched along that fade), each colour's pixels form
 * 8-connected pieces, and thin pieces are lines. A short thin piece standing alone (no other piece of its colour
 * continues it) is a legend sample and comes back as a two-point line; the other pieces of a colour are joined into
 * one trace, per column the middle of the run nearest the trace so far (markers, labels and samples in the same
 * column do not pull it away).
 */
final class RasterLines {

    /** Most series colours looked for. */
    private static final int MAX_COLOURS = 12;

    private RasterLines() {
    }

    /** Puts the lines found in {@code img} in place of {@code lines}. */
    static void replace(List<Poly> lines, BufferedImage img) {
        lines.clear();
        lines.addAll(find(img));
    }

    static List<Poly> find(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        List<Integer> palette = SeriesPalette.of(rgb, w, h, MAX_COLOURS);
        if (palette.isEmpty()) {
            return List.of();
        }
        byte[] owner = new byte[w * h];
        for (int i = 0; i < rgb.length; i++) {
            owner[i] = (byte) (SeriesPalette.nearest(rgb[i] & 0xffffff, palette) + 1);
        }
        List<Poly> out = new ArrayList<>();
        Scratch scratch = new Scratch(new boolean[w * h], new int[w * h], new int[w * h]);
        for (int k = 0; k < palette.size(); k++) {
            out.addAll(linesOf(owner, (byte) (k + 1), palette.get(k), w, h, scratch));
        }
        // legend samples only matter beside data lines; in bar charts they would be stray bits of text or edges
        if (out.stream().allMatch(p -> p.points().size() <= 2)) {
            return List.of();
        }
        return out;
    }

    /** A thin 8-connected piece of one colour: its box and per column its top and bottom row (-1: none). */
    private record Piece(int x0, int y0, int x1, int y1, int count, int[] top, int[] bottom) {

        /** Whether the piece has a pixel in column x between rows y0 and y1. */
        boolean touches(int x, int ya, int yb) {
            return x >= x0 && x <= x1 && top[x - x0] >= 0 && top[x - x0] <= yb && bottom[x - x0] >= ya;
        }

        int width() {
            return x1 - x0 + 1;
        }

        int height() {
            return y1 - y0 + 1;
        }
    }

    /** Buffers shared by the colours' flood fills (each pixel has one colour, so one visited mark serves all). */
    private record Scratch(boolean[] seen, int[] stack, int[] component) {
    }

    private static List<Poly> linesOf(byte[] owner, byte k, int colour, int w, int h, Scratch scratch) {
        boolean[] label = scratch.seen();
        int[] stack = scratch.stack();
        int[] comp = scratch.component();
        List<Piece> pieces = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        for (int start = 0; start < owner.length; start++) {
            if (owner[start] != k || label[start]) {
                continue;
            }
            int sp = 0;
            stack[sp++] = start;
            label[start] = true;
            int count = 0, x0 = w, y0 = h, x1 = -1, y1 = -1;
            while (sp > 0) {
                int p = stack[--sp];
                comp[count] = p;
                int x = p % w, y = p / w;
                count++;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (owner[q] == k && !label[q]) {
                            label[q] = true;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            double fill = count / (double) (bw * bh);
            boolean thin = count / (double) (bw + bh) <= 7 && (fill < 0.6 || bh <= 8);
            if (bw >= 8 && thin) {
                int[] top = new int[bw], bottom = new int[bw];
                java.util.Arrays.fill(top, -1);
                java.util.Arrays.fill(bottom, -1);
                int[] px = java.util.Arrays.copyOf(comp, count);
                for (int p : px) {
                    int c = p % w - x0, y = p / w;
                    top[c] = top[c] < 0 ? y : Math.min(top[c], y);
                    bottom[c] = Math.max(bottom[c], y);
                }
                pieces.add(new Piece(x0, y0, x1, y1, count, top, bottom));
                members.add(px);
            }
        }
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<Poly> out = new ArrayList<>();
        double shortLimit = Math.max(40, 0.08 * w);
        // the trace: long pieces and what continues them, piece by piece
        List<Integer> trace = new ArrayList<>();
        boolean[] in = new boolean[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).width() >= shortLimit) {
                in[i] = true;
                trace.add(i);
            }
        }
        for (int t = 0; t < trace.size(); t++) {
            Piece p = pieces.get(trace.get(t));
            for (int i = 0; i < pieces.size(); i++) {
                if (!in[i] && (continues(pieces.get(i), p) || continues(p, pieces.get(i)))) {
                    in[i] = true;
                    trace.add(i);
                }
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!in[i] && p.height() <= 14 && alone(p, pieces)) {
                // a legend sample (or a word in the series colour, which no legend name follows)
                double cy = (p.y0() + p.y1() + 1) / 2.0;
                out.add(new Poly(List.of(new Pt(p.x0(), cy), new Pt(p.x1() + 1, cy)), colour));
            }
        }
        int x0 = trace.stream().mapToInt(i -> pieces.get(i).x0()).min().orElse(0);
        int x1 = trace.stream().mapToInt(i -> pieces.get(i).x1()).max().orElse(-1);
        if (x1 - x0 + 1 < 0.15 * w) {
            return out;
        }
        // per column the pixel rows of the trace
        List<List<Integer>> cols = new ArrayList<>();
        for (int x = x0; x <= x1; x++) {
            cols.add(new ArrayList<>());
        }
        for (int i : trace) {
            for (int p : members.get(i)) {
                cols.get(p % w - x0).add(p / w);
            }
        }
        List<Pt> pts = new ArrayList<>();
        double prev = Double.NaN;
        for (int x = x0; x <= x1; x++) {
            List<Integer> ys = cols.get(x - x0);
            if (ys.isEmpty()) {
                continue;
            }
            ys.sort(Integer::compare);
            double y = nearestRun(ys, prev);
            pts.add(new Pt(x + 0.5, y + 0.5));
            prev = y;
        }
        if (pts.size() >= 0.5 * (x1 - x0 + 1)) {
            out.add(new Poly(pts, colour));
        }
        return out;
    }

    /** The middle of the run of rows nearest {@code prev} (the first run's when there is no previous column). */
    private static double nearestRun(List<Integer> ys, double prev) {
        double best = Double.NaN, bestD = Double.MAX_VALUE;
        int start = 0;
        for (int i = 1; i <= ys.size(); i++) {
            if (i == ys.size() || ys.get(i) - ys.get(i - 1) > 2) {
                double mid = (ys.get(start) + ys.get(i - 1)) / 2.0;
                double d = Double.isNaN(prev) ? -(i - start) : Math.abs(mid - prev);
                if (d < bestD) {
                    bestD = d;
                    best = mid;
                }
                start = i;
            }
        }
        return best;
    }

    /** No other piece continues this one at either end (within a few pixels). */
    private static boolean alone(Piece p, List<Piece> pieces) {
        return pieces.stream().noneMatch(o -> o != p && continues(p, o));
    }

    /** Piece o has pixels within a few pixels of either end of p. */
    private static boolean continues(Piece p, Piece o) {
        for (int d = 0; d <= 6; d++) {
            if (o.touches(p.x0() - d, p.y0() - 6, p.y1() + 6) || o.touches(p.x1() + d, p.y0() - 6, p.y1() + 6)) {
                return true;
            }
        }
        return false;
    }
}
