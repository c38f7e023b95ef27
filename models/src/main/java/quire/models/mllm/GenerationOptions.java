package quire.models.mllm;

import java.util.Set;

/**
 * How to pick tokens. Greedy unless {@code temperature > 0}.
 *
 * @param maxNewTokens      hard cap on generated tokens (prompt + new ≤ 8192 is checked too)
 * @param temperature       0 = greedy; otherwise logits are divided by it before sampling
 * @param topP              nucleus sampling mass (1 = off)
 * @param repetitionPenalty 1 = off; applies to every earlier id, prompt included
 * @param suppressIds       ids that may never be chosen (e.g. EOS for fixed-length benchmarks)
 * @param extraStopIds      stop ids besides the model's own end-of-sequence ids
 * @param seed              sampling seed
 */
public record GenerationOptions(int maxNewTokens, double temperature, double topP, double repetitionPenalty,
                                Set<Long> suppressIds, Set<Long> extraStopIds, long seed) {

    public static final int MAX_CONTEXT = 8192;

    public GenerationOptions {
        if (maxNewTokens < 1) {
            throw new IllegalArgumentException("maxNewTokens must be at least 1");
        }
        suppressIds = Set.copyOf(suppressIds);
        extraStopIds = Set.copyOf(extraStopIds);
    }

    public static GenerationOptions greedy(int maxNewTokens) {
        return new GenerationOptions(maxNewTokens, 0, 1, 1, Set.of(), Set.of(), 0);
    }

    public GenerationOptions suppressing(Set<Long> ids) {
        return new GenerationOptions(maxNewTokens, temperature, topP, repetitionPenalty, ids, extraStopIds, seed);
    }

    public GenerationOptions sampling(double temperature, double topP, long seed) {
        return new GenerationOptions(maxNewTokens, temperature, topP, repetitionPenalty, suppressIds, extraStopIds,
                seed);
    }

    public GenerationOptions withRepetitionPenalty(double penalty) {
        return new GenerationOptions(maxNewTokens, temperature, topP, penalty, suppressIds, extraStopIds, seed);
    }
}
