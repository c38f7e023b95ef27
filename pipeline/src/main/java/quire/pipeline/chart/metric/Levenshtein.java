package quire.pipeline.chart.metric;

/** Edit distance (insert, delete, substitute; cost 1 each) over UTF-16 chars, with two rolling rows. */
public final class Levenshtein {

    private Levenshtein() {
    }

    public static int distance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isEmpty()) {
            return b.length();
        }
        if (b.isEmpty()) {
            return a.length();
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The distance when it is at most {@code limit}, else {@code limit + 1}: only a band of 2·limit + 1 diagonals
     * is computed, and it stops as soon as a whole row exceeds the limit.
     */
    public static int distanceAtMost(String a, String b, int limit) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > limit) {
            return limit + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        int big = limit + 1;
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j <= limit ? j : big;
        }
        for (int i = 1; i <= la; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(lb, i + limit);
            cur[0] = i <= limit ? i : big;
            if (from > 1) {
                cur[from - 1] = big;
            }
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                int v = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < lb) {
                cur[to + 1] = big;
            }
            if (rowMin > limit) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], big);
    }

    /** Distance divided by the longer length: 0 for equal strings (also two empty ones), 1 for nothing in common. */
    public static double normalized(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0.0 : (double) distance(a, b) / longer;
    }
}
