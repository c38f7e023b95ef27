package quire.pipeline.summarize;

import java.util.function.IntConsumer;
import quire.models.ModelException;

/**
 * A text-only language model as the map-reduce summariser sees it: a tokenizer to measure with and greedy
 * generation of one chat turn. Implementations serialise calls themselves and stop on thread interrupt.
 */
public interface TextGenerator {

    /** Engine name for the report, e.g. "mllm:smolvlm-256m". */
    String engine();

    /** Prompt plus new tokens may not exceed this. */
    int contextTokens();

    /** Counts text the way the model's tokenizer does. */
    TokenCounter counter();

    /** Tokens of the whole prompt (chat template included) for one user turn of {@code userText}. */
    int promptTokens(String userText);

    /**
     * Greedy answer to one user turn, at most {@code maxNewTokens} tokens.
     *
     * @param tokens receives the count of tokens generated so far, as they stream
     */
    String generate(String userText, int maxNewTokens, IntConsumer tokens) throws ModelException, InterruptedException;
}
