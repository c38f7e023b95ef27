package quire.models.mllm;

import java.util.Arrays;

/**
 * Projected image features for one image: rows of {@code hidden} floats, tiles row-major then the global image.
 *
 * @param data          {@code sum(tokensPerTile) × hidden} floats
 * @param tokensPerTile feature rows of each tile
 * @param rows          grid rows (0 = single image)
 * @param cols          grid columns (0 = single image)
 */
public record ImageFeatures(float[] data, int[] tokensPerTile, int hidden, int rows, int cols) {

    public ImageFeatures {
        if ((long) tokenCount(tokensPerTile) * hidden != data.length) {
            throw new IllegalArgumentException("feature buffer of " + data.length + " floats does not hold "
                    + tokenCount(tokensPerTile) + " rows of " + hidden);
        }
    }

    public int tokens() {
        return tokenCount(tokensPerTile);
    }

    private static int tokenCount(int[] counts) {
        return Arrays.stream(counts).sum();
    }
}
