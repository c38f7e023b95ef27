package quire.models.download;

import quire.models.ModelException;

/** A download failed; the message is one line saying what happened and what to do (exit code 4). */
public class DownloadException extends ModelException {

    /** Why a download failed; {@link #transientFailure()} ones are retried with backoff. */
    public enum Reason {
        NOT_FOUND(false),
        /** No connection at all (offline, wrong address): retrying would only make the user wait. */
        UNREACHABLE(false),
        UNAUTHORIZED(false),
        TIMEOUT(true),
        NETWORK(true),
        SERVER(true),
        HTTP(false),
        HASH_MISMATCH(false),
        DISK_SPACE(false),
        IO(false);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean transientFailure() {
            return transientFailure;
        }
    }

    private final Reason reason;

    public DownloadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DownloadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
