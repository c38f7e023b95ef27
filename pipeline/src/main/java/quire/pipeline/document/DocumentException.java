package quire.pipeline.document;

/**
 * A document cannot be read (exit code 3). {@link #reason()} says which way; the message is one line for the user.
 */
public class DocumentException extends Exception {

    /** The ways a document can be unreadable (cli.md exit code 3). */
    public enum Reason {
        MISSING, DIRECTORY, UNREADABLE, EMPTY, NOT_A_DOCUMENT, CORRUPT, TRUNCATED, ENCRYPTED, WRONG_PASSWORD,
        NO_PAGES, PAGE_OUT_OF_RANGE, TOO_LARGE
    }

    private final Reason reason;

    public DocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
