package quire.app.viewer.service;

import java.util.List;

/** cli.md's {@code ask} shape for the viewer; not found = {@code found == false}, empty answer, no evidence. */
public record AskAnswer(boolean found, String answer, String engine, double confidence, List<Evidence> evidence) {

    public AskAnswer {
        evidence = List.copyOf(evidence);
    }

    public static AskAnswer notFound(String engine) {
        return new AskAnswer(false, "", engine, 0, List.of());
    }
}
