package quire.models.mllm;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.RunOptions;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a generation from another thread: {@link #cancel()} (or interrupting the generating thread) ends the loop
 * before its next step and terminates the ONNX Runtime call in flight, so a long prefill stops within a poll period
 * too. Single use.
 */
public final class Cancellation {

    private static final Logger LOG = LoggerFactory.getLogger(Cancellation.class);
    private static final long POLL_MS = 20;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quire-mllm-cancel-watchdog");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean cancelled;
    private RunOptions running;

    public void cancel() {
        cancelled = true;
        synchronized (this) {
            terminate(running);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Watches {@code owner} for an interrupt while the returned handle is open. */
    AutoCloseable watch(Thread owner) {
        ScheduledFuture<?> f = WATCHDOG.scheduleAtFixedRate(() -> {
            if (owner.isInterrupted() && !cancelled) {
                cancel();
            }
        }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    /** Run options for the next ONNX call; terminated already when cancellation came first. */
    synchronized RunOptions begin() throws OrtException {
        running = new RunOptions();
        if (cancelled) {
            terminate(running);
        }
        return running;
    }

    synchronized void end(RunOptions options) {
        if (running == options) {
            running = null;
        }
        options.close();
    }

    private static void terminate(RunOptions options) {
        if (options == null) {
            return;
        }
        try {
            options.setTerminate(true);
        } catch (OrtException e) {
            LOG.debug("could not terminate a running ONNX call", e);
        }
    }
}
