package quire.pipeline.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raster area (a scan, a placed image) into text-dense areas and pictures: every {@link InkMap} cell is
 * blank, text (glyph ink dominates) or picture (other ink dominates); cells of one class that touch, allowing a
 * one-cell gap, form an area. Returns cell rectangles {@code [c0, r0, c1, r1)}.
 */
public final class RasterSplitter {

    /** A cell holding less ink than this share of its pixels is blank. */
    private static final double CELL_INK = 0.01;

    private RasterSplitter() {
    }

    /** An area of cells with its class. */
    public record Area(boolean text, int c0, int r0, int c1, int r1) {
    }

    public static List<Area> split(InkMap map, int c0, int r0, int c1, int r1) {
        c0 = Math.max(0, c0);
        r0 = Math.max(0, r0);
        c1 = Math.min(map.cols(), c1);
        r1 = Math.min(map.rows(), r1);
        int w = c1 - c0;
        int h = r1 - r0;
        if (w <= 0 || h <= 0) {
            return List.of();
        }
        byte[] cls = new byte[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                InkMap.Ink ink = map.cells(c0 + c, r0 + r, c0 + c + 1, r0 + r + 1);
                if (ink.inkShare() < CELL_INK) {
                    continue;
                }
                cls[r * w + c] = (byte) (ink.glyphInk() >= ink.otherInk() ? 1 : 2);
            }
        }
        List<Area> out = new ArrayList<>();
        int[] label = new int[w * h];
        int next = 0;
        int[] queue = new int[w * h];
        for (int start = 0; start < cls.length; start++) {
            if (cls[start] == 0 || label[start] != 0) {
                continue;
            }
            next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = next;
            int minC = w;
            int minR = h;
            int maxC = -1;
            int maxR = -1;
            while (head < tail) {
                int p = queue[head++];
                int c = p % w;
                int r = p / w;
                minC = Math.min(minC, c);
                maxC = Math.max(maxC, c);
                minR = Math.min(minR, r);
                maxR = Math.max(maxR, r);
                for (int dr = -2; dr <= 2; dr++) {
                    for (int dc = -2; dc <= 2; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr < 0 || rr >= h || cc < 0 || cc >= w) {
                            continue;
                        }
                        int q = rr * w + cc;
                        if (label[q] == 0 && cls[q] == cls[start]) {
                            label[q] = next;
                            queue[tail++] = q;
                        }
                    }
                }
            }
            out.add(new Area(cls[start] == 1, c0 + minC, r0 + minR, c0 + maxC + 1, r0 + maxR + 1));
        }
        return absorbSpeckles(out);
    }

    /**
     * Text areas lying mostly inside a picture's box are its texture (photo edges, noise), not text; text areas
     * inside a larger text area's box are read with it.
     */
    private static List<Area> absorbSpeckles(List<Area> areas) {
        List<Area> kept = new ArrayList<>();
        for (Area a : areas) {
            boolean inside = false;
            if (a.text()) {
                for (Area p : areas) {
                    boolean container = !p.text() || (p != a && cells(p) > cells(a));
                    if (container && 2 * overlap(a, p) >= cells(a)) {
                        inside = true;
                        break;
                    }
                }
            }
            if (!inside) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static int overlap(Area a, Area b) {
        int w = Math.min(a.c1(), b.c1()) - Math.max(a.c0(), b.c0());
        int h = Math.min(a.r1(), b.r1()) - Math.max(a.r0(), b.r0());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static int cells(Area a) {
        return (a.c1() - a.c0()) * (a.r1() - a.r0());
    }
}
