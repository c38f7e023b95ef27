package quire.pipeline.chart.metric;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import quire.pipeline.chart.Table;

/**
 * DePlot's Relative Mapping Similarity F1 (algorithms.md): tables become key → value mappings, predicted and gold
 * mappings are matched one-to-one by the Hungarian algorithm on key distance, and a matched pair scores
 * (1 − key distance) × value similarity. The prediction is scored as-is and transposed; the better score wins.
 *
 * @param tau   key distances (normalised Levenshtein) above this count as 1; DePlot uses 0.5
 * @param theta numeric values with a relative error above this score 0; DePlot uses 0.10
 */
public record RmsF1(double tau, double theta) {

    public static final RmsF1 DEFAULT = new RmsF1(0.5, 0.10);

    public RmsF1Score score(Table predicted, Table gold) {
        List<Mapping> goldMappings = Mapping.of(gold);
        RmsF1Score asIs = score(Mapping.of(predicted), goldMappings, false);
        RmsF1Score transposed = score(Mapping.of(predicted.transpose()), goldMappings, true);
        return transposed.f1() > asIs.f1() ? transposed : asIs;
    }

    /** Scores mapping lists directly (no transposition). */
    public RmsF1Score score(List<Mapping> predicted, List<Mapping> gold, boolean transposedFlag) {
        int np = predicted.size();
        int ng = gold.size();
        if (np == 0 || ng == 0) {
            return RmsF1Score.of(0, np, ng, transposedFlag);
        }
        double[][] keyDistance = new double[np][ng];
        for (int i = 0; i < np; i++) {
            for (int j = 0; j < ng; j++) {
                keyDistance[i][j] = keyDistance(predicted.get(i).key(), gold.get(j).key());
            }
        }
        int[] match = Hungarian.assign(keyDistance);
        double total = 0;
        for (int i = 0; i < np; i++) {
            int j = match[i];
            if (j >= 0) {
                total += (1 - keyDistance[i][j]) * valueSimilarity(predicted.get(i).value(), gold.get(j).value());
            }
        }
        return RmsF1Score.of(total, np, ng, transposedFlag);
    }

    /** Normalised Levenshtein distance of two keys, 1 when above {@link #tau}. */
    public double keyDistance(String predictedKey, String goldKey) {
        int longer = Math.max(predictedKey.length(), goldKey.length());
        if (longer == 0) {
            return 0;
        }
        // d / longer > τ  ⇔  d > floor(τ · longer): only distances up to that limit need computing
        int limit = (int) Math.floor(tau * longer);
        int d = Levenshtein.distanceAtMost(predictedKey, goldKey, limit);
        return d > limit ? 1.0 : (double) d / longer;
    }

    /**
     * Numbers (both cells parse, see {@link CellNumbers}): 1 − relative error, 0 above {@link #theta}; a gold 0
     * matches only 0. Otherwise text: 1 − normalised Levenshtein of the trimmed, lower-cased cells.
     */
    public double valueSimilarity(String predicted, String gold) {
        OptionalDouble p = CellNumbers.parse(predicted);
        OptionalDouble t = CellNumbers.parse(gold);
        if (p.isPresent() && t.isPresent()) {
            return numberSimilarity(p.getAsDouble(), t.getAsDouble());
        }
        return 1 - Levenshtein.normalized(predicted.trim().toLowerCase(Locale.ROOT), gold.trim().toLowerCase(Locale.ROOT));
    }

    double numberSimilarity(double p, double t) {
        if (t == 0) {
            return p == 0 ? 1.0 : 0.0;
        }
        double relative = Math.abs(p - t) / Math.abs(t);
        return relative > theta ? 0.0 : 1 - Math.min(1, relative);
    }
}
