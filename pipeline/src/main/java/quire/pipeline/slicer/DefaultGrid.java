package quire.pipeline.slicer;

/**
 * The grid the Idefics3/SmolVLM image processor makes by default (mllm-runtime.md), as a pure function of the image
 * size: stage 1 scales the longest edge to exactly {@code longestEdge} (odd short sides rounded up to even, as
 * transformers does), stage 2 rounds the long side up to a multiple of the tile and the short side, scaled by the
 * stage-1 aspect and truncated, up to a multiple too. Larger than one tile on either side → rows × cols tiles plus a
 * global view; otherwise a single image (rows = cols = 0).
 *
 * @param stage1Width  width after stage 1
 * @param stage1Height height after stage 1
 * @param width        width after stage 2 (a multiple of the tile size)
 * @param height       height after stage 2
 * @param rows         tile rows, 0 for a single image
 * @param cols         tile columns, 0 for a single image
 */
public record DefaultGrid(int stage1Width, int stage1Height, int width, int height, int rows, int cols) {

    /** The SmolVLM / granite-docling defaults: longest edge 2048, tile 512. */
    public static DefaultGrid of(int imageWidth, int imageHeight) {
        return of(imageWidth, imageHeight, 2048, 512);
    }

    public static DefaultGrid of(int imageWidth, int imageHeight, int longestEdge, int tileSize) {
        if (imageWidth < 1 || imageHeight < 1) {
            throw new IllegalArgumentException("image must be at least 1x1 pixels: " + imageWidth + "x" + imageHeight);
        }
        double aspect = (double) imageWidth / imageHeight;
        int w1;
        int h1;
        if (imageWidth >= imageHeight) {
            w1 = longestEdge;
            h1 = evenUp((int) (w1 / aspect));
        } else {
            h1 = longestEdge;
            w1 = evenUp((int) (h1 * aspect));
        }
        w1 = Math.max(w1, 1);
        h1 = Math.max(h1, 1);
        double aspect1 = (double) w1 / h1;
        int w2;
        int h2;
        if (w1 >= h1) {
            w2 = ceilTo(w1, tileSize);
            h2 = ceilTo((int) (w2 / aspect1), tileSize);
        } else {
            h2 = ceilTo(h1, tileSize);
            w2 = ceilTo((int) (h2 * aspect1), tileSize);
        }
        if (w2 > tileSize || h2 > tileSize) {
            return new DefaultGrid(w1, h1, w2, h2, h2 / tileSize, w2 / tileSize);
        }
        return new DefaultGrid(w1, h1, w2, h2, 0, 0);
    }

    /** Tiles sent to the vision encoder: rows × cols plus the global view, or 1 for a single image. */
    public int encoderImages() {
        return rows == 0 ? 1 : rows * cols + 1;
    }

    /** Image tokens in the prompt: {@code imageSeqLen} (64) per encoder image. */
    public int imageTokens(int imageSeqLen) {
        return encoderImages() * imageSeqLen;
    }

    /** All prompt tokens this image expands to, see {@link PromptTokens#count}. */
    public int promptTokens(int imageSeqLen) {
        return PromptTokens.count(rows, cols, imageSeqLen);
    }

    private static int evenUp(int v) {
        return v % 2 != 0 ? v + 1 : v;
    }

    private static int ceilTo(int v, int multiple) {
        return Math.max(1, (int) Math.ceil((double) v / multiple)) * multiple;
    }
}
