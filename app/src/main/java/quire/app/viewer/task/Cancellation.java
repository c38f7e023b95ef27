package quire.app.viewer.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cooperative stop flag handed to background work. Work checks {@link #throwIfCancelled()} between steps
 * (pages, tokens, files); {@link #cancel()} also interrupts the worker thread so blocking calls return.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Thread worker;

    public boolean isCancelled() {
        return cancelled.get() || (worker != null && worker == Thread.currentThread() && worker.isInterrupted());
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Thread t = worker;
            if (t != null) {
                t.interrupt();
            }
        }
    }

    void bind(Thread thread) {
        worker = thread;
    }

    void unbind() {
        worker = null;
    }
}
