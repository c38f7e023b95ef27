package quire.pipeline.summarize;

import java.util.List;

/** How a batch ended: every file done (some possibly failed), or cancelled with the files finished so far. */
public sealed interface BatchOutcome {

    List<DocSummary> documents();

    /** @param keyTerms the folder's recurring key terms (the documents no longer carry their term lists) */
    record Completed(List<DocSummary> documents, int reused, List<String> keyTerms) implements BatchOutcome {
    }

    record Cancelled(List<DocSummary> documents, int remaining) implements BatchOutcome {
    }
}
