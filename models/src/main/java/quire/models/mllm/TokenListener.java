package quire.models.mllm;

/** Receives each generated token as soon as it is chosen (streaming). Called on the generating thread. */
@FunctionalInterface
public interface TokenListener {

    TokenListener NONE = (id, text) -> { };

    /**
     * @param id   the token id
     * @param text the newly completed answer text since the previous call (may be empty mid-character)
     */
    void onToken(long id, String text);
}
