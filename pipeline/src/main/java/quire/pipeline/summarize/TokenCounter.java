package quire.pipeline.summarize;

/** Tokens a text takes in the model's own tokenizer (no special tokens added). Thread-safe. */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);
}
