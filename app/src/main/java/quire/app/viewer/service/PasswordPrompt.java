package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for an encrypted PDF's password (on the UI thread); empty when the user gives up. */
@FunctionalInterface
public interface PasswordPrompt {

    /** @param retry true when a password was given before and was wrong */
    Optional<String> ask(Path file, boolean retry);

    PasswordPrompt NONE = (file, retry) -> Optional.empty();
}
