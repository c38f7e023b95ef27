package quire.app.viewer.viewmodel;

import java.util.List;
import quire.pipeline.document.PageGeometry;

/**
 * Where each page sits in the continuous view, in view units (points × zoom): pages stacked top to bottom,
 * centred horizontally, separated by {@code gap}. Pure, so the virtualisation is testable without a toolkit.
 */
public final class PageLayout {

    private final double[] top;
    private final double[] width;
    private final double[] height;
    private final double contentWidth;
    private final double contentHeight;
    private final double gap;

    public PageLayout(List<PageGeometry> pages, double zoom, double gap) {
        int n = pages.size();
        this.gap = gap;
        top = new double[n];
        width = new double[n];
        height = new double[n];
        double y = gap;
        double maxW = 0;
        for (int i = 0; i < n; i++) {
            PageGeometry g = pages.get(i);
            top[i] = y;
            width[i] = g.width() * zoom;
            height[i] = g.height() * zoom;
            y += height[i] + gap;
            maxW = Math.max(maxW, width[i]);
        }
        contentWidth = maxW + 2 * gap;
        contentHeight = y;
    }

    public int pageCount() {
        return top.length;
    }

    /** Top of page {@code page} (from 1). */
    public double top(int page) {
        return top[page - 1];
    }

    public double left(int page) {
        return (contentWidth - width[page - 1]) / 2;
    }

    public double width(int page) {
        return width[page - 1];
    }

    public double height(int page) {
        return height[page - 1];
    }

    public double contentWidth() {
        return contentWidth;
    }

    public double contentHeight() {
        return contentHeight;
    }

    public double gap() {
        return gap;
    }

    /** The pages overlapping the vertical window [y0, y1], as {first, last} (from 1); {1, 0} when none. */
    public int[] visible(double y0, double y1) {
        int first = -1;
        int last = -2;
        int lo = 0;
        int hi = top.length - 1;
        // binary search the first page whose bottom is below y0
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (top[mid] + height[mid] < y0) {
                lo = mid + 1;
            } else {
                first = mid;
                hi = mid - 1;
            }
        }
        if (first < 0 || top[first] > y1) {
            return new int[] {1, 0};
        }
        last = first;
        while (last + 1 < top.length && top[last + 1] <= y1) {
            last++;
        }
        return new int[] {first + 1, last + 1};
    }

    /** The page holding the vertical position y (the nearest one in a gap). */
    public int pageAt(double y) {
        for (int i = 0; i < top.length; i++) {
            if (y < top[i] + height[i] + gap / 2) {
                return i + 1;
            }
        }
        return Math.max(1, top.length);
    }
}
