package quire.models.mllm.image;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Idefics3 image processor (SmolVLM, granite-docling), matching transformers.js: stage 1 resizes the 8-bit
 * image so its longest edge is {@code longestEdge} (Lanczos-3, as sharp does), rescales and normalises; stage 2
 * resizes the float image bilinearly (half-pixel, no antialias) so both sides are multiples of the tile size; then
 * it is cut into row-major tiles plus a global image resized to one tile.
 */
public final class Idefics3ImageProcessor {

    private final ImageProcessorConfig config;

    public Idefics3ImageProcessor(ImageProcessorConfig config) {
        this.config = config;
    }

    public ImageProcessorConfig config() {
        return config;
    }

    public ProcessedImage process(RgbImage image) {
        int[] s1 = stage1Size(image.width(), image.height(), config.longestEdge());
        RgbImage resized = LibvipsResize.resize(image, s1[0], s1[1]);
        float[] chw = normalise(resized);
        int tile = config.tileSize();
        int w = resized.width();
        int h = resized.height();
        if (!config.doSplitting()) {
            return new ProcessedImage(Bilinear.resize(chw, 3, h, w, tile, tile), 1, tile, 0, 0);
        }
        int[] s2 = stage2Size(w, h, tile);
        float[] big = Bilinear.resize(chw, 3, h, w, s2[1], s2[0]);
        return split(big, s2[0], s2[1], tile);
    }

    /**
     * Pre-cut tiles instead of the processor's own split (e.g. a slicer that picked page regions): {@code rows ×
     * cols} tiles row-major and a global image, each resized to the tile size if needed (bilinear, as stage 2) and
     * normalised. {@code rows = cols = 0} with no tiles means the global image alone.
     */
    public ProcessedImage fromTiles(List<RgbImage> tiles, int rows, int cols, RgbImage global) {
        if (tiles.size() != rows * cols) {
            throw new IllegalArgumentException(rows + "×" + cols + " grid needs " + rows * cols + " tiles, not "
                    + tiles.size());
        }
        int tile = config.tileSize();
        List<float[]> all = new ArrayList<>(tiles.size() + 1);
        for (RgbImage t : tiles) {
            all.add(Bilinear.resize(normalise(t), 3, t.height(), t.width(), tile, tile));
        }
        all.add(Bilinear.resize(normalise(global), 3, global.height(), global.width(), tile, tile));
        return ProcessedImage.fromTiles(all, rows, cols, tile);
    }

    /** Stage-1 target {width, height}: longest edge exactly {@code longest}, as transformers.js rounds it. */
    public static int[] stage1Size(int width, int height, int longest) {
        double factor = Math.min((double) longest / width, (double) longest / height);
        return new int[] {toFixed2Floor(width * factor), toFixed2Floor(height * factor)};
    }

    /** Stage-2 target {width, height}: both sides rounded up to multiples of {@code tile}, aspect kept. */
    public static int[] stage2Size(int width, int height, int tile) {
        double aspect = (double) width / height;
        int w;
        int h;
        if (width >= height) {
            w = (int) Math.ceil((double) width / tile) * tile;
            h = (int) Math.floor(w / aspect);
            h = (int) Math.ceil((double) h / tile) * tile;
        } else {
            h = (int) Math.ceil((double) height / tile) * tile;
            w = (int) Math.floor(h * aspect);
            w = (int) Math.ceil((double) w / tile) * tile;
        }
        return new int[] {w, h};
    }

    // JavaScript's Math.floor(Number(x.toFixed(2))): round half up on the exact binary value, then floor
    private static int toFixed2Floor(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_UP).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    private float[] normalise(RgbImage img) {
        int plane = img.width() * img.height();
        float[] out = new float[3 * plane];
        byte[] rgb = img.rgb();
        float[] lut = new float[3 * 256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                float scaled = (float) (config.rescaleFactor() * v);
                lut[c * 256 + v] = (float) ((scaled - (double) config.mean()[c]) / config.std()[c]);
            }
        }
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                out[c * plane + i] = lut[c * 256 + (rgb[i * 3 + c] & 0xff)];
            }
        }
        return out;
    }

    private static ProcessedImage split(float[] big, int w, int h, int tile) {
        if (w <= tile && h <= tile) {
            return new ProcessedImage(big, 1, tile, 0, 0);
        }
        int rows = (int) Math.ceil((double) h / tile);
        int cols = (int) Math.ceil((double) w / tile);
        List<float[]> tiles = new ArrayList<>(rows * cols + 1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                tiles.add(crop(big, w, h, c * tile, r * tile, tile));
            }
        }
        tiles.add(Bilinear.resize(big, 3, h, w, tile, tile));
        return ProcessedImage.fromTiles(tiles, rows, cols, tile);
    }

    private static float[] crop(float[] src, int w, int h, int x0, int y0, int tile) {
        float[] out = new float[3 * tile * tile];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < tile; y++) {
                System.arraycopy(src, c * w * h + (y0 + y) * w + x0, out, (c * tile + y) * tile, tile);
            }
        }
        return out;
    }
}
