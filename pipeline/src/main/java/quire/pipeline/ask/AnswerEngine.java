package quire.pipeline.ask;

import java.util.List;
import java.util.function.ToDoubleFunction;
import quire.models.ModelException;
import quire.pipeline.ask.index.Hit;

/** Answers a question from retrieved blocks: the extractive default, or a multimodal model. */
public interface AnswerEngine {

    /** The engine as cli.md names it: {@code extractive} or {@code mllm:<model id>}. */
    String name();

    Answer answer(Question question, List<Hit> hits, ToDoubleFunction<String> idf)
            throws ModelException, InterruptedException;
}
