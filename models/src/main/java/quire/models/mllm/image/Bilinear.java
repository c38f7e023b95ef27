package quire.models.mllm.image;

/**
 * Bilinear resize of a float CHW image with ONNX Runtime's {@code Resize(mode=linear)} semantics: half-pixel
 * centres, no antialiasing, float32 arithmetic. transformers.js runs exactly that op for the Idefics3 stage-2 resize
 * and the global image.
 */
final class Bilinear {

    private Bilinear() {
    }

    /** Resizes {@code src} ({@code channels × h × w}) to {@code outH × outW}. */
    static float[] resize(float[] src, int channels, int h, int w, int outH, int outW) {
        if (h == outH && w == outW) {
            return src;
        }
        int[] x1 = new int[outW];
        int[] x2 = new int[outW];
        float[] dx1 = new float[outW];
        float[] dx2 = new float[outW];
        coords(w, outW, x1, x2, dx1, dx2);
        int[] y1 = new int[outH];
        int[] y2 = new int[outH];
        float[] dy1 = new float[outH];
        float[] dy2 = new float[outH];
        coords(h, outH, y1, y2, dy1, dy2);
        float[] out = new float[channels * outH * outW];
        for (int c = 0; c < channels; c++) {
            int base = c * h * w;
            int obase = c * outH * outW;
            for (int y = 0; y < outH; y++) {
                int r1 = base + y1[y] * w;
                int r2 = base + y2[y] * w;
                float a = dy1[y];
                float b = dy2[y];
                int o = obase + y * outW;
                for (int x = 0; x < outW; x++) {
                    float x11 = src[r1 + x1[x]];
                    float x21 = src[r1 + x2[x]];
                    float x12 = src[r2 + x1[x]];
                    float x22 = src[r2 + x2[x]];
                    out[o + x] = dx2[x] * b * x11 + dx1[x] * b * x21 + dx2[x] * a * x12 + dx1[x] * a * x22;
                }
            }
        }
        return out;
    }

    private static void coords(int in, int out, int[] i1, int[] i2, float[] d1, float[] d2) {
        float scale = (float) out / in;
        for (int o = 0; o < out; o++) {
            float pos = (o + 0.5f) / scale - 0.5f;
            pos = Math.max(0.0f, Math.min(pos, in - 1));
            i1[o] = Math.min((int) pos, in - 1);
            i2[o] = Math.min(i1[o] + 1, in - 1);
            if (i1[o] == i2[o]) {
                d1[o] = 0.5f;
                d2[o] = 0.5f;
            } else {
                d1[o] = Math.abs(pos - i1[o]);
                d2[o] = Math.abs(pos - i2[o]);
            }
        }
    }
}
