package quire.pipeline.summarize;

import java.util.List;

/** How a batch ended: every file done (some possibly failed), or cancelled with the files finished so far. */
public sealed interface BatchOutcome {

    List<DocSummary> documents();

    record Completed(List<DocSummary> documents, int reused) implements BatchOutcome {
    }

    record Cancelled(List<DocSummary> documents, int remaining) implements BatchOutcome {
    }
}
