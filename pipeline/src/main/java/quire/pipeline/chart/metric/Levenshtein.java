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

    /** Distance divided by the longer length: 0 for equal strings (also two empty ones), 1 for nothing in common. */
    public static double normalized(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0.0 : (double) distance(a, b) / longer;
    }
}
