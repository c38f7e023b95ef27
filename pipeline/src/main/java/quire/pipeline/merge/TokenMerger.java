package quire.pipeline.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ToMe bipartite soft matching as TinyChart uses it (algorithms.md), on encoder output tokens: split the tokens
 * alternately into A (even positions) and B (odd positions), let each A propose its most cosine-similar B, keep the
 * r most similar proposals and merge those A tokens into their B partners by size-weighted average (sizes add,
 * provenance is united). Survivors keep their relative order. Deterministic: ties in the proposal go to the lowest
 * B position, ties among proposals to the lowest A position, and sums run in position order.
 */
public final class TokenMerger {

    private TokenMerger() {
    }

    /**
     * Removes {@code round(count × ratio)} tokens in steps of at most half the current tokens each.
     *
     * @param ratio total reduction in [0, 1): 0 returns the input unchanged, 0.5 halves the tokens
     */
    public static TokenSet merge(TokenSet tokens, double ratio) {
        if (!(ratio >= 0 && ratio < 1)) {
            throw new IllegalArgumentException("merge ratio must be in [0, 1): " + ratio);
        }
        int toRemove = (int) Math.round(tokens.count() * ratio);
        TokenSet cur = tokens;
        for (int r : schedule(tokens.count(), toRemove)) {
            cur = step(cur, r);
        }
        return cur;
    }

    /**
     * Merges inside consecutive groups of {@code groupSize} tokens only (e.g. 64 per Idefics3 tile), so every output
     * token stays within one tile and each tile keeps its own share of tokens; groups are concatenated in order.
     */
    public static TokenSet mergeWithinGroups(TokenSet tokens, int groupSize, double ratio) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("group size must be positive: " + groupSize);
        }
        int dim = tokens.dim();
        List<TokenSet> parts = new ArrayList<>();
        int total = 0;
        for (int start = 0; start < tokens.count(); start += groupSize) {
            int end = Math.min(tokens.count(), start + groupSize);
            TokenSet group = new TokenSet(Arrays.copyOfRange(tokens.features(), start * dim, end * dim), end - start,
                    dim, Arrays.copyOfRange(tokens.sizes(), start, end),
                    Arrays.copyOfRange(tokens.members(), start, end));
            TokenSet merged = merge(group, ratio);
            parts.add(merged);
            total += merged.count();
        }
        float[] features = new float[total * dim];
        int[] sizes = new int[total];
        int[][] members = new int[total][];
        int o = 0;
        for (TokenSet part : parts) {
            System.arraycopy(part.features(), 0, features, o * dim, part.count() * dim);
            System.arraycopy(part.sizes(), 0, sizes, o, part.count());
            System.arraycopy(part.members(), 0, members, o, part.count());
            o += part.count();
        }
        return new TokenSet(features, total, dim, sizes, members);
    }

    /** The per-step r values that remove {@code toRemove} of {@code count} tokens, each at most half of the rest. */
    public static int[] schedule(int count, int toRemove) {
        int[] steps = new int[64];
        int n = 0;
        int left = Math.min(toRemove, Math.max(0, count - 1));
        int cur = count;
        while (left > 0) {
            int r = Math.min(left, cur / 2);
            if (n == steps.length) {
                steps = Arrays.copyOf(steps, n * 2);
            }
            steps[n++] = r;
            cur -= r;
            left -= r;
        }
        return Arrays.copyOf(steps, n);
    }

    /** One bipartite matching step removing exactly {@code r} tokens; r must be in [0, count / 2]. */
    public static TokenSet step(TokenSet tokens, int r) {
        int n = tokens.count();
        int dim = tokens.dim();
        if (r < 0 || r > n / 2) {
            throw new IllegalArgumentException("a step removes between 0 and " + (n / 2) + " tokens, not " + r);
        }
        if (r == 0) {
            return tokens;
        }
        int na = (n + 1) / 2;
        int nb = n / 2;
        float[] x = tokens.features();
        float[] an = new float[na * dim];
        float[][] bt = new float[dim][nb];
        for (int t = 0; t < n; t++) {
            float inv = inverseNorm(x, t * dim, dim);
            if ((t & 1) == 0) {
                int dst = (t >> 1) * dim;
                for (int k = 0; k < dim; k++) {
                    an[dst + k] = x[t * dim + k] * inv;
                }
            } else {
                int col = t >> 1;
                for (int k = 0; k < dim; k++) {
                    bt[k][col] = x[t * dim + k] * inv;
                }
            }
        }
        int[] partner = new int[na];
        float[] similarity = new float[na];
        BestMatch.compute(an, na, bt, nb, dim, partner, similarity);
        boolean[] merged = strongest(similarity, r);
        return apply(tokens, partner, merged, n - r);
    }

    /** Marks the r A tokens with the highest similarity (ties: lower A index first). */
    private static boolean[] strongest(float[] similarity, int r) {
        int na = similarity.length;
        long[] keys = new long[na];
        for (int i = 0; i < na; i++) {
            // descending similarity, then ascending index, as one ascending long sort
            keys[i] = ((long) ~sortable(similarity[i]) << 32) | i;
        }
        Arrays.sort(keys);
        boolean[] merged = new boolean[na];
        for (int k = 0; k < r; k++) {
            merged[(int) keys[k]] = true;
        }
        return merged;
    }

    /** Float bits mapped to a signed int that orders like the floats (NaN last). */
    private static int sortable(float f) {
        int bits = Float.floatToIntBits(f);
        return bits >= 0 ? bits : bits ^ 0x7fffffff;
    }

    private static TokenSet apply(TokenSet tokens, int[] partner, boolean[] merged, int outCount) {
        int n = tokens.count();
        int dim = tokens.dim();
        int nb = n / 2;
        float[] x = tokens.features();
        int[] sizes = tokens.sizes();
        // size-weighted sums for B tokens, started with their own features
        float[] sumB = new float[nb * dim];
        int[] sizeB = new int[nb];
        int[] memberCount = new int[nb];
        for (int j = 0; j < nb; j++) {
            int t = 2 * j + 1;
            float s = sizes[t];
            for (int k = 0; k < dim; k++) {
                sumB[j * dim + k] = s * x[t * dim + k];
            }
            sizeB[j] = sizes[t];
            memberCount[j] = tokens.members()[t].length;
        }
        for (int i = 0; i < merged.length; i++) {
            if (merged[i]) {
                int t = 2 * i;
                int j = partner[i];
                float s = sizes[t];
                for (int k = 0; k < dim; k++) {
                    sumB[j * dim + k] += s * x[t * dim + k];
                }
                sizeB[j] += sizes[t];
                memberCount[j] += tokens.members()[t].length;
            }
        }
        int[][] membersB = unitedMembers(tokens, partner, merged, memberCount);
        float[] out = new float[outCount * dim];
        int[] outSizes = new int[outCount];
        int[][] outMembers = new int[outCount][];
        int o = 0;
        for (int t = 0; t < n; t++) {
            if ((t & 1) == 0) {
                if (merged[t >> 1]) {
                    continue;
                }
                System.arraycopy(x, t * dim, out, o * dim, dim);
                outSizes[o] = sizes[t];
                outMembers[o] = tokens.members()[t];
            } else {
                int j = t >> 1;
                float inv = 1f / sizeB[j];
                for (int k = 0; k < dim; k++) {
                    out[o * dim + k] = sumB[j * dim + k] * inv;
                }
                outSizes[o] = sizeB[j];
                outMembers[o] = membersB[j];
            }
            o++;
        }
        return new TokenSet(out, outCount, dim, outSizes, outMembers);
    }

    private static int[][] unitedMembers(TokenSet tokens, int[] partner, boolean[] merged, int[] memberCount) {
        int nb = memberCount.length;
        int[][] members = new int[nb][];
        int[] fill = new int[nb];
        for (int j = 0; j < nb; j++) {
            int[] own = tokens.members()[2 * j + 1];
            if (memberCount[j] == own.length) {
                members[j] = own; // nothing merged into it: share the unchanged array
                fill[j] = -1;
            } else {
                members[j] = Arrays.copyOf(own, memberCount[j]);
                fill[j] = own.length;
            }
        }
        for (int i = 0; i < merged.length; i++) {
            if (merged[i]) {
                int j = partner[i];
                int[] add = tokens.members()[2 * i];
                System.arraycopy(add, 0, members[j], fill[j], add.length);
                fill[j] += add.length;
            }
        }
        for (int j = 0; j < nb; j++) {
            if (fill[j] >= 0) {
                Arrays.sort(members[j]);
            }
        }
        return members;
    }

    private static float inverseNorm(float[] x, int off, int dim) {
        double sum = 0;
        for (int k = 0; k < dim; k++) {
            float v = x[off + k];
            sum += v * v;
        }
        return sum > 0 ? (float) (1 / Math.sqrt(sum)) : 0f;
    }
}
