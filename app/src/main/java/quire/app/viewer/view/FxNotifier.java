package quire.app.viewer.view;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.controlsfx.dialog.ExceptionDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.app.viewer.service.Notifier;

/**
 * Non-blocking ControlsFX notifications at the window's corner; errors get a "Details" action that opens the
 * stack trace in a non-modal dialog. Every message is also kept in {@link #history()} (the GUI's log) and logged
 * once.
 */
public final class FxNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(FxNotifier.class);

    private final ObservableList<String> history = FXCollections.observableArrayList();
    private Window owner;

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public ObservableList<String> history() {
        return history;
    }

    @Override
    public void info(String title, String message) {
        LOG.info("{}: {}", title, message);
        onFx(() -> {
            history.add(title + ": " + message);
            base(title, message).showInformation();
        });
    }

    @Override
    public void error(String title, String message, Throwable details) {
        LOG.warn("{}: {}", title, message, details);
        onFx(() -> {
            history.add(title + ": " + message);
            Notifications n = base(title, message).hideAfter(Duration.seconds(12));
            if (details != null) {
                n.action(new Action("Details", e -> {
                    ExceptionDialog d = new ExceptionDialog(details);
                    d.setHeaderText(message);
                    if (owner != null) {
                        d.initOwner(owner);
                    }
                    d.initModality(javafx.stage.Modality.NONE);
                    d.show();
                }));
            }
            n.showError();
        });
    }

    private Notifications base(String title, String message) {
        Notifications n = Notifications.create().title(title).text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(6));
        if (owner != null && owner.isShowing()) {
            n.owner(owner);
        }
        return n;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
