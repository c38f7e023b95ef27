package quire.pipeline.summarize;

/** A small PNG of a cited page, base64-encoded, for the HTML report. */
public record Thumbnail(int page, int width, int height, String pngBase64) {
}
