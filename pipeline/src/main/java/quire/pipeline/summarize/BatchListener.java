package quire.pipeline.summarize;

/** Progress of a batch, called from worker threads. */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {
    };

    default void started(int files) {
    }

    /** @param reused true when the result came from the state folder */
    default void finished(DocSummary summary, boolean reused) {
    }
}
