package quire.pipeline.summarize;

/**
 * A run of whole sentences or lines that fits the model's context, with {@code [p. N]} markers where pages start.
 *
 * @param tokens the text's token count in the model's tokenizer
 */
public record Chunk(String text, int firstPage, int lastPage, int tokens) {
}
