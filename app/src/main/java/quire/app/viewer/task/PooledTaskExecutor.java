package quire.app.viewer.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a small pool of daemon threads and their callbacks through {@code ui} (in the app:
 * {@code Platform::runLater}; in tests of the executor itself any executor).
 */
public final class PooledTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;
    private final Executor ui;

    public PooledTaskExecutor(String name, int threads, Executor ui) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        this.ui = ui;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRunner<T> runner = new TaskRunner<>(task, ui);
        pool.execute(runner);
        return runner;
    }

    @Override
    public void runOnUi(Runnable r) {
        ui.execute(r);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
