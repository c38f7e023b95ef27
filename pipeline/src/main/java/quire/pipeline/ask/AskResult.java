package quire.pipeline.ask;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of one question over one or more documents (cli.md's {@code ask} shape).
 *
 * @param failures inputs that could not be read (the others still answered)
 * @param notes    things the user should know, e.g. pages without text that OCR did not read
 */
public record AskResult(String question, Answer answer, String engine, long indexMs, long answerMs,
                        List<FileFailure> failures, List<String> notes) {

    public AskResult {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** One input that failed, with the user-facing reason. */
    public record FileFailure(Path file, String message) {
    }
}
