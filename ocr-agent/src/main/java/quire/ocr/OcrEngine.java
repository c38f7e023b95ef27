package quire.ocr;

import java.awt.image.BufferedImage;
import quire.models.ModelException;
import quire.ocr.text.PageText;

/**
 * Reads the text of one page image. Implementations are thread-safe (pages may be read in parallel) and own their
 * native resources until {@link #close()}.
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * @param image       the page as rendered (any type; grey is fine)
     * @param page        page number counted from 1, copied into the result
     * @param scaleToPage page units per image pixel (72 / dpi for a rendered PDF page, 1 for an image file);
     *                    every box of the result is in page units
     * @throws ModelException a model file is missing, corrupt or fails to load
     * @throws OcrException   the engine failed on this image (too large, native error, interrupted)
     */
    PageText read(BufferedImage image, int page, double scaleToPage) throws ModelException, OcrException;

    /** {@code paddle}, {@code tesseract} or {@code auto}. */
    String name();

    @Override
    void close();
}
