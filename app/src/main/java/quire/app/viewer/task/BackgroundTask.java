package quire.app.viewer.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work with callbacks that run on the UI thread (JabRef's {@code BackgroundTask}). The work
 * gets a {@link Progress} to report through; it never touches UI objects itself.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work: synchronous, interruptible, reports progress and checks cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What the work reports while it runs; the executor forwards it to the UI thread. */
    public interface Progress {
        void update(double done, double total, String message);

        Cancellation cancellation();
    }

    private final String title;
    private final Cancellation cancellation = new Cancellation();
    private final Work<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private ProgressListener onProgress = (d, t, m) -> { };

    /** Receives progress on the UI thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double done, double total, String message);
    }

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        onSuccess = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        onFailure = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable r) {
        onCancelled = Objects.requireNonNull(r);
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable r) {
        onFinished = Objects.requireNonNull(r);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener l) {
        onProgress = Objects.requireNonNull(l);
        return this;
    }

    /** Asks the work to stop; safe before, during and after the run, from any thread. */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    Cancellation cancellation() {
        return cancellation;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }

    void progressed(double done, double total, String message) {
        onProgress.progress(done, total, message);
    }
}
