package quire.app.viewer;

import java.util.ArrayList;
import java.util.List;
import quire.app.viewer.service.Notifier;

/** Keeps what the view models tell the user, for assertions. */
public final class RecordingNotifier implements Notifier {

    public record Message(String level, String title, String message, Throwable details) {
    }

    public final List<Message> messages = new ArrayList<>();

    @Override
    public void info(String title, String message) {
        messages.add(new Message("info", title, message, null));
    }

    @Override
    public void error(String title, String message, Throwable details) {
        messages.add(new Message("error", title, message, details));
    }

    public List<Message> errors() {
        return messages.stream().filter(m -> m.level().equals("error")).toList();
    }
}
