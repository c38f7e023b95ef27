package quire.app.viewer.service;

/**
 * Non-blocking messages to the user. The viewer shows ControlsFX notifications; tests record them. Errors
 * carry the user's message and, on demand, the technical details.
 */
public interface Notifier {

    void info(String title, String message);

    void error(String title, String message, Throwable details);
}
