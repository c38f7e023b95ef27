package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import quire.ocr.text.BBox;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Pt;
import quire.pipeline.chart.read.ChartScene.Rect;
import quire.pipeline.chart.read.ChartScene.Wedge;

/**
 * Colour segmentation of a chart picture: pixels are quantised (4 bits a channel), white, near-white and black
 * are background or text, and each 4-connected component of one colour is judged by its shape: a box it fills is
 * a bar (or a legend swatch), a thin wide trace is a data line, a large solid non-box is a pie wedge.
 */
final class RasterMarks {

    final List<Rect> rects = new ArrayList<>();
    final List<Poly> lines = new ArrayList<>();
    final List<Wedge> wedges = new ArrayList<>();

    private RasterMarks() {
    }

    static RasterMarks of(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        int[] key = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i] & 0xffffff;
            key[i] = ink(c) ? quant(c) : -1;
        }
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        RasterMarks out = new RasterMarks();
        int next = 1;
        List<Piece> pieces = new ArrayList<>();
        double imageArea = (double) w * h;
        for (int start = 0; start < key.length; start++) {
            if (key[start] < 0 || label[start] != 0) {
                continue;
            }
            int k = key[start];
            int id = next++;
            int sp = 0;
            stack[sp++] = start;
            label[start] = id;
            int count = 0, x0 = w, y0 = h, x1 = -1, y1 = -1;
            long sr = 0, sg = 0, sb = 0, sx = 0, sy = 0;
            Map<Integer, long[]> columns = new TreeMap<>(); // x → {sum y, count}
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w, y = p / w;
                count++;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                sx += x;
                sy += y;
                int c = rgb[p];
                sr += (c >> 16) & 0xff;
                sg += (c >> 8) & 0xff;
                sb += c & 0xff;
                long[] col = columns.computeIfAbsent(x, q -> new long[2]);
                col[0] += y;
                col[1]++;
                if (x > 0 && label[p - 1] == 0 && key[p - 1] == k) {
                    label[p - 1] = id;
                    stack[sp++] = p - 1;
                }
                if (x < w - 1 && label[p + 1] == 0 && key[p + 1] == k) {
                    label[p + 1] = id;
                    stack[sp++] = p + 1;
                }
                if (y > 0 && label[p - w] == 0 && key[p - w] == k) {
                    label[p - w] = id;
                    stack[sp++] = p - w;
                }
                if (y < h - 1 && label[p + w] == 0 && key[p + w] == k) {
                    label[p + w] = id;
                    stack[sp++] = p + w;
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            double fill = count / (double) (bw * bh);
            int colour = (int) (sr / count) << 16 | (int) (sg / count) << 8 | (int) (sb / count);
            BBox box = new BBox(x0, y0, x1 + 1, y1 + 1);
            if (fill >= 0.85 && Math.min(bw, bh) >= 2 && count >= 24) {
                out.rects.add(new Rect(box, colour));
            } else if (fill >= 0.6 && fill < 0.85 && bw >= 5 && bw <= 24 && Math.abs(bw - bh) <= 2) {
                if (!holed(label, id, w, x0, y0, x1, y1)) {
                    out.rects.add(new Rect(box, colour)); // a round legend swatch, not an icon with a glyph in it
                }
            } else if (count >= 0.004 * imageArea && fill >= 0.3 && count / (double) bw > 8
                    && count / (double) bh > 8) {
                out.wedges.add(new Wedge(box, colour, count, sx / (double) count, sy / (double) count));
            } else if (bw >= 4 && count >= 6 && count / (double) bw < 12) {
                pieces.add(new Piece(colour, columns));
            }
        }
        out.joinLines(pieces, w);
        out.unifyRectColours();
        return out;
    }

    /**
     * True when the component {@code id} encloses pixels that are not its own (the glyph of an "i" or "?" icon): a
     * flood fill of the non-member pixels from the box's border leaves some unreached.
     */
    static boolean holed(int[] label, int id, int w, int x0, int y0, int x1, int y1) {
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        boolean[] reached = new boolean[bw * bh];
        int[] stack = new int[bw * bh];
        int sp = 0, outside = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                boolean member = label[(y0 + y) * w + x0 + x] == id;
                if (!member) {
                    outside++;
                    if (x == 0 || y == 0 || x == bw - 1 || y == bh - 1) {
                        reached[y * bw + x] = true;
                        stack[sp++] = y * bw + x;
                    }
                }
            }
        }
        int count = sp;
        while (sp > 0) {
            int p = stack[--sp];
            int x = p % bw, y = p / bw;
            int[] next = {x > 0 ? p - 1 : -1, x < bw - 1 ? p + 1 : -1, y > 0 ? p - bw : -1, y < bh - 1 ? p + bw : -1};
            for (int q : next) {
                if (q >= 0 && !reached[q] && label[(y0 + q / bw) * w + x0 + q % bw] != id) {
                    reached[q] = true;
                    stack[sp++] = q;
                    count++;
                }
            }
        }
        return count < outside;
    }

    /** A thin stretch of a data line: anti-aliasing breaks a sloped line into many. */
    private record Piece(int rgb, Map<Integer, long[]> columns) {
    }

    /** Pieces of similar colour make one line (per column the mean y); only lines spanning 15% of the width count. */
    private void joinLines(List<Piece> pieces, int width) {
        List<List<Piece>> groups = new ArrayList<>();
        for (Piece p : pieces) {
            List<Piece> home = null;
            for (List<Piece> g : groups) {
                if (distance(g.get(0).rgb(), p.rgb()) < 60) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(p);
        }
        for (List<Piece> g : groups) {
            Map<Integer, long[]> cols = new TreeMap<>();
            for (Piece p : g) {
                p.columns().forEach((x, v) -> {
                    long[] c = cols.computeIfAbsent(x, k -> new long[2]);
                    c[0] += v[0];
                    c[1] += v[1];
                });
            }
            int x0 = cols.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
            int x1 = cols.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (x1 - x0 < 0.15 * width || cols.size() < 0.5 * (x1 - x0)) {
                continue;
            }
            List<Pt> pts = new ArrayList<>();
            for (Map.Entry<Integer, long[]> e : cols.entrySet()) {
                pts.add(new Pt(e.getKey() + 0.5, e.getValue()[0] / (double) e.getValue()[1] + 0.5));
            }
            Poly line = new Poly(pts, g.get(0).rgb());
            if (line.bbox().height() >= 4) { // flat: the anti-aliased edge of bars standing on one baseline
                lines.add(line);
            }
        }
    }

    /** Bars of one series differ by a shade after averaging anti-aliased pixels: one colour per series. */
    private void unifyRectColours() {
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            Integer same = seen.stream().filter(c -> distance(c, r.rgb()) < 50).findFirst().orElse(null);
            if (same == null) {
                seen.add(r.rgb());
            } else if (same != r.rgb()) {
                rects.set(i, new Rect(r.box(), same));
            }
        }
    }

    static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    /** Ink of a data mark. */
    static boolean ink(int c) {
        int r = (c >> 16) & 0xff, g = (c >> 8) & 0xff, b = c & 0xff;
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        return max - min >= 25; // coloured only: greys are text, grid lines and background bands
    }

    private static int quant(int c) {
        return (c >> 20 & 0xf) << 8 | (c >> 12 & 0xf) << 4 | (c >> 4 & 0xf);
    }
}
