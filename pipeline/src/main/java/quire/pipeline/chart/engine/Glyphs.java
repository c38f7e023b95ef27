package quire.pipeline.chart.engine;

import java.util.ArrayList;
import java.util.List;

/** Connected dark components that could be glyphs, with their ink moments. */
final class Glyphs {

    private Glyphs() {
    }

    /**
     * 8-connected components of {@code dark} (row-major, w × h) that look like glyphs: not specks, not rules or
     * frames, not touching the top row (tick marks hanging from an axis). Each is {x0, y0, x1, y1, mass, Σx, Σy,
     * Σx², Σy², Σxy} (x1, y1 exclusive).
     */
    static List<double[]> of(boolean[] dark, int w, int h) {
        boolean[] seen = new boolean[dark.length];
        int[] stack = new int[dark.length];
        List<double[]> out = new ArrayList<>();
        for (int s = 0; s < dark.length; s++) {
            if (!dark[s] || seen[s]) {
                continue;
            }
            int sp = 0;
            stack[sp++] = s;
            seen[s] = true;
            int x0 = w, y0 = h, x1 = -1, y1 = -1;
            double m = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w, y = p / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                m++;
                sx += x;
                sy += y;
                sxx += (double) x * x;
                syy += (double) y * y;
                sxy += (double) x * y;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= w) {
                            continue;
                        }
                        int q = yy * w + xx;
                        if (dark[q] && !seen[q]) {
                            seen[q] = true;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            if (m < 3 || y0 == 0 || bh > 60 || bw > 60) {
                continue;
            }
            out.add(new double[] {x0, y0, x1 + 1, y1 + 1, m, sx, sy, sxx, syy, sxy});
        }
        return out;
    }
}
