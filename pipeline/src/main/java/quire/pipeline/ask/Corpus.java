package quire.pipeline.ask;

import java.util.List;
import quire.pipeline.ask.AskResult.FileFailure;
import quire.pipeline.ask.index.DocumentIndex;
import quire.pipeline.ask.index.HybridRetriever;

/** The opened indexes of the documents a question runs over, and what could not be opened. */
public record Corpus(List<DocumentIndex> indexes, HybridRetriever retriever, List<FileFailure> failures,
                     List<String> notes, long indexMs) implements AutoCloseable {

    public Corpus {
        indexes = List.copyOf(indexes);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    @Override
    public void close() {
        indexes.forEach(DocumentIndex::close);
    }
}
