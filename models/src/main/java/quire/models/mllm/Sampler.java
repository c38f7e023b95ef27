package quire.models.mllm;

import java.util.Arrays;
import java.util.Random;

/** Picks the next token from a logits row (pure; modifies the row in place). */
final class Sampler {

    private final GenerationOptions options;
    private final Random random;
    private final boolean[] seen;

    Sampler(GenerationOptions options, int vocab) {
        this.options = options;
        this.random = new Random(options.seed());
        this.seen = new boolean[vocab];
    }

    /** Marks an id as already in the sequence (for the repetition penalty). */
    void observe(long id) {
        if (id >= 0 && id < seen.length) {
            seen[(int) id] = true;
        }
    }

    /**
     * The chosen id; {@code stats[0]} receives the top-1 minus top-2 processed logit, {@code stats[1]} (when
     * present) the chosen token's log-probability.
     */
    int next(float[] logits, double[] margin) {
        int chosen = choose(logits, margin);
        if (margin.length > 1) {
            margin[1] = logProb(logits, chosen);
        }
        return chosen;
    }

    private int choose(float[] logits, double[] margin) {
        double p = options.repetitionPenalty();
        if (p != 1.0) {
            for (int i = 0; i < logits.length; i++) {
                if (i < seen.length && seen[i]) {
                    logits[i] = logits[i] < 0 ? (float) (logits[i] * p) : (float) (logits[i] / p);
                }
            }
        }
        for (long id : options.suppressIds()) {
            if (id >= 0 && id < logits.length) {
                logits[(int) id] = Float.NEGATIVE_INFINITY;
            }
        }
        int best = 0;
        int second = -1;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                second = best;
                best = i;
            } else if (second < 0 || logits[i] > logits[second]) {
                second = i;
            }
        }
        margin[0] = second < 0 ? Double.POSITIVE_INFINITY : (double) logits[best] - logits[second];
        if (options.temperature() <= 0) {
            return best;
        }
        return sample(logits);
    }

    private static double logProb(float[] logits, int id) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l - max);
        }
        return logits[id] - max - Math.log(sum);
    }

    private int sample(float[] logits) {
        double t = options.temperature();
        int n = logits.length;
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] probs = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            probs[i] = Math.exp((logits[i] - max) / t);
            sum += probs[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            probs[i] /= sum;
        }
        Arrays.sort(order, (a, b) -> Double.compare(probs[b], probs[a]));
        // keep the smallest prefix whose mass reaches top-p (at least one token)
        double mass = 0;
        int keep = 0;
        while (keep < n && (keep == 0 || mass < options.topP())) {
            mass += probs[order[keep++]];
        }
        double r = random.nextDouble() * mass;
        for (int k = 0; k < keep; k++) {
            r -= probs[order[k]];
            if (r <= 0) {
                return order[k];
            }
        }
        return order[keep - 1];
    }
}
