package quire.models.mllm.image;

/**
 * Resizes 8-bit RGB images the way sharp (libvips 8.17) does for {@code resize(w, h, fit: fill, kernel: lanczos3)},
 * which is what transformers.js uses for the Idefics3 stage-1 resize: shrinking runs libvips' fixed-point Lanczos-3
 * reduce (vertical pass, then horizontal, each rounded to 8 bits); enlarging runs its fixed-point Catmull-Rom
 * affine interpolator (positions quantised to 1/64 pixel, 12-bit coefficients). Matching it keeps Quire's pixels
 * within one 8-bit level of the reference.
 */
public final class LibvipsResize {

    private static final int TRANSFORM_SCALE = 64;
    private static final int INTERPOLATE_SHIFT = 12;
    private static final int INTERPOLATE_SCALE = 1 << INTERPOLATE_SHIFT;

    private LibvipsResize() {
    }

    public static RgbImage resize(RgbImage in, int width, int height) {
        if (in.width() == width && in.height() == height) {
            return in;
        }
        RgbImage out = in;
        double hscale = (double) width / in.width();
        double vscale = (double) height / in.height();
        if (vscale < 1.0) {
            out = reduce(out, 1.0 / vscale, height, true);
        }
        if (hscale < 1.0) {
            out = reduce(out, 1.0 / hscale, width, false);
        }
        if (hscale > 1.0 || vscale > 1.0) {
            out = enlarge(out, Math.max(hscale, 1.0) > 1.0 ? width : out.width(),
                    vscale > 1.0 ? height : out.height());
        }
        return out;
    }

    // ------------------------------------------------------------------ Lanczos-3 reduce (one axis)

    private static RgbImage reduce(RgbImage in, double shrink, int outSize, boolean vertical) {
        int inSize = vertical ? in.height() : in.width();
        int points = (int) (2 * Math.rint(3 * shrink) + 1);
        double extra = outSize * shrink - inSize;
        double offset = (1 + extra) / 2.0 - 1;
        int pad = (int) Math.ceil(points / 2.0) - 1;
        short[][] table = new short[TRANSFORM_SCALE + 1][points];
        for (int t = 0; t <= TRANSFORM_SCALE; t++) {
            double[] c = lanczosMask(points, shrink, (float) t / TRANSFORM_SCALE);
            for (int i = 0; i < points; i++) {
                table[t][i] = (short) (c[i] * INTERPOLATE_SCALE);
            }
        }
        int w = vertical ? in.width() : outSize;
        int h = vertical ? outSize : in.height();
        byte[] src = in.rgb();
        byte[] out = new byte[w * h * 3];
        int[] index = new int[points];
        // element stride between neighbouring taps, and between neighbouring lines across the other axis
        int tapStride = vertical ? in.width() * 3 : 3;
        int lineStride = vertical ? 3 : in.width() * 3;
        int lines = vertical ? w : h;
        for (int o = 0; o < outSize; o++) {
            // position in the padded input (libvips pads by `pad` pixels of edge copies)
            double pos = (o + 0.5) * shrink - 0.5 - offset;
            int start = (int) pos;
            int sx = (int) (pos * TRANSFORM_SCALE * 2);
            short[] c = table[((sx & (TRANSFORM_SCALE * 2 - 1)) + 1) >> 1];
            for (int i = 0; i < points; i++) {
                index[i] = clamp(start + i - pad, inSize - 1) * tapStride;
            }
            for (int k = 0; k < lines; k++) {
                int base = k * lineStride;
                int x = vertical ? k : o;
                int y = vertical ? o : k;
                int dst = (y * w + x) * 3;
                for (int ch = 0; ch < 3; ch++) {
                    int sum = 0;
                    for (int i = 0; i < points; i++) {
                        sum += c[i] * (src[base + index[i] + ch] & 0xff);
                    }
                    out[dst + ch] = (byte) clip8(round(sum));
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    private static double[] lanczosMask(int points, double shrink, double x) {
        double half = x + points / 2.0 - 1;
        double scale = 1.0 / shrink;
        double[] c = new double[points];
        double sum = 0;
        for (int i = 0; i < points; i++) {
            c[i] = lanczos3((i - half) * scale);
            sum += c[i];
        }
        for (int i = 0; i < points; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static double lanczos3(double x) {
        if (x == 0) {
            return 1.0;
        }
        if (x < -3 || x > 3) {
            return 0.0;
        }
        double px = Math.PI * x;
        return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
    }

    // ------------------------------------------------------------------ Catmull-Rom enlarge (both axes)

    private static RgbImage enlarge(RgbImage in, int width, int height) {
        int[][] table = new int[TRANSFORM_SCALE + 1][4];
        for (int t = 0; t <= TRANSFORM_SCALE; t++) {
            double[] c = catmull((float) t / TRANSFORM_SCALE);
            for (int i = 0; i < 4; i++) {
                table[t][i] = (int) (c[i] * INTERPOLATE_SCALE);
            }
        }
        int[] xStart = new int[width];
        int[][] xCoeff = new int[width][];
        axis(in.width(), width, xStart, xCoeff, table);
        int[] yStart = new int[height];
        int[][] yCoeff = new int[height][];
        axis(in.height(), height, yStart, yCoeff, table);
        // libvips rounds each 4-tap row sum before the vertical taps: a horizontal pass over every source row
        // followed by a vertical pass gives exactly its numbers
        byte[] src = in.rgb();
        int inW = in.width();
        int inH = in.height();
        int[] rows = new int[inH * width * 3];
        for (int y = 0; y < inH; y++) {
            int line = y * inW * 3;
            for (int x = 0; x < width; x++) {
                int[] cx = xCoeff[x];
                int x0 = clamp(xStart[x], inW - 1) * 3;
                int x1 = clamp(xStart[x] + 1, inW - 1) * 3;
                int x2 = clamp(xStart[x] + 2, inW - 1) * 3;
                int x3 = clamp(xStart[x] + 3, inW - 1) * 3;
                int dst = (y * width + x) * 3;
                for (int ch = 0; ch < 3; ch++) {
                    rows[dst + ch] = round(cx[0] * (src[line + x0 + ch] & 0xff) + cx[1] * (src[line + x1 + ch] & 0xff)
                            + cx[2] * (src[line + x2 + ch] & 0xff) + cx[3] * (src[line + x3 + ch] & 0xff));
                }
            }
        }
        byte[] out = new byte[width * height * 3];
        int stride = width * 3;
        for (int y = 0; y < height; y++) {
            int[] cy = yCoeff[y];
            int r0 = clamp(yStart[y], inH - 1) * stride;
            int r1 = clamp(yStart[y] + 1, inH - 1) * stride;
            int r2 = clamp(yStart[y] + 2, inH - 1) * stride;
            int r3 = clamp(yStart[y] + 3, inH - 1) * stride;
            int dst = y * stride;
            for (int i = 0; i < stride; i++) {
                int v = round(cy[0] * rows[r0 + i] + cy[1] * rows[r1 + i] + cy[2] * rows[r2 + i] + cy[3] * rows[r3 + i]);
                out[dst + i] = (byte) clip8(v);
            }
        }
        return new RgbImage(width, height, out);
    }

    /** Source window start and coefficients for each output position along one axis. */
    private static void axis(int inSize, int outSize, int[] start, int[][] coeff, int[][] table) {
        double step = (double) inSize / outSize;
        for (int o = 0; o < outSize; o++) {
            if (inSize == outSize) {
                start[o] = o - 1;
                coeff[o] = table[0];
                continue;
            }
            // libvips' affine with its centre-sampling displacement lands on o*step - 0.5; +2 = its border
            double pos = o * step - 0.5 + 2;
            int ix = (int) pos;
            int sx = (int) (pos * TRANSFORM_SCALE * 2);
            coeff[o] = table[((sx & (TRANSFORM_SCALE * 2 - 1)) + 1) >> 1];
            start[o] = ix - 2 - 1;
        }
    }

    private static double[] catmull(double x) {
        double cr1 = 1. - x;
        double cr2 = -.5 * x;
        double cr3 = cr1 * cr2;
        double cone = cr1 * cr3;
        double cfou = x * cr3;
        double cr4 = cfou - cone;
        double ctwo = cr1 - cone + cr4;
        double cthr = x - cfou - cr4;
        return new double[] {cone, ctwo, cthr, cfou};
    }

    private static int round(int fixed) {
        return (fixed + (INTERPOLATE_SCALE >> 1)) >> INTERPOLATE_SHIFT;
    }

    private static int clip8(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    private static int clamp(int i, int max) {
        return i < 0 ? 0 : Math.min(i, max);
    }
}
