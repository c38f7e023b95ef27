package quire.app.viewer.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    @Test
    void sameThreadExecutorRunsWorkAndCallbacksInOrder() {
        List<String> events = new CopyOnWriteArrayList<>();
        new SameThreadTaskExecutor().execute(BackgroundTask.of("t", p -> {
            p.update(1, 2, "half");
            return 42;
        }).onProgress((d, t, m) -> events.add("progress " + m))
                .onSuccess(r -> events.add("success " + r))
                .onFinished(() -> events.add("finished")));
        assertThat(events).containsExactly("progress half", "success 42", "finished");
    }

    @Test
    void aFailureReachesOnFailureNotOnSuccess() {
        List<String> events = new CopyOnWriteArrayList<>();
        new SameThreadTaskExecutor().execute(BackgroundTask.<Integer>of("t", p -> {
            throw new IllegalStateException("broken");
        }).onSuccess(r -> events.add("success")).onFailure(e -> events.add("failure " + e.getMessage())));
        assertThat(events).containsExactly("failure broken");
    }

    @Test
    void cancellingFromInsideTheWorkEndsInOnCancelled() {
        List<String> events = new CopyOnWriteArrayList<>();
        new SameThreadTaskExecutor().execute(BackgroundTask.of("t", p -> {
            p.cancellation().cancel();
            p.cancellation().throwIfCancelled();
            return 1;
        }).onSuccess(r -> events.add("success")).onCancelled(() -> events.add("cancelled")));
        assertThat(events).containsExactly("cancelled");
        assertThat(Thread.interrupted()).as("no interrupt leaks to the caller").isFalse();
    }

    @Test
    void cancelInterruptsABlockedWorkerOnThePool() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        try (PooledTaskExecutor executor = new PooledTaskExecutor("test", 1, Runnable::run)) {
            TaskHandle h = executor.execute(BackgroundTask.of("sleep", p -> {
                started.countDown();
                Thread.sleep(60_000);
                return "woke";
            }).onSuccess(events::add).onCancelled(() -> events.add("cancelled")).onFinished(finished::countDown));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            h.cancel();
            assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2);
            assertThat(events).containsExactly("cancelled");
            assertThat(h.isDone()).isTrue();
        }
    }
}
