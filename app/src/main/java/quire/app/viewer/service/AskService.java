package quire.app.viewer.service;

import java.util.function.Consumer;
import quire.app.viewer.task.Cancellation;
import quire.pipeline.document.Document;

/**
 * Answers a question about an open document, streaming the answer's tokens to {@code tokens} as they come.
 * The real Q&amp;A job ({@code quire.pipeline.ask}) plugs in here; {@link KeywordAskService} serves until then.
 */
public interface AskService {

    /** The engine's name as cli.md writes it ({@code extractive}, {@code mllm:<id>}). */
    String engine();

    AskAnswer ask(Document document, String question, Consumer<String> tokens, Cancellation cancellation)
            throws Exception;
}
