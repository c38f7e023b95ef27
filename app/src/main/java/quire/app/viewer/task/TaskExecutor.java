package quire.app.viewer.task;

/** Runs background tasks; injected into view models so tests can run them on the calling thread. */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task and returns its handle; callbacks arrive on the UI thread. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Posts a small piece of work to the UI thread (token streaming, progress). */
    void runOnUi(Runnable r);

    @Override
    void close();
}
