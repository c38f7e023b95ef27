package quire.models.mllm.image;

/**
 * The vision encoder's input for one image: {@code tiles} normalised CHW tiles of {@code size × size}, row-major
 * tiles first, then the global image (when {@code rows > 0}). {@code rows = cols = 0} means a single image.
 *
 * @param pixels {@code [tiles, 3, size, size]} float values in [-1, 1]
 */
public record ProcessedImage(float[] pixels, int tiles, int size, int rows, int cols) {

    public ProcessedImage {
        if (pixels.length != (long) tiles * 3 * size * size) {
            throw new IllegalArgumentException("pixel buffer does not hold " + tiles + " tiles of " + size + "²");
        }
        int expected = rows == 0 && cols == 0 ? 1 : rows * cols + 1;
        if (tiles != expected) {
            throw new IllegalArgumentException(rows + "×" + cols + " grid needs " + expected + " tiles, not " + tiles);
        }
    }

    /** Whether this is a grid of tiles plus a global image. */
    public boolean split() {
        return rows > 0;
    }

    /**
     * Pre-cut tiles (e.g. from a slicer that chose regions itself): {@code rows × cols} normalised tiles row-major
     * plus the global image last, each {@code 3 × size × size} CHW.
     */
    public static ProcessedImage fromTiles(java.util.List<float[]> tiles, int rows, int cols, int size) {
        int n = tiles.size();
        float[] all = new float[n * 3 * size * size];
        for (int i = 0; i < n; i++) {
            float[] t = tiles.get(i);
            if (t.length != 3 * size * size) {
                throw new IllegalArgumentException("tile " + i + " is not 3×" + size + "×" + size);
            }
            System.arraycopy(t, 0, all, i * t.length, t.length);
        }
        return new ProcessedImage(all, n, size, rows, cols);
    }
}
