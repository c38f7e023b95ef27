package quire.pipeline.summarize;

import java.util.List;
import quire.models.ModelException;

/** L2-normalised sentence vectors (bge-small in production); implementations are thread-safe. */
@FunctionalInterface
public interface SentenceEmbedder {

    List<float[]> embed(List<String> sentences) throws ModelException;
}
