package quire.pipeline.summarize;

import java.util.List;
import quire.models.ModelException;

/**
 * The seam for an MLLM summary (map-reduce over page chunks within the model's context). When one is given the
 * batch job uses it instead of TextRank; the app wires it to the {@code quire.models.mllm} runtime.
 */
public interface AbstractiveSummarizer {

    /** Engine name for the report, e.g. "mllm:smolvlm-256m". */
    String engine();

    /** Summary sentences with page references from the pages' text (index i = page i + 1). */
    List<KeySentence> summarize(List<String> pageTexts) throws ModelException, InterruptedException;
}
