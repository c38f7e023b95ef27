package quire.ocr;

/** OCR of one page failed; the message is for the user, the cause for the log. */
public class OcrException extends Exception {

    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
