package quire.pipeline.chart.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {

    @Test
    void solvesAClassicSquareInstance() {
        // all 6 permutations by hand: 012=6, 021=11, 102=5, 120=9, 201=7, 210=6; the unique optimum is 102
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        int[] a = Hungarian.assign(cost);
        assertThat(a).containsExactly(1, 0, 2);
    }

    @Test
    void moreColumnsThanRowsAssignsEveryRow() {
        double[][] cost = {{9, 1, 9, 9}, {9, 9, 9, 0}};
        assertThat(Hungarian.assign(cost)).containsExactly(1, 3);
    }

    @Test
    void moreRowsThanColumnsLeavesTheWorstRowsOut() {
        double[][] cost = {{5}, {1}, {3}};
        assertThat(Hungarian.assign(cost)).containsExactly(-1, 0, -1);
    }

    @Test
    void emptyInputs() {
        assertThat(Hungarian.assign(new double[0][0])).isEmpty();
        assertThat(Hungarian.assign(new double[2][0])).containsExactly(-1, -1);
    }

    @Test
    void matchesBruteForceOnRandomMatrices() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rnd.nextInt(6);
            int m = 1 + rnd.nextInt(6);
            double[][] cost = new double[n][m];
            for (double[] row : cost) {
                for (int j = 0; j < m; j++) {
                    // few distinct values so ties are common
                    row[j] = rnd.nextInt(4) / 4.0;
                }
            }
            int[] a = Hungarian.assign(cost);
            boolean[] usedCol = new boolean[m];
            int assigned = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                if (a[i] >= 0) {
                    assertThat(usedCol[a[i]]).as("column used twice").isFalse();
                    usedCol[a[i]] = true;
                    assigned++;
                    total += cost[i][a[i]];
                }
            }
            assertThat(assigned).isEqualTo(Math.min(n, m));
            assertThat(total).as("trial %d", trial).isCloseTo(bruteForce(cost, 0, new boolean[m], n, m), within(1e-9));
        }
    }

    /** Minimum cost when min(n, m) pairs are formed; rows may be skipped only when n > m. */
    private static double bruteForce(double[][] cost, int row, boolean[] used, int n, int m) {
        if (row == n) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        int remainingRows = n - row;
        int freeCols = 0;
        for (boolean u : used) {
            freeCols += u ? 0 : 1;
        }
        if (remainingRows > freeCols) {
            best = bruteForce(cost, row + 1, used, n, m); // skip this row
        }
        for (int j = 0; j < m; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used, n, m));
                used[j] = false;
            }
        }
        return best;
    }
}
