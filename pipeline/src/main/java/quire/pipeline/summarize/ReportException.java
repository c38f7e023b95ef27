package quire.pipeline.summarize;

/** The report or its state folder cannot be written (unwritable path, disk full); the message says what to do. */
public class ReportException extends Exception {

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
