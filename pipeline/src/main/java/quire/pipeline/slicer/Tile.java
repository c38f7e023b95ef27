package quire.pipeline.slicer;

import java.awt.image.BufferedImage;
import quire.ocr.text.BBox;

/**
 * One encoder input: a tile of the grid or the global view.
 *
 * @param row   tile row from 0 (top), -1 for the global view
 * @param col   tile column from 0 (left), -1 for the global view
 * @param image tileSize × tileSize RGB pixels
 * @param box   the part of the page this tile shows, in page coordinates (cli.md)
 */
public record Tile(int row, int col, BufferedImage image, BBox box) {

    public boolean isGlobal() {
        return row < 0;
    }

    /** The Idefics3 prompt tag: {@code <row_1_col_1>} for the top-left tile, {@code <global-img>} for the global view. */
    public String promptTag() {
        return isGlobal() ? "<global-img>" : "<row_" + (row + 1) + "_col_" + (col + 1) + ">";
    }
}
