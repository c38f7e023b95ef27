package quire.app.viewer.task;

/** A started task: cancel it, or ask whether it is done. */
public interface TaskHandle {

    void cancel();

    boolean isDone();
}
