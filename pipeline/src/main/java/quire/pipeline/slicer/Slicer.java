package quire.pipeline.slicer;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import quire.ocr.text.BBox;

/**
 * LLaVA-UHD slicing for Idefics3-family encoders: choose the grid ({@link GridChooser}), resize the region so the
 * grid is exact (cols·tile × rows·tile), cut row-major tiles, and add the region at tile size as the global view.
 * Every tile keeps the page-coordinate box it shows, so answers can be highlighted on the page.
 */
public final class Slicer {

    private final SlicerConfig config;

    public Slicer(SlicerConfig config) {
        this.config = config;
    }

    public Slicer() {
        this(SlicerConfig.DEFAULT);
    }

    /**
     * @param region    the rendered page region
     * @param regionBox where the region lies on the page (page coordinates); tile boxes split it evenly
     */
    public Slicing slice(BufferedImage region, BBox regionBox) {
        return slice(region, regionBox, GridChooser.choose(region.getWidth(), region.getHeight(), config));
    }

    /**
     * Slices on a grid chosen elsewhere (a plan's grid, which may have been chosen for fewer pixels than the region
     * was rendered with, or be the default processor's).
     */
    public Slicing slice(BufferedImage region, BBox regionBox, SliceGrid grid) {
        int t = config.tileSize();
        Tile global = new Tile(-1, -1, ImageResize.to(region, t, t), regionBox);
        if (grid.isSingle()) {
            return new Slicing(grid, List.of(), global);
        }
        BufferedImage resized = ImageResize.to(region, grid.cols() * t, grid.rows() * t);
        double cellW = regionBox.width() / grid.cols();
        double cellH = regionBox.height() / grid.rows();
        List<Tile> tiles = new ArrayList<>(grid.tiles());
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("slicing interrupted");
                }
                BufferedImage tile = copyOf(resized, c * t, r * t, t);
                // the last row/column ends exactly on the region's edge (no accumulated rounding)
                double x0 = regionBox.x0() + c * cellW;
                double y0 = regionBox.y0() + r * cellH;
                double x1 = c == grid.cols() - 1 ? regionBox.x1() : regionBox.x0() + (c + 1) * cellW;
                double y1 = r == grid.rows() - 1 ? regionBox.y1() : regionBox.y0() + (r + 1) * cellH;
                tiles.add(new Tile(r, c, tile, new BBox(x0, y0, x1, y1)));
            }
        }
        return new Slicing(grid, tiles, global);
    }

    /** Its own pixels, not a sub-image sharing the parent's raster: tiles are handed to other threads. */
    private static BufferedImage copyOf(BufferedImage src, int x, int y, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, size, size, src.getRGB(x, y, size, size, null, 0, size), 0, size);
        return out;
    }
}
