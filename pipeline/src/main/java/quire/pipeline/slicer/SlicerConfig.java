package quire.pipeline.slicer;

/**
 * Limits of the LLaVA-UHD slicer.
 *
 * @param tileSize encoder input side in pixels (512 for Idefics3/SmolVLM/granite-docling)
 * @param maxTiles tile budget (not counting the global view)
 * @param maxRows  most rows the model has {@code <row_r_col_c>} tokens for (4 for granite-docling)
 * @param maxCols  most columns the model has tokens for
 */
public record SlicerConfig(int tileSize, int maxTiles, int maxRows, int maxCols) {

    /** 512 px tiles, at most 4×4 = 16 tiles: what granite-docling's row/col tokens allow. */
    public static final SlicerConfig DEFAULT = new SlicerConfig(512, 16, 4, 4);

    public SlicerConfig {
        if (tileSize < 1 || maxTiles < 1 || maxRows < 1 || maxCols < 1) {
            throw new IllegalArgumentException("slicer limits must be positive: " + tileSize + ", " + maxTiles
                    + ", " + maxRows + ", " + maxCols);
        }
    }

    /** The budget actually reachable: the tile budget and the row × column limit. */
    public int budget() {
        return Math.min(maxTiles, maxRows * maxCols);
    }
}
