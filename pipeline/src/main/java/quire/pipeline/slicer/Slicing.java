package quire.pipeline.slicer;

import java.util.List;
import java.util.stream.Stream;

/**
 * The slicer's output for one region.
 *
 * @param grid   the chosen grid; 1×1 means no tiles, only the global view (the whole region at tile size)
 * @param tiles  row-major tiles, empty for a 1×1 grid
 * @param global the low-resolution view of the whole region, always present and last in the prompt
 */
public record Slicing(SliceGrid grid, List<Tile> tiles, Tile global) {

    public Slicing {
        tiles = List.copyOf(tiles);
    }

    /** Tiles then the global view: the order the encoder receives them and the prompt lists them. */
    public List<Tile> encoderOrder() {
        return Stream.concat(tiles.stream(), Stream.of(global)).toList();
    }

    /** LM tokens of this slicing in the Idefics3 prompt layout (a 1×1 grid is laid out as rows = cols = 0). */
    public int promptTokens(int imageSeqLen) {
        return grid.isSingle() ? PromptTokens.count(0, 0, imageSeqLen)
                : PromptTokens.count(grid.rows(), grid.cols(), imageSeqLen);
    }
}
