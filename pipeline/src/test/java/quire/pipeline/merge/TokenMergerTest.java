package quire.pipeline.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenMergerTest {

    private static float[] randomFeatures(Random rnd, int n, int dim) {
        float[] f = new float[n * dim];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) rnd.nextGaussian();
        }
        return f;
    }

    @Test
    void ratioZeroIsIdentity() {
        float[] f = randomFeatures(new Random(1), 10, 3);
        TokenSet in = TokenSet.of(f, 3);
        TokenSet out = TokenMerger.merge(in, 0);
        assertThat(out.count()).isEqualTo(10);
        assertThat(out.features()).containsExactly(f);
        assertThat(out.sizes()).containsOnly(1);
        for (int i = 0; i < 10; i++) {
            assertThat(out.members()[i]).containsExactly(i);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # count, toRemove, steps (each at most half of what is left)
            1088, 544, 544
            1088, 816, 544 272
            100,  90,  50 25 12 3
            10,   0,   ''
            1,    1,   ''
            3,    5,   1 1
            """)
    void scheduleSplitsIntoStepsOfAtMostHalf(int count, int toRemove, String steps) {
        int[] expected = steps == null || steps.isBlank() ? new int[0]
                : Arrays.stream(steps.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(TokenMerger.schedule(count, toRemove)).containsExactly(expected);
    }

    @Test
    void propertiesHoldOnRandomFeatures() {
        Random rnd = new Random(2024);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(200);
            int dim = 1 + rnd.nextInt(24);
            float[] f = randomFeatures(rnd, n, dim);
            TokenSet in = TokenSet.of(f, dim);
            double ratio = rnd.nextDouble() * 0.95;
            TokenSet out = TokenMerger.merge(in, ratio);
            int expectedCount = n - Math.min((int) Math.round(n * ratio), n - 1);
            assertThat(out.count()).as("trial %d", trial).isEqualTo(expectedCount);
            assertThat(out.inputCount()).isEqualTo(n);
            assertPartition(out, n);
            assertFeaturesAreMemberMeans(out, f, dim);
            // deterministic
            TokenSet again = TokenMerger.merge(TokenSet.of(f.clone(), dim), ratio);
            assertThat(again.features()).containsExactly(out.features());
            assertThat(again.members()).isDeepEqualTo(out.members());
        }
    }

    @Test
    void eachStepRemovesExactlyR() {
        Random rnd = new Random(77);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rnd.nextInt(150);
            int dim = 1 + rnd.nextInt(16);
            TokenSet in = TokenSet.of(randomFeatures(rnd, n, dim), dim);
            int r = rnd.nextInt(n / 2 + 1);
            TokenSet out = TokenMerger.step(in, r);
            assertThat(out.count()).isEqualTo(n - r);
            // exactly r A tokens disappeared; every B token survives
            long survivingA = Arrays.stream(out.members()).flatMapToInt(Arrays::stream)
                    .filter(i -> i % 2 == 0).count();
            assertThat(survivingA).isEqualTo((n + 1) / 2); // as members, all A are still covered
            assertPartition(out, n);
        }
    }

    @Test
    void moreThanHalfInOneStepIsRejected() {
        TokenSet in = TokenSet.of(randomFeatures(new Random(3), 9, 2), 2);
        assertThatThrownBy(() -> TokenMerger.step(in, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenMerger.merge(in, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identicalTokensMergeFirst() {
        Random rnd = new Random(99);
        for (int trial = 0; trial < 100; trial++) {
            int n = 20 + rnd.nextInt(100);
            int dim = 8 + rnd.nextInt(32);
            float[] f = randomFeatures(rnd, n, dim);
            int pairs = 1 + rnd.nextInt(5);
            int[][] planted = new int[pairs][];
            boolean[] used = new boolean[n];
            for (int p = 0; p < pairs; p++) {
                int a;
                int b;
                do {
                    a = 2 * rnd.nextInt((n + 1) / 2);
                    b = 2 * rnd.nextInt(n / 2) + 1;
                } while (used[a] || used[b]);
                used[a] = true;
                used[b] = true;
                // B is A scaled: cosine exactly 1
                float scale = 0.5f + rnd.nextFloat() * 2;
                for (int k = 0; k < dim; k++) {
                    f[b * dim + k] = f[a * dim + k] * scale;
                }
                planted[p] = new int[] {Math.min(a, b), Math.max(a, b)}; // members are sorted
            }
            TokenSet out = TokenMerger.step(TokenSet.of(f, dim), pairs);
            for (int[] pair : planted) {
                assertThat(Arrays.stream(out.members()).anyMatch(m -> Arrays.equals(m, pair)))
                        .as("trial %d: pair %s merged", trial, Arrays.toString(pair)).isTrue();
            }
        }
    }

    @Test
    void mergedFeatureIsTheSizeWeightedAverage() {
        // tokens 0 (A) and 1 (B) point the same way: they merge; then token {0,1} (size 2) merges with token 2
        float[] f = {
            1, 0,   // 0 A
            3, 0,   // 1 B  (cos with 0 = 1)
            0, 1,   // 2 A
            0, -1,  // 3 B
        };
        TokenSet one = TokenMerger.step(TokenSet.of(f, 2), 1);
        assertThat(one.count()).isEqualTo(3);
        assertThat(one.members()[0]).containsExactly(0, 1);
        assertThat(one.sizes()[0]).isEqualTo(2);
        assertThat(one.feature(0)).containsExactly(2f, 0f); // (1·1 + 1·3) / 2
        // now A = {0,1} (size 2) and {3}; B = {2}. Cos({2,0},{0,1}) = 0, cos({0,-1},{0,1}) = -1: {0,1} wins
        TokenSet two = TokenMerger.step(one, 1);
        assertThat(two.members()[0]).containsExactly(0, 1, 2);
        assertThat(two.sizes()[0]).isEqualTo(3);
        assertThat(two.feature(0)[0]).isEqualTo(4f / 3);  // (2·2 + 1·0) / 3
        assertThat(two.feature(0)[1]).isEqualTo(1f / 3);  // (2·0 + 1·1) / 3
    }

    @Test
    void mergingWithinTilesKeepsEveryTokenInsideItsTile() {
        Random rnd = new Random(64);
        float[] f = randomFeatures(rnd, 17 * 64, 12);
        TokenSet out = TokenMerger.mergeWithinGroups(TokenSet.of(f, 12), 64, 0.5);
        assertThat(out.count()).isEqualTo(17 * 32);
        assertPartition(out, 17 * 64);
        assertFeaturesAreMemberMeans(out, f, 12);
        for (int t = 0; t < out.count(); t++) {
            int[] m = out.members()[t];
            int tile = PatchLayout.IDEFICS3.patch(m[0]).tile();
            assertThat(t / 32).isEqualTo(tile); // 32 survivors per tile, tiles in order
            for (int i : m) {
                assertThat(PatchLayout.IDEFICS3.patch(i).tile()).isEqualTo(tile);
            }
        }
    }

    @Test
    void patchLayoutMapsInputIndicesToTilesAndPositions() {
        assertThat(PatchLayout.IDEFICS3.patch(0)).isEqualTo(new PatchLayout.Patch(0, 0, 0));
        assertThat(PatchLayout.IDEFICS3.patch(1087)).isEqualTo(new PatchLayout.Patch(16, 7, 7));
        assertThat(PatchLayout.IDEFICS3.patch(64 * 3 + 8 * 2 + 5)).isEqualTo(new PatchLayout.Patch(3, 2, 5));
        assertThat(PatchLayout.IDEFICS3.patches(new int[] {1, 72})).containsExactly(new PatchLayout.Patch(0, 0, 1),
                new PatchLayout.Patch(1, 1, 0));
    }

    private static void assertPartition(TokenSet out, int n) {
        boolean[] seen = new boolean[n];
        for (int t = 0; t < out.count(); t++) {
            int[] m = out.members()[t];
            assertThat(m.length).isEqualTo(out.sizes()[t]);
            for (int i = 0; i < m.length; i++) {
                assertThat(seen[m[i]]).as("input %d covered twice", m[i]).isFalse();
                seen[m[i]] = true;
                if (i > 0) {
                    assertThat(m[i]).isGreaterThan(m[i - 1]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(seen[i]).as("input %d not covered", i).isTrue();
        }
    }

    /** Size-weighted averages of averages are plain means of the inputs covered. */
    private static void assertFeaturesAreMemberMeans(TokenSet out, float[] input, int dim) {
        for (int t = 0; t < out.count(); t++) {
            int[] m = out.members()[t];
            for (int k = 0; k < dim; k++) {
                double mean = 0;
                for (int i : m) {
                    mean += input[i * dim + k];
                }
                mean /= m.length;
                double got = out.features()[t * dim + k];
                if (Math.abs(got - mean) > 1e-4 * (1 + Math.abs(mean))) { // plain check: AssertJ per float is slow
                    org.assertj.core.api.Assertions.fail("token %d dim %d: %f, mean of members %f", t, k, got, mean);
                }
            }
        }
    }
}
