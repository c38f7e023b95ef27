package quire.models;

/**
 * A model is missing, corrupt or failed to load (exit code 4). The message says what to do; the cause says why.
 */
public class ModelException extends Exception {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
