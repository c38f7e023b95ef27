package quire.pipeline.summarize;

/** A number with its label, e.g. label "Revenue", value "$4.2 million", page 3. */
public record KeyFigure(String label, String value, int page) {

    public String display() {
        return (label.isEmpty() ? "" : label + " ") + value + " (p. " + page + ")";
    }
}
