package quire.pipeline.chart.metric;

import java.util.Arrays;

/**
 * Minimum-cost one-to-one assignment (Kuhn–Munkres with row/column potentials, O(n²·m)) for a rectangular cost
 * matrix. Every row of the smaller side is assigned; ties resolve deterministically (lowest column index first).
 */
public final class Hungarian {

    private Hungarian() {
    }

    /**
     * @param cost {@code cost[i][j]}, all rows the same length; finite values
     * @return for each row i the column assigned to it, or -1 when there are more rows than columns and row i
     *         got none
     */
    public static int[] assign(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        if (rows == 0 || cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows <= cols) {
            return solve(cost, rows, cols, false);
        }
        int[] colToRow = solve(cost, cols, rows, true);
        int[] rowToCol = new int[rows];
        Arrays.fill(rowToCol, -1);
        for (int j = 0; j < cols; j++) {
            rowToCol[colToRow[j]] = j;
        }
        return rowToCol;
    }

    /** n ≤ m; returns row → column for the n rows. With {@code transposed} the cost is read as cost[j][i]. */
    private static int[] solve(double[][] cost, int n, int m, boolean transposed) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];     // p[j]: row (1-based) matched to column j; p[0] the row being inserted
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) {
                        continue;
                    }
                    double c = transposed ? cost[j - 1][i0 - 1] : cost[i0 - 1][j - 1];
                    double cur = c - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] result = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                result[p[j] - 1] = j - 1;
            }
        }
        return result;
    }
}
