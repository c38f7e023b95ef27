package quire.pipeline.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an encoder output token came from: input tokens are tiles × tokensPerTile, tiles in encoder order, tokens
 * row-major within a tile on a square grid (Idefics3: 64 per tile = 8×8, each covering 64×64 pixels of the tile).
 */
public record PatchLayout(int tokensPerTile, int gridSide) {

    /** Idefics3/SmolVLM/granite-docling: 64 tokens per 512 px tile, 8 × 8. */
    public static final PatchLayout IDEFICS3 = new PatchLayout(64, 8);

    public PatchLayout {
        if (tokensPerTile < 1 || gridSide < 1 || gridSide * gridSide != tokensPerTile) {
            throw new IllegalArgumentException("tokensPerTile must be gridSide²: " + tokensPerTile + ", " + gridSide);
        }
    }

    public Patch patch(int inputIndex) {
        int tile = inputIndex / tokensPerTile;
        int pos = inputIndex % tokensPerTile;
        return new Patch(tile, pos / gridSide, pos % gridSide);
    }

    /** The patches a merged token covers, from its {@link TokenSet#members()} entry. */
    public List<Patch> patches(int[] members) {
        List<Patch> out = new ArrayList<>(members.length);
        for (int m : members) {
            out.add(patch(m));
        }
        return out;
    }

    /** A patch position: tile index in encoder order, row and column within the tile's token grid. */
    public record Patch(int tile, int row, int col) {
    }
}
