package quire.models.mllm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns what the user typed after {@code --model} (a model id such as {@code smolvlm-256m}, or a folder) into an
 * installed model folder. The model manager provides the id lookup; {@link #FOLDERS} accepts folders only.
 */
@FunctionalInterface
public interface ModelResolver {

    /** Accepts an existing folder and knows no ids. */
    ModelResolver FOLDERS = idOrDir -> {
        Path p = Path.of(idOrDir);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    };

    /** The installed folder, or empty when {@code idOrDir} is neither an installed id nor a folder. */
    Optional<Path> resolve(String idOrDir);

    /** This resolver, then {@code next} for what this one does not know. */
    default ModelResolver orElse(ModelResolver next) {
        return idOrDir -> resolve(idOrDir).or(() -> next.resolve(idOrDir));
    }
}
