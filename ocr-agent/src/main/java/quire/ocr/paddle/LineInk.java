package quire.ocr.paddle;

import quire.ocr.image.Otsu;

/**
 * Which pixels of a line crop (as the recognizer saw it, 48 rows high) are ink, by Otsu's threshold with the
 * minority class taken as ink (so light-on-dark text works too). Used to find word gaps and tight word boxes.
 */
public final class LineInk {

    private final boolean[] ink;
    private final int width;
    private final int height;
    private final int[] columnCount;

    private LineInk(boolean[] ink, int width, int height) {
        this.ink = ink;
        this.width = width;
        this.height = height;
        this.columnCount = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x]) {
                    columnCount[x]++;
                }
            }
        }
    }

    /** From channel 0 of a recognizer input (values in [-1, 1]), {@code height} rows of stride {@code stride}. */
    /** No ink information (word boxes then come from the CTC alignment alone). */
    public static LineInk none() {
        return new LineInk(new boolean[0], 0, 0);
    }

    public static LineInk fromTensor(float[] x, int offset, int height, int width, int stride) {
        int[] grey = new int[width * height];
        int plane = height * stride;
        for (int y = 0; y < height; y++) {
            for (int c = 0; c < width; c++) {
                int i = offset + y * stride + c;
                float v = (x[i] + x[plane + i] + x[2 * plane + i]) / 3f;
                grey[y * width + c] = Math.max(0, Math.min(255, Math.round((v + 1f) * 127.5f)));
            }
        }
        return fromGrey(grey, width, height);
    }

    public static LineInk fromGrey(int[] grey, int width, int height) {
        int t = otsu(grey);
        int below = 0;
        for (int g : grey) {
            if (g <= t) {
                below++;
            }
        }
        boolean darkInk = below <= grey.length - below;
        boolean[] ink = new boolean[grey.length];
        // a flat crop (no contrast) has no ink
        int min = 255, max = 0;
        for (int g : grey) {
            min = Math.min(min, g);
            max = Math.max(max, g);
        }
        if (max - min >= 40) {
            for (int i = 0; i < grey.length; i++) {
                ink[i] = darkInk ? grey[i] <= t : grey[i] > t;
            }
        }
        return new LineInk(ink, width, height);
    }

    static int otsu(int[] grey) {
        long[] hist = new long[256];
        for (int g : grey) {
            hist[g]++;
        }
        return Otsu.lastDarkLevel(hist);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean column(int x) {
        return x >= 0 && x < width && columnCount[x] > 0;
    }

    /** Rows [first, last] holding ink within columns [x0, x1], or {0, height - 1} when there is none. */
    public int[] rows(int x0, int x1) {
        int first = -1, last = -1;
        for (int y = 0; y < height; y++) {
            for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
                if (ink[y * width + x]) {
                    if (first < 0) {
                        first = y;
                    }
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? new int[] {0, height - 1} : new int[] {first, last};
    }

    /** Length of the longest run of ink-free columns within [x0, x1). */
    public int longestGap(int x0, int x1) {
        int best = 0, run = 0;
        for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
            run = column(x) ? 0 : run + 1;
            best = Math.max(best, run);
        }
        return best;
    }
}
