package quire.models.download;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts the reading thread when no bytes arrived for the stall timeout. {@link java.net.http.HttpClient}
 * has no read timeout for bodies, and its body stream unblocks on interrupt; {@link #stalled()} tells a stall
 * apart from the user's own interrupt (Ctrl+C, cancel).
 */
final class StallGuard implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quire-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Thread reader;
    private final long stallNanos;
    private final ScheduledFuture<?> task;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(Duration stall) {
        this.reader = Thread.currentThread();
        this.stallNanos = stall.toNanos();
        long period = Math.max(10, stall.toMillis() / 4);
        this.task = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    void progressed() {
        lastProgress = System.nanoTime();
    }

    boolean stalled() {
        return stalled;
    }

    private void check() {
        if (!stalled && System.nanoTime() - lastProgress > stallNanos) {
            stalled = true;
            reader.interrupt();
        }
    }

    @Override
    public void close() {
        task.cancel(false);
        if (stalled) {
            Thread.interrupted(); // our own interrupt, not the user's: clear it
        }
    }
}
