package quire.app.viewer.task;

/** Runs tasks and UI callbacks on the calling thread: for view-model tests without the toolkit. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRunner<T> runner = new TaskRunner<>(task, Runnable::run);
        runner.run();
        return runner;
    }

    @Override
    public void runOnUi(Runnable r) {
        r.run();
    }

    @Override
    public void close() {
    }
}
