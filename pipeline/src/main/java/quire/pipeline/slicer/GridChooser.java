package quire.pipeline.slicer;

/**
 * LLaVA-UHD's grid choice (algorithms.md): the ideal slice count N = ceil(W·H / tile²) capped by the budget;
 * N = 1 (the image has no more pixels than one tile) is not sliced at all, as in the LLaVA-UHD and MiniCPM-V
 * reference code: cutting it would pay for tiles and a global view to show pixels one tile already holds;
 * otherwise candidate grids with m·n in {N−1, N, N+1} (only {N, N+1} for N = 2), never beyond the budget or the row/column
 * limits; score −|log((W/m)/(H/n))| (square tiles, so log(Wv/Hv) = 0). Ties: the product nearer N, then fewer tiles,
 * then more columns than rows. When no candidate fits the limits, every grid within them competes instead.
 */
public final class GridChooser {

    private static final double EPS = 1e-12;

    private GridChooser() {
    }

    /** The ideal slice count before candidates are formed: ceil(W·H / tile²), at least 1, at most the budget. */
    public static int idealCount(int width, int height, SlicerConfig config) {
        double tileArea = (double) config.tileSize() * config.tileSize();
        int n = (int) Math.ceil((double) width * height / tileArea);
        return Math.max(1, Math.min(n, config.budget()));
    }

    public static SliceGrid choose(int width, int height, SlicerConfig config) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1 pixels: " + width + "x" + height);
        }
        int n = idealCount(width, height, config);
        if (n == 1) {
            return new SliceGrid(1, 1);
        }
        int lo = n <= 2 ? n : n - 1;
        SliceGrid best = bestAmong(width, height, config, n, lo, n + 1);
        if (best == null) {
            best = bestAmong(width, height, config, n, 1, config.budget());
        }
        return best;
    }

    /** Slice aspect error |log((W/cols)/(H/rows))|: 0 for square slices. */
    public static double aspectError(int width, int height, int rows, int cols) {
        return Math.abs(Math.log(((double) width / cols) / ((double) height / rows)));
    }

    private static SliceGrid bestAmong(int width, int height, SlicerConfig config, int ideal, int minProduct,
                                       int maxProduct) {
        SliceGrid best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (int product = minProduct; product <= Math.min(maxProduct, config.budget()); product++) {
            for (int cols = 1; cols <= Math.min(product, config.maxCols()); cols++) {
                if (product % cols != 0 || product / cols > config.maxRows()) {
                    continue;
                }
                int rows = product / cols;
                double error = aspectError(width, height, rows, cols);
                if (best == null || error < bestError - EPS
                        || (Math.abs(error - bestError) <= EPS && tieBreaksBetter(rows, cols, best, ideal))) {
                    best = new SliceGrid(rows, cols);
                    bestError = error;
                }
            }
        }
        return best;
    }

    private static boolean tieBreaksBetter(int rows, int cols, SliceGrid current, int ideal) {
        int distance = Math.abs(rows * cols - ideal);
        int currentDistance = Math.abs(current.tiles() - ideal);
        if (distance != currentDistance) {
            return distance < currentDistance;
        }
        if (rows * cols != current.tiles()) {
            return rows * cols < current.tiles();
        }
        return cols > current.cols();
    }
}
