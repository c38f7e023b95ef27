package quire.ocr.geom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 8-connected components of a binary map. For each component it keeps, per row, the leftmost and rightmost pixel
 * centres: enough to get the component's convex hull (and so its minimum-area rectangle) exactly, like the contour
 * points OpenCV's {@code findContours} would give.
 */
public final class Components {

    /** One component: hull-relevant points (pixel centres) and its pixel count and bounds. */
    public record Component(double[] xs, double[] ys, int pixels, int minX, int minY, int maxX, int maxY) {
    }

    private Components() {
    }

    public static List<Component> find(boolean[] on, int width, int height, int minPixels) {
        boolean[] seen = new boolean[on.length];
        int[] stack = new int[1024];
        int[] members = new int[1024];
        List<Component> out = new ArrayList<>();
        int[] rowMin = new int[height];
        int[] rowMax = new int[height];
        for (int start = 0; start < on.length; start++) {
            if (!on[start] || seen[start]) {
                continue;
            }
            int sp = 0;
            int count = 0;
            stack[sp++] = start;
            seen[start] = true;
            while (sp > 0) {
                int p = stack[--sp];
                if (count == members.length) {
                    members = Arrays.copyOf(members, count * 2);
                }
                members[count++] = p;
                int x = p % width;
                int y = p / width;
                for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                        int q = ny * width + nx;
                        if (on[q] && !seen[q]) {
                            seen[q] = true;
                            if (sp == stack.length) {
                                stack = Arrays.copyOf(stack, sp * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            if (count < minPixels) {
                continue;
            }
            int minY = height, maxY = -1, minX = width, maxX = -1;
            for (int i = 0; i < count; i++) {
                int y = members[i] / width;
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            Arrays.fill(rowMin, minY, maxY + 1, Integer.MAX_VALUE);
            Arrays.fill(rowMax, minY, maxY + 1, -1);
            for (int i = 0; i < count; i++) {
                int x = members[i] % width;
                int y = members[i] / width;
                rowMin[y] = Math.min(rowMin[y], x);
                rowMax[y] = Math.max(rowMax[y], x);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
            int rows = maxY - minY + 1;
            double[] xs = new double[rows * 2];
            double[] ys = new double[rows * 2];
            int k = 0;
            for (int r = minY; r <= maxY; r++) {
                if (rowMax[r] < 0) {
                    continue;
                }
                xs[k] = rowMin[r];
                ys[k++] = r;
                xs[k] = rowMax[r];
                ys[k++] = r;
            }
            out.add(new Component(Arrays.copyOf(xs, k), Arrays.copyOf(ys, k), count, minX, minY, maxX, maxY));
        }
        return out;
    }
}
