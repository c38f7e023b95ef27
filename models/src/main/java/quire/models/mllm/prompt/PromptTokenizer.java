package quire.models.mllm.prompt;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The model's own {@code tokenizer.json} (Hugging Face tokenizers through DJL). Thread-safe; close when done. */
public final class PromptTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;

    private PromptTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static PromptTokenizer load(Path tokenizerJson) throws IOException {
        // no truncation or padding: prompts with 17 image tiles are over a thousand tokens
        Map<String, String> options = Map.of("truncation", "false", "padding", "false", "modelMaxLength", "100000",
                "maxLength", "100000");
        return new PromptTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, options));
    }

    /** Token ids of a prompt string, with the tokenizer's own special-token rules (none for SmolVLM). */
    public long[] encode(String text) {
        Encoding e = tokenizer.encode(text, true, false);
        return e.getIds();
    }

    public String decode(long[] ids, boolean skipSpecialTokens) {
        return tokenizer.decode(ids, skipSpecialTokens);
    }

    /** The id of a token string, or -1 when the vocabulary lacks it. */
    public long tokenId(String token) {
        long[] ids = tokenizer.encode(token, false, false).getIds();
        return ids.length == 1 ? ids[0] : -1;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
