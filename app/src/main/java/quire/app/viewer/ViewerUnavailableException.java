package quire.app.viewer;

/** The viewer cannot start here (no display); the command line still works. Exit code 2 (ErrorHandler). */
public class ViewerUnavailableException extends Exception {

    public ViewerUnavailableException(String message) {
        super(message);
    }
}
