package quire.pipeline.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BestMatchTest {

    @Test
    void blockedProductAgreesWithNaiveLoops() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            int na = 1 + rnd.nextInt(30);
            int nb = 1 + rnd.nextInt(30);
            int dim = 1 + rnd.nextInt(40);
            float[] a = new float[na * dim];
            float[] b = new float[nb * dim];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextFloat() - 0.5f;
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = rnd.nextFloat() - 0.5f;
            }
            float[][] bt = new float[dim][nb];
            for (int j = 0; j < nb; j++) {
                for (int k = 0; k < dim; k++) {
                    bt[k][j] = b[j * dim + k];
                }
            }
            int[] idx = new int[na];
            float[] val = new float[na];
            BestMatch.compute(a, na, bt, nb, dim, idx, val);
            for (int i = 0; i < na; i++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < nb; j++) {
                    double dot = 0;
                    for (int k = 0; k < dim; k++) {
                        dot += (double) a[i * dim + k] * b[j * dim + k];
                    }
                    best = Math.max(best, dot);
                }
                assertThat((double) val[i]).isCloseTo(best, within(1e-4));
                double chosen = 0;
                for (int k = 0; k < dim; k++) {
                    chosen += (double) a[i * dim + k] * b[idx[i] * dim + k];
                }
                assertThat(chosen).isCloseTo(best, within(1e-4));
            }
        }
    }
}
