package quire.pipeline.route;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import quire.ocr.image.Otsu;

/**
 * The fast text-density estimate: a grey page rendered small (72 dpi), binarised with Otsu's threshold (clamped so
 * that a blank page stays blank), labelled into 8-connected components, and each dark pixel classed as glyph ink
 * (components of letter size and shape), line ink (thin long rulings and frames) or other ink (photo areas,
 * solid shapes). Per-cell sums let any box on the page be measured in O(cells).
 */
public final class InkMap {

    /** Side of a summary cell in pixels (one third of an inch at 72 dpi). */
    public static final int CELL = 24;
    private static final int MIN_GLYPH_H = 3;
    private static final int MAX_GLYPH_SIDE = 40;

    private final int width;
    private final int height;
    private final int cols;
    private final int rows;
    private final int[] glyphInk;
    private final int[] lineInk;
    private final int[] otherInk;
    private final int[] glyphCount;
    /** Sum over the glyph components centred in a cell of their width over height ({@link Ink#glyphSpan}). */
    private final float[] glyphSpan;
    /** The grey pixels themselves, for {@link #flatShare}. */
    private final byte[] grey;

    private InkMap(int width, int height, byte[] grey) {
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.cols = (width + CELL - 1) / CELL;
        this.rows = (height + CELL - 1) / CELL;
        glyphInk = new int[cols * rows];
        lineInk = new int[cols * rows];
        otherInk = new int[cols * rows];
        glyphCount = new int[cols * rows];
        glyphSpan = new float[cols * rows];
    }

    /** Analyses an 8-bit grey image (TYPE_BYTE_GRAY); other types are converted first. */
    public static InkMap of(BufferedImage image) {
        BufferedImage grey = toGrey(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int threshold = Math.max(60, Math.min(180, otsu(px)));
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < px.length && i < dark.length; i++) {
            dark[i] = (px[i] & 0xff) < threshold;
        }
        InkMap map = new InkMap(w, h, px);
        map.label(dark);
        return map;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** Ink sums of the cells in {@code [c0, c1) × [r0, r1)}. */
    public Ink cells(int c0, int r0, int c1, int r1) {
        long g = 0;
        long l = 0;
        long o = 0;
        int n = 0;
        double span = 0;
        c0 = Math.max(0, c0);
        r0 = Math.max(0, r0);
        c1 = Math.min(cols, c1);
        r1 = Math.min(rows, r1);
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                int i = r * cols + c;
                g += glyphInk[i];
                l += lineInk[i];
                o += otherInk[i];
                n += glyphCount[i];
                span += glyphSpan[i];
            }
        }
        long px = (long) Math.max(0, c1 - c0) * CELL * Math.max(0, r1 - r0) * CELL;
        return new Ink(g, l, o, n, span, Math.max(1, px));
    }

    /** Ink sums of the cells a pixel box touches. */
    public Ink box(double x0, double y0, double x1, double y1) {
        return cells((int) Math.floor(x0 / CELL), (int) Math.floor(y0 / CELL), (int) Math.ceil(x1 / CELL),
                (int) Math.ceil(y1 / CELL));
    }

    /**
     * Share of flat areas when the pixel box is cut into {@code across × down} equal areas: an area is flat when its
     * grey values span at most {@code range} levels (blank paper, a plain fill). The merger's visual tokens over such
     * areas are near copies of each other, which is what it merges first.
     */
    public double flatShare(double x0, double y0, double x1, double y1, int across, int down, int range) {
        int bx0 = Math.max(0, (int) Math.floor(x0));
        int by0 = Math.max(0, (int) Math.floor(y0));
        int bx1 = Math.min(width, (int) Math.ceil(x1));
        int by1 = Math.min(height, (int) Math.ceil(y1));
        if (bx1 <= bx0 || by1 <= by0 || across < 1 || down < 1) {
            return 0;
        }
        int flat = 0;
        for (int j = 0; j < down; j++) {
            int ya = by0 + (by1 - by0) * j / down;
            int yb = Math.max(ya + 1, by0 + (by1 - by0) * (j + 1) / down);
            for (int i = 0; i < across; i++) {
                int xa = bx0 + (bx1 - bx0) * i / across;
                int xb = Math.max(xa + 1, bx0 + (bx1 - bx0) * (i + 1) / across);
                if (spanAtMost(xa, ya, Math.min(xb, width), Math.min(yb, height), range)) {
                    flat++;
                }
            }
        }
        return (double) flat / (across * down);
    }

    private boolean spanAtMost(int x0, int y0, int x1, int y1, int range) {
        int lo = 255;
        int hi = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int v = grey[y * width + x] & 0xff;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                if (hi - lo > range) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Ink measured over some cells.
     *
     * @param glyphs    glyph-sized components whose centre lies in the cells
     * @param glyphSpan the same components' widths in units of their own height (at least 1 each): at this
     *                  resolution neighbouring letters often touch, so a word can be one component, and its width
     *                  tells how many letters it holds better than the count of components does
     * @param pixels    pixels covered by the cells
     */
    public record Ink(long glyphInk, long lineInk, long otherInk, int glyphs, double glyphSpan, long pixels) {

        public double inkShare() {
            return Math.min(1, (double) (glyphInk + lineInk + otherInk) / pixels);
        }

        /** Glyph ink over glyph + other ink (rulings are neutral: tables hold both). */
        public double textLikeShare() {
            long sum = glyphInk + otherInk;
            return sum == 0 ? 0 : (double) glyphInk / sum;
        }
    }

    private void label(boolean[] dark) {
        int[] stack = new int[1024];
        int[] pixels = new int[1024];
        boolean[] seen = new boolean[dark.length];
        for (int start = 0; start < dark.length; start++) {
            if (!dark[start] || seen[start]) {
                continue;
            }
            int sp = 0;
            int np = 0;
            stack[sp++] = start;
            seen[start] = true;
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            while (sp > 0) {
                int p = stack[--sp];
                if (np == pixels.length) {
                    pixels = Arrays.copyOf(pixels, np * 2);
                }
                pixels[np++] = p;
                int x = p % width;
                int y = p / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= width) {
                            continue;
                        }
                        int q = yy * width + xx;
                        if (dark[q] && !seen[q]) {
                            seen[q] = true;
                            if (sp == stack.length) {
                                stack = Arrays.copyOf(stack, sp * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            classify(pixels, np, maxX - minX + 1, maxY - minY + 1, (minX + maxX) / 2, (minY + maxY) / 2);
        }
    }

    private void classify(int[] pixels, int n, int w, int h, int cx, int cy) {
        double fill = (double) n / ((long) w * h);
        boolean glyph = h >= MIN_GLYPH_H && h <= MAX_GLYPH_SIDE && w <= MAX_GLYPH_SIDE && w <= 6 * h && fill > 0.12;
        boolean line = !glyph && Math.max(w, h) > MAX_GLYPH_SIDE && n < 3.0 * (w + h);
        int[] target = glyph ? glyphInk : line ? lineInk : otherInk;
        for (int i = 0; i < n; i++) {
            int p = pixels[i];
            target[((p / width) / CELL) * cols + (p % width) / CELL]++;
        }
        if (glyph) {
            glyphCount[(cy / CELL) * cols + cx / CELL]++;
            glyphSpan[(cy / CELL) * cols + cx / CELL] += Math.max(1f, (float) w / h);
        }
    }

    /** Otsu's split as the first level counted as paper (levels below it are ink). */
    static int otsu(byte[] px) {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xff]++;
        }
        return Otsu.lastDarkLevel(hist) + 1;
    }

    /** Half the size in each direction, grey: 2×2 box average of the luma (a 144 dpi render to 72 dpi). */
    public static BufferedImage halfGrey(BufferedImage rgb) {
        int w = Math.max(1, rgb.getWidth() / 2);
        int h = Math.max(1, rgb.getHeight() / 2);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int sw = rgb.getWidth();
        int[] row0 = new int[sw];
        int[] row1 = new int[sw];
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, 2 * y, sw, 1, row0, 0, sw);
            rgb.getRGB(0, Math.min(rgb.getHeight() - 1, 2 * y + 1), sw, 1, row1, 0, sw);
            for (int x = 0; x < w; x++) {
                int x1 = Math.min(sw - 1, 2 * x + 1);
                int sum = luma(row0[2 * x]) + luma(row0[x1]) + luma(row1[2 * x]) + luma(row1[x1]);
                dst[y * w + x] = (byte) (sum >> 2);
            }
        }
        return out;
    }

    private static int luma(int argb) {
        return (((argb >> 16) & 0xff) * 77 + ((argb >> 8) & 0xff) * 150 + (argb & 0xff) * 29) >> 8;
    }

    private static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        return grey;
    }
}
