package quire.app.viewer.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one task's work on the current thread and posts its outcome through {@code ui}; shared by executors. */
final class TaskRunner<T> implements Runnable, TaskHandle {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final BackgroundTask<T> task;
    private final Executor ui;
    private final AtomicBoolean done = new AtomicBoolean();
    private final Cancellation cancellation;

    TaskRunner(BackgroundTask<T> task, Executor ui) {
        this.task = task;
        this.ui = ui;
        this.cancellation = task.cancellation();
    }

    @Override
    public void run() {
        if (cancellation.isCancelled()) {
            finish(task::cancelled);
            return;
        }
        cancellation.bind(Thread.currentThread());
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void update(double d, double t, String m) {
                ui.execute(() -> task.progressed(d, t, m));
            }

            @Override
            public Cancellation cancellation() {
                return cancellation;
            }
        };
        try {
            T result = task.work().run(progress);
            cancellation.throwIfCancelled();
            finish(() -> task.succeeded(result));
        } catch (CancellationException | InterruptedException e) {
            finish(task::cancelled);
        } catch (Exception | LinkageError e) {
            if (cancellation.isCancelled()) {
                finish(task::cancelled);
            } else {
                LOG.debug("task '{}' failed", task.title(), e);
                finish(() -> task.failed(e));
            }
        } finally {
            cancellation.unbind();
            Thread.interrupted(); // a cancel's interrupt must not leak into the pool's next task
        }
    }

    private void finish(Runnable outcome) {
        done.set(true);
        ui.execute(outcome);
    }

    @Override
    public void cancel() {
        cancellation.cancel();
    }

    @Override
    public boolean isDone() {
        return done.get();
    }
}
