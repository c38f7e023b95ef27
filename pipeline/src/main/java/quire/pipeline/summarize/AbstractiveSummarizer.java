package quire.pipeline.summarize;

import java.util.List;
import java.util.function.Consumer;
import quire.models.ModelException;

/**
 * An MLLM summary of one document (map-reduce over page chunks within the model's context, {@link
 * MapReduceSummarizer}). When one is given the batch job uses it instead of TextRank.
 */
public interface AbstractiveSummarizer {

    /** Engine name for the report, e.g. "mllm:smolvlm-256m". */
    String engine();

    /**
     * Summary sentences with page references from the pages' text (index i = page i + 1); empty when the model
     * gave nothing (the caller then falls back to the extractive summary).
     */
    List<KeySentence> summarize(List<String> pageTexts, Consumer<SummaryProgress> progress)
            throws ModelException, InterruptedException;
}
