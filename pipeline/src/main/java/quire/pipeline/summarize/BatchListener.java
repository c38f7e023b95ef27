package quire.pipeline.summarize;

/** Progress of a batch, called from worker threads. */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {
    };

    default void started(int files) {
    }

    /** A step of one document's abstractive summary (map, reduce, streamed tokens). */
    default void progress(String file, SummaryProgress event) {
    }

    /** @param reused true when the result came from the state folder */
    default void finished(DocSummary summary, boolean reused) {
    }
}
