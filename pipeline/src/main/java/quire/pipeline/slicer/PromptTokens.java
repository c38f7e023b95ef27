package quire.pipeline.slicer;

/**
 * How many language-model tokens an image expands to in the Idefics3 prompt layout (mllm-runtime.md).
 * Assumption, stated because it is not checked here against a tokenizer: {@code <fake_token_around_image>},
 * {@code <global-img>}, every {@code <row_r_col_c>} and {@code <image>} is one token each; a single {@code \n} is
 * one token, and the {@code \n\n} that ends the last row and opens the global view merges into one token.
 */
public final class PromptTokens {

    private PromptTokens() {
    }

    /**
     * rows = cols = 0: {@code <fake><global-img>} + seq × {@code <image>} + {@code <fake>} = seq + 3.
     * Otherwise per tile {@code <fake><row_r_col_c>} + seq; one newline token per row (the last one merged with
     * the newline before the global view); then {@code <fake><global-img>} + seq + {@code <fake>}:
     * tiles·(seq + 2) + rows + seq + 3.
     */
    public static int count(int rows, int cols, int imageSeqLen) {
        if (rows == 0 || cols == 0) {
            return imageSeqLen + 3;
        }
        return rows * cols * (imageSeqLen + 2) + rows + imageSeqLen + 3;
    }
}
