package quire.pipeline.merge;

import java.util.Arrays;

/**
 * For every row of A, the most similar column of B by dot product (cosine when both are unit length).
 * A is {@code na × dim} row-major; B is given transposed as {@code dim} arrays of {@code nb} floats, so the inner
 * loop is a multiply-add over one contiguous row of B into contiguous outputs, which the JIT vectorises (one array
 * per row keeps its alignment analysis simple); four A rows share each pass over B. Ties go to the lowest B index.
 */
final class BestMatch {

    private BestMatch() {
    }

    static void compute(float[] a, int na, float[][] bt, int nb, int dim, int[] bestIndex, float[] bestValue) {
        float[] o0 = new float[nb];
        float[] o1 = new float[nb];
        float[] o2 = new float[nb];
        float[] o3 = new float[nb];
        for (int i = 0; i < na; i += 4) {
            int rows = Math.min(4, na - i);
            Arrays.fill(o0, 0f);
            Arrays.fill(o1, 0f);
            Arrays.fill(o2, 0f);
            Arrays.fill(o3, 0f);
            // rows past the end repeat row i; their results are ignored
            int r0 = i * dim;
            int r1 = (rows > 1 ? i + 1 : i) * dim;
            int r2 = (rows > 2 ? i + 2 : i) * dim;
            int r3 = (rows > 3 ? i + 3 : i) * dim;
            for (int k = 0; k < dim; k++) {
                float s0 = a[r0 + k];
                float s1 = a[r1 + k];
                float s2 = a[r2 + k];
                float s3 = a[r3 + k];
                float[] b = bt[k];
                for (int j = 0; j < nb; j++) {
                    float v = b[j];
                    o0[j] += s0 * v;
                    o1[j] += s1 * v;
                    o2[j] += s2 * v;
                    o3[j] += s3 * v;
                }
            }
            argmax(o0, nb, i, bestIndex, bestValue);
            if (rows > 1) {
                argmax(o1, nb, i + 1, bestIndex, bestValue);
            }
            if (rows > 2) {
                argmax(o2, nb, i + 2, bestIndex, bestValue);
            }
            if (rows > 3) {
                argmax(o3, nb, i + 3, bestIndex, bestValue);
            }
        }
    }

    private static void argmax(float[] row, int nb, int i, int[] bestIndex, float[] bestValue) {
        int best = 0;
        float value = row[0];
        for (int j = 1; j < nb; j++) {
            if (row[j] > value) {
                value = row[j];
                best = j;
            }
        }
        bestIndex[i] = best;
        bestValue[i] = value;
    }
}
