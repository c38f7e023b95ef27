package quire.pipeline.chart.metric;

/**
 * The outcome of scoring one predicted table against its gold table.
 *
 * @param precision  Σ matched scores / number of predicted mappings
 * @param recall     Σ matched scores / number of gold mappings
 * @param f1         harmonic mean of precision and recall (0 when both are 0)
 * @param transposed whether the prediction scored better transposed (and this is that score)
 * @param predicted  number of predicted mappings
 * @param gold       number of gold mappings
 */
public record RmsF1Score(double precision, double recall, double f1, boolean transposed, int predicted, int gold) {

    static RmsF1Score of(double total, int predicted, int gold, boolean transposed) {
        if (predicted == 0 && gold == 0) {
            return new RmsF1Score(1, 1, 1, transposed, 0, 0);
        }
        double p = predicted == 0 ? 0 : total / predicted;
        double r = gold == 0 ? 0 : total / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new RmsF1Score(p, r, f, transposed, predicted, gold);
    }
}
