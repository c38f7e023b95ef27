package quire.app.viewer.view;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import quire.app.viewer.service.PasswordPrompt;

/** A small password dialog for encrypted PDFs. */
public final class FxPasswordPrompt implements PasswordPrompt {

    private final Window owner;

    public FxPasswordPrompt(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> ask(Path file, boolean retry) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Password — Quire");
        dialog.setHeaderText((retry ? "Wrong password. " : "") + file.getFileName() + " is encrypted.");
        PasswordField field = new PasswordField();
        field.setId("password-field");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Password:"), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
