package quire.pipeline.summarize;

import java.util.List;
import quire.models.ModelException;
import quire.models.embed.BgeEmbedder;

/** bge-small-en-v1.5 sentence vectors (already L2-normalised by the embedder). */
public record BgeSentenceEmbedder(BgeEmbedder bge) implements SentenceEmbedder {

    @Override
    public List<float[]> embed(List<String> sentences) throws ModelException {
        return bge.embed(sentences);
    }
}
