package quire.models.mllm;

import java.util.ArrayList;
import java.util.List;
import quire.models.mllm.prompt.PromptTokenizer;

/**
 * Turns a growing id sequence into text increments for a {@link TokenListener}, decoding only a short window
 * (the previous token(s) as context plus the new ones) so long answers stay linear. A trailing U+FFFD (half of a
 * multi-byte character) is held back until the character is complete.
 */
final class StreamingDecoder {

    private final PromptTokenizer tokenizer;
    private final boolean skipSpecial;
    private final TokenListener listener;
    private final List<Long> ids = new ArrayList<>();
    private int prefixStart;
    private int readStart;

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
        String prefix = decode(prefixStart, readStart);
        String full = decode(prefixStart, ids.size());
        String piece = "";
        if (full.length() > prefix.length() && !full.endsWith("\uFFFD") && full.startsWith(prefix)) {
            piece = full.substring(prefix.length());
            prefixStart = readStart;
            readStart = ids.size();
        }
        listener.onToken(id, piece);
    }

    private String decode(int from, int to) {
        long[] window = new long[to - from];
        for (int i = from; i < to; i++) {
            window[i - from] = ids.get(i);
        }
        return window.length == 0 ? "" : tokenizer.decode(window, skipSpecial);
    }
}
