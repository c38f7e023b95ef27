package quire.models.mllm;

/**
 * What a generation produced.
 *
 * @param tokens       generated ids (without the prompt)
 * @param text         decoded answer (special tokens skipped unless asked to keep them)
 * @param stop         why generation ended
 * @param promptIds    the prompt's token ids as the model saw them
 * @param minMargin    smallest top-1 minus top-2 logit over the steps (how close greedy came to a tie)
 * @param confidence   geometric mean probability of the chosen tokens (0..1)
 */
public record GenerationResult(long[] tokens, String text, Stop stop, long[] promptIds, Timings timings,
                               double minMargin, double confidence) {

    public int promptTokens() {
        return promptIds.length;
    }

    /** Why generation ended. */
    public enum Stop { END_OF_SEQUENCE, MAX_TOKENS, CANCELLED }

    /**
     * @param visionMs     vision encoder wall time
     * @param prefillMs    embedding + first decoder run over the prompt
     * @param decodeMs     all later decoder steps
     * @param decodeTokens tokens produced by those later steps
     */
    public record Timings(double visionMs, double prefillMs, double decodeMs, int decodeTokens) {
        public double decodeTokensPerSecond() {
            return decodeMs <= 0 ? 0 : decodeTokens * 1000.0 / decodeMs;
        }
    }
}
