package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * TextRank over sentence embeddings: a weighted graph whose edges are positive cosine similarities, ranked by
 * PageRank (damping 0.85, power iteration). Vectors must be L2-normalised so the dot product is the cosine.
 */
final class TextRank {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITER = 100;
    private static final double EPS = 1e-6;
    /** Near-duplicates (cosine above this) of an already chosen sentence are skipped. */
    private static final double DUPLICATE = 0.95;

    private TextRank() {
    }

    static double[] scores(List<float[]> vectors) {
        int n = vectors.size();
        double[][] w = new double[n][n];
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double c = Math.max(0, dot(vectors.get(i), vectors.get(j)));
                w[i][j] = c;
                w[j][i] = c;
                outSum[i] += c;
                outSum[j] += c;
            }
        }
        double[] r = new double[n];
        java.util.Arrays.fill(r, n == 0 ? 0 : 1.0 / n);
        for (int it = 0; it < MAX_ITER; it++) {
            double[] next = new double[n];
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0 && outSum[j] > 0) {
                        s += w[j][i] / outSum[j] * r[j];
                    }
                }
                next[i] = (1 - DAMPING) / n + DAMPING * s;
                delta += Math.abs(next[i] - r[i]);
            }
            r = next;
            if (delta < EPS) {
                break;
            }
        }
        return r;
    }

    /** The {@code k} best-ranked sentences, near-duplicates skipped, returned in document order. */
    static List<KeySentence> select(List<KeySentence> sentences, List<float[]> vectors, int k) {
        double[] s = scores(vectors);
        List<Integer> order = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparingInt(i -> i)).toList();
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() >= k) {
                break;
            }
            boolean dup = chosen.stream().anyMatch(c -> dot(vectors.get(c), vectors.get(i)) > DUPLICATE);
            if (!dup) {
                chosen.add(i);
            }
        }
        return chosen.stream().sorted().map(sentences::get).toList();
    }

    static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
