package quire.ocr.bench;

import java.util.Arrays;
import java.util.List;

/** CER and WER as the benchmark defines them: whitespace collapsed, case kept, reading order. */
public final class TextMetrics {

    private TextMetrics() {
    }

    public static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Levenshtein distance between two code-point sequences. */
    public static int distance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (ai == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** Character edit distance of {@code hyp} against {@code gold} (after normalising both). */
    public static int charErrors(String hyp, String gold) {
        return distance(normalize(hyp).codePoints().toArray(), normalize(gold).codePoints().toArray());
    }

    public static int charCount(String gold) {
        return (int) normalize(gold).codePoints().count();
    }

    /** Word edit distance (words compared exactly). */
    public static int wordErrors(String hyp, String gold) {
        List<String> h = words(hyp);
        List<String> g = words(gold);
        List<String> vocab = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(h));
        for (String w : g) {
            if (!vocab.contains(w)) {
                vocab.add(w);
            }
        }
        java.util.Map<String, Integer> id = new java.util.HashMap<>();
        for (String w : vocab) {
            id.putIfAbsent(w, id.size());
        }
        return distance(h.stream().mapToInt(id::get).toArray(), g.stream().mapToInt(id::get).toArray());
    }

    public static int wordCount(String gold) {
        return words(gold).size();
    }

    private static List<String> words(String s) {
        String n = normalize(s);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }
}
