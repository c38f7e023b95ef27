package quire.pipeline.ask;

import java.util.List;

/**
 * An engine's answer: {@code found} false means an empty text and no evidence.
 *
 * @param confidence 0..1
 */
public record Answer(boolean found, String text, double confidence, List<Evidence> evidence) {

    public Answer {
        evidence = List.copyOf(evidence);
    }

    public static Answer notFound(double confidence) {
        return new Answer(false, "", confidence, List.of());
    }
}
