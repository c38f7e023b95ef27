package quire.models.mllm;

import java.util.ArrayList;
import java.util.List;
import quire.models.mllm.prompt.PromptTokenizer;

/**
 * Turns a growing id sequence into text increments for a {@link TokenListener}: decodes everything so far and
 * emits the new suffix, holding back a trailing U+FFFD (half of a multi-byte character).
 */
final class StreamingDecoder {

    private final PromptTokenizer tokenizer;
    private final boolean skipSpecial;
    private final TokenListener listener;
    private final List<Long> ids = new ArrayList<>();
    private int emitted;

    StreamingDecoder(PromptTokenizer tokenizer, boolean skipSpecial, TokenListener listener) {
        this.tokenizer = tokenizer;
        this.skipSpecial = skipSpecial;
        this.listener = listener;
    }

    void add(long id) {
        ids.add(id);
        if (listener == TokenListener.NONE) {
            return;
        }
        String text = tokenizer.decode(ids.stream().mapToLong(Long::longValue).toArray(), skipSpecial);
        int end = text.endsWith("\uFFFD") ? text.length() - 1 : text.length();
        String piece = end > emitted ? text.substring(emitted, end) : "";
        emitted = Math.max(emitted, end);
        listener.onToken(id, piece);
    }
}
