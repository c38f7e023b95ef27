package quire.models.download;

/** Bytes on disk for one file changed by {@code delta}; {@code fromNetwork} is false for resumed or dropped parts. */
@FunctionalInterface
public interface TransferListener {

    TransferListener NONE = (delta, fromNetwork) -> { };

    void bytes(long delta, boolean fromNetwork);
}
