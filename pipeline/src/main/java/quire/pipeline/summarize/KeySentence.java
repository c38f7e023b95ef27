package quire.pipeline.summarize;

/** One summary sentence and the page (from 1) it came from. */
public record KeySentence(String text, int page) {
}
