package quire.pipeline.ask.index;

/**
 * One retrieved block with how each retriever ranked it (rank from 1; 0 = not retrieved by it).
 *
 * @param fused  the reciprocal-rank-fusion score
 * @param cosine the dense similarity to the question (0 when there was no dense index)
 */
public record Hit(DocumentIndex index, Block block, double fused, int lexicalRank, int denseRank, double bm25,
                  double cosine) {
}
