package quire.pipeline.slicer;

/** A grid of {@code rows × cols} tiles; 1×1 means the image goes to the encoder whole, as a single view. */
public record SliceGrid(int rows, int cols) {

    public SliceGrid {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("grid must be at least 1x1: " + rows + "x" + cols);
        }
    }

    public int tiles() {
        return rows * cols;
    }

    public boolean isSingle() {
        return rows == 1 && cols == 1;
    }

    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}
