package quire.ocr.text;

/** Where a page's words came from; {@link #label()} is the string cli.md uses. */
public enum TextSource {
    TEXT_LAYER("text-layer"),
    OCR_PADDLE("ocr:paddle"),
    OCR_TESSERACT("ocr:tesseract"),
    MIXED("mixed");

    private final String label;

    TextSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
