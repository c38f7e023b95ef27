package quire.pipeline.summarize;

/** A summary of pages {@code firstPage..lastPage}: a map output, or a reduce output over several of them. */
public record Partial(String text, int firstPage, int lastPage) {

    /** The partial as a reduce prompt shows it: its page span, then its text. */
    String labelled() {
        return (firstPage == lastPage ? "[p. " + firstPage + "] " : "[pp. " + firstPage + "–" + lastPage + "] ")
                + text;
    }
}
