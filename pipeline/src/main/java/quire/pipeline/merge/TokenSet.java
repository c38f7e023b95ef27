package quire.pipeline.merge;

import java.util.Arrays;

/**
 * Visual tokens with their merge bookkeeping. Arrays are owned by the set and must not be changed by callers.
 *
 * @param features {@code count × dim} floats, row-major
 * @param count    number of tokens
 * @param dim      feature size
 * @param sizes    how many input tokens each token stands for (all 1 before merging)
 * @param members  for each token, the sorted indices of the input tokens it covers (its provenance); the
 *                 input index maps to a tile and patch position through {@link PatchLayout}
 */
public record TokenSet(float[] features, int count, int dim, int[] sizes, int[][] members) {

    public TokenSet {
        if (count < 0 || dim < 1 || features.length != count * dim || sizes.length != count
                || members.length != count) {
            throw new IllegalArgumentException("inconsistent token set: count " + count + ", dim " + dim
                    + ", features " + features.length + ", sizes " + sizes.length + ", members " + members.length);
        }
    }

    /** Unmerged input tokens: size 1 each, token i covers input i. */
    public static TokenSet of(float[] features, int dim) {
        if (dim < 1 || features.length % dim != 0) {
            throw new IllegalArgumentException("features length " + features.length + " is not a multiple of " + dim);
        }
        int n = features.length / dim;
        int[] sizes = new int[n];
        Arrays.fill(sizes, 1);
        int[][] members = new int[n][];
        for (int i = 0; i < n; i++) {
            members[i] = new int[] {i};
        }
        return new TokenSet(features, n, dim, sizes, members);
    }

    /** From {@code tokens[i][d]}; every row must have the same length. */
    public static TokenSet of(float[][] tokens) {
        if (tokens.length == 0) {
            throw new IllegalArgumentException("no tokens");
        }
        int dim = tokens[0].length;
        float[] flat = new float[tokens.length * dim];
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length != dim) {
                throw new IllegalArgumentException("token " + i + " has " + tokens[i].length + " dims, not " + dim);
            }
            System.arraycopy(tokens[i], 0, flat, i * dim, dim);
        }
        return of(flat, dim);
    }

    /** A copy of token i's features. */
    public float[] feature(int i) {
        return Arrays.copyOfRange(features, i * dim, (i + 1) * dim);
    }

    /** Σ sizes: the number of input tokens this set stands for. */
    public int inputCount() {
        int total = 0;
        for (int s : sizes) {
            total += s;
        }
        return total;
    }
}
